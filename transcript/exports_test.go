package transcript_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/transcript"
)

// TestExports reads a file written for ally in the style of each tool's
// export, and of each defect such files have, and checks that it reads
// whole: every speaker, every word, no stamp, header or footer taken for
// speech, and a warning naming the line of each defect read around.
func TestExports(t *testing.T) {
	tests := []struct {
		file     string
		speakers []string
		warnings []string // each must appear in one warning, in order
	}{
		{"teams-stamps.vtt", []string{"Priya Nair", "Marcus Bell"}, nil},
		{"zoom-bad-cues.vtt", []string{"Dana Reyes", "Sam Okafor"}, []string{
			`line 12: cue timing "00:00:09.000 --> 00:00:75.000" is malformed`,
			"line 16: ends at 00:00:12.000, before it starts (00:00:16.000)",
			`line 20: cue timing "00:00:18.000 -> 00:00:20.000" is malformed`,
			"line 27: text after a blank line",
		}},
		{"otter-bold.txt", []string{"Ali Haddad", "Jo Whitfield"}, nil},
		{"rev.txt", []string{"Dana Reyes", "Sam Okafor"}, nil},
		{"zoom-saved.txt", []string{"Dana Reyes", "Sam Okafor"}, nil},
		{"zoom-nameless-first.vtt", []string{"Dana Reyes", "Sam Okafor"}, []string{
			`line 5: cue text "Can everyone hear me?" names no speaker`,
		}},
		{"youtube.vtt", []string{"Coach", "Tom"}, nil},
		{"style-arrow-id.vtt", []string{"Nurse Kim", "Lee"}, nil},
		{"cr-formfeed.srt", []string{"Nurse Kim", "Lee"}, nil},
		{"srt-blank-in-cue.srt", []string{"Nurse Kim", "Lee"}, []string{"line 9: text after a blank line"}},
		{"zoom-names.vtt", []string{"Reyes, Dana", "Maria del Carmen Lopez Garcia", "Alexandra Konstantinopoulou-Whitfield (she/her)"}, nil},
		{"stray-1252.vtt", []string{"Dana Reyes", "Sam Okafor"}, []string{"line 9: byte 0x92 is not UTF-8; read as Windows-1252 '’'"}},
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "exports", "*"))
	if len(files) != len(tests) {
		t.Errorf("testdata/exports holds %d files, the table %d", len(files), len(tests))
	}
	// A stamp, a header or a footer read as words.
	leak := regexp.MustCompile(`\d+:\d\d|-->|\*\*|\[.*\]|Transcribed by|otter\.ai|\x{FFFD}`)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "exports", tt.file)
			tr, err := transcript.ReadFile(path, transcript.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tr)
			var names []string
			for _, s := range tr.Speakers {
				names = append(names, s.Name)
			}
			if !slices.Equal(names, tt.speakers) {
				t.Errorf("speakers: got %q, want %q", names, tt.speakers)
			}
			for _, u := range tr.Utterances {
				if m := leak.FindString(strings.ReplaceAll(u.Text, "5:30", "")); m != "" {
					t.Errorf("utterance %d holds %q, not speech: %s", u.Index, m, u.Text)
				}
			}
			if len(tr.Warnings) != len(tt.warnings) {
				t.Errorf("got %d warnings, want %d:\n%s", len(tr.Warnings), len(tt.warnings), dump(tr))
			}
			for i, w := range tr.Warnings {
				if i < len(tt.warnings) && !strings.Contains(w.String(), tt.warnings[i]) {
					t.Errorf("warning %d: got %q, want %q in it", i, w, tt.warnings[i])
				}
			}
			allytest.Golden(t, filepath.Join("testdata", "golden", "exports", tt.file+".golden"), []byte(dump(tr)))
		})
	}
}
