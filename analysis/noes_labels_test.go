package analysis_test

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/internal/allytest"
)

// TestNoesAgainstLabels scores the client "no"s against 320 client turns
// of AnnoMI's development sessions labelled by hand, in context, before
// the rules were changed (noes/testdata/labels.csv: overt, covert or
// none). The rules were set on the tune part; the holdout part was scored
// once, after. A turn counts as a "no" whatever its kind. Run it with
//
//	ALLY_LONG_TESTS=1 ALLY_OOF_CACHE=/tmp/oof.json go test -run TestNoesAgainstLabels -v ./analysis/
func TestNoesAgainstLabels(t *testing.T) {
	allytest.Long(t)
	f, err := os.Open("noes/testdata/labels.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		session string
		index   int
	}
	labels := map[string]map[key]string{}
	for _, r := range rows[1:] {
		i, _ := strconv.Atoi(r[2])
		if labels[r[0]] == nil {
			labels[r[0]] = map[key]string{}
		}
		labels[r[0]][key{r[1], i}] = r[3]
	}
	gold, pred, _ := devSessions(t)
	for _, codes := range []struct {
		name string
		ts   []*ally.Transcript
	}{{"gold codes", gold}, {"out-of-fold codes", pred}} {
		found := map[key]bool{}
		for i, tr := range codes.ts {
			for _, n := range analysis.Analyze(tr, analysis.Options{}).Noes {
				found[key{gold[i].Name, n.Index}] = true // the sessions are in the same order
			}
		}
		for _, split := range []string{"tune", "holdout"} {
			tp, fp, fn := 0, 0, 0
			for k, l := range labels[split] {
				switch {
				case found[k] && l != "none":
					tp++
				case found[k]:
					fp++
				case l != "none":
					fn++
				}
			}
			p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
			t.Logf("%-8s %-17s precision %.2f recall %.2f (tp %d fp %d fn %d)", split, codes.name, p, r, tp, fp, fn)
			if split == "holdout" && p < noesFloor {
				t.Errorf("%s, %s: precision %.2f, want ≥ %.2f (the target is 0.80)", split, codes.name, p, noesFloor)
			}
		}
	}
}

// noesFloor is the held-out precision reached, less a margin.
const noesFloor = 0.6
