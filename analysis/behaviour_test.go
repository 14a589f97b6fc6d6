package analysis_test

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// behaviourLabels are the labels of testdata/behaviours.csv, in report order.
var behaviourLabels = []string{"affirm", "seek_collaboration", "autonomy", "confront", "persuade"}

// detectedLabels returns the labels the detector gives text.
func detectedLabels(text string) map[string]bool {
	b := analysis.DetectBehaviours(ally.Utterance{Role: ally.RolePractitioner, Text: text}, nil)
	return map[string]bool{
		"affirm": b.Affirm, "seek_collaboration": b.SeekCollaboration, "autonomy": b.Autonomy,
		"confront": b.Confront, "persuade": b.Persuade,
	}
}

// prf holds true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestDetectBehaviours measures the detector against the hand-labelled
// utterances. The held-out part was not looked at while writing the phrase
// lists; the floors are set well under the tuning-part figures so the test
// catches a rule change that breaks the detector, not noise.
func TestDetectBehaviours(t *testing.T) {
	f, err := os.Open("testdata/behaviours.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]map[string]*prf{"tune": {}, "heldout": {}, "heldout2": {}}
	for _, split := range counts {
		for _, l := range behaviourLabels {
			split[l] = &prf{}
		}
	}
	for _, row := range rows[1:] {
		split, labels, text := row[0], row[1], row[2]
		if counts[split] == nil {
			t.Fatalf("testdata/behaviours.csv: unknown split %q", split)
		}
		want := map[string]bool{}
		for _, l := range strings.Split(labels, ";") {
			want[l] = true
		}
		got := detectedLabels(text)
		for _, l := range behaviourLabels {
			c := counts[split][l]
			switch {
			case got[l] && want[l]:
				c.tp++
			case got[l]:
				c.fp++
				if testing.Verbose() && os.Getenv("ALLY_SHOW_ERRORS") != "" && split == "tune" {
					t.Logf("false %s: %s", l, text)
				}
			case want[l]:
				c.fn++
				if testing.Verbose() && os.Getenv("ALLY_SHOW_ERRORS") != "" && split == "tune" {
					t.Logf("missed %s: %s", l, text)
				}
			}
		}
	}
	// Precision matters most: a false confrontation or persuasion flag lowers a
	// professional's score unfairly, while a missed one only makes ally
	// quieter. Recall of phrase rules on unseen wording is low (see
	// docs/analysis.md), so its floor only guards against a rule change that
	// stops a behaviour from being found at all.
	const precisionFloor, recallFloor = 0.5, 0.1
	for _, split := range []string{"tune", "heldout", "heldout2"} {
		for _, l := range behaviourLabels {
			c := counts[split][l]
			t.Logf("%-8s %-19s precision %.2f recall %.2f (tp %d fp %d fn %d)", split, l, c.precision(), c.recall(), c.tp, c.fp, c.fn)
			if split != "tune" && (c.precision() < precisionFloor || c.recall() < recallFloor) {
				t.Errorf("%s %s: precision %.2f recall %.2f, want ≥ %.2f and ≥ %.2f", split, l, c.precision(), c.recall(), precisionFloor, recallFloor)
			}
		}
	}
}
