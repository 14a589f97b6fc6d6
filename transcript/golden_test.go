package transcript_test

import (
	"path/filepath"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/transcript"
)

// TestExamples parses every example session, checks who was found to be
// the practitioner, and compares the whole parse with its golden file.
func TestExamples(t *testing.T) {
	tests := []struct {
		file, format, practitioner string
		speakers, minUtterances    int
	}{
		{"zoom-alcohol.vtt", "vtt", "Dana Reyes", 2, 20},
		{"teams-exercise.vtt", "vtt", "Priya Nair", 2, 20},
		{"smoking.srt", "srt", "Nurse Kim", 2, 20},
		{"sleep-coaching.txt", "txt", "Coach", 2, 20},
		{"otter-diet.txt", "txt", "Speaker 1", 2, 20},
		{"dui-group.txt", "txt", "Rosa Delgado", 5, 20},
		{"medication.csv", "csv", "Dr Patel", 2, 20},
		{"stress.json", "json", "Jamie Lin", 2, 20},
	}
	files, _ := filepath.Glob("../examples/*")
	if len(files) != len(tests) {
		t.Errorf("examples/ holds %d files, the table %d", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			tr, err := transcript.ReadFile(filepath.Join("..", "examples", tt.file), transcript.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tr)
			if tr.Format != tt.format {
				t.Errorf("format: got %q, want %q", tr.Format, tt.format)
			}
			if len(tr.Speakers) != tt.speakers || len(tr.Utterances) < tt.minUtterances || len(tr.Utterances) > 40 {
				t.Errorf("got %d speakers and %d utterances", len(tr.Speakers), len(tr.Utterances))
			}
			for _, s := range tr.Speakers {
				if (s.Name == tt.practitioner) != (s.Role == ally.RolePractitioner) {
					t.Errorf("speaker %q: got role %s (%s), want practitioner %q", s.Name, s.Role, s.Reason, tt.practitioner)
				}
			}
			allytest.Golden(t, filepath.Join("testdata", "golden", tt.file+".golden"), []byte(dump(tr)))
		})
	}
}
