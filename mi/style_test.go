package mi_test

import (
	"os"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

// TestStyles codes the practitioner turns written for ally in other styles
// (reflections that open with an affirmation, close with a check, or are
// announced summaries, and turns of those frames that are not reflections)
// with the embedded model, and holds the figures measured when the style
// rule was made. styles.csv is what the rule was written from;
// styles-heldout.csv was labelled before the rule and read once after it.
func TestStyles(t *testing.T) {
	m, err := mi.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		// reflections is the fewest hand-coded reflections that must be
		// coded reflections; every other practitioner turn must keep its
		// hand code.
		reflections int
	}{
		{"testdata/styles.csv", 7},
		{"testdata/styles-heldout.csv", 12},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			f, err := os.Open(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			ds, err := mi.ReadDataset(f, tt.path)
			if err != nil {
				t.Fatal(err)
			}
			found, of := 0, 0
			for _, s := range ds.Sessions {
				tr := s.Transcript()
				m.CodeTranscript(tr)
				for i, u := range tr.Utterances {
					gold := s.Utterances[i].Label
					switch {
					case u.Role == ally.RoleClient:
					case gold == ally.CodeReflection:
						of++
						if u.Code.Label == gold {
							found++
						}
					case u.Code.Label != gold:
						t.Errorf("%s: %q coded %s, hand code %s", s.ID, u.Text, u.Code.Label, gold)
					}
				}
			}
			t.Logf("%d of %d reflections coded reflections", found, of)
			if found < tt.reflections {
				t.Errorf("%d of %d reflections coded reflections, want at least %d", found, of, tt.reflections)
			}
		})
	}
}
