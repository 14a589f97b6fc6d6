package analysis_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/mi"
)

// devSessions reads AnnoMI's development sessions with their gold codes,
// their out-of-fold codes (see outOfFold) and their quality.
func devSessions(t *testing.T) (gold, pred []*ally.Transcript, quality []string) {
	t.Helper()
	path := allytest.DataFile(t, "annomi", "AnnoMI-full.train.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := mi.ReadAnnoMI(f, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ds.Sessions {
		gold = append(gold, s.Transcript())
		quality = append(quality, s.Quality)
	}
	pred, err = outOfFold(ds)
	if err != nil {
		t.Fatal(err)
	}
	return gold, pred, quality
}

// TestScoreBands checks the score's bands on the development sessions
// coded out of fold: at most 10% of high-quality sessions in "needs work",
// no low-quality session in "good". It also shows, for each half of the
// sessions, the bands the other half would have chosen and how they fare,
// since bands chosen on all sessions are judged on the sessions they were
// chosen on. Run it with
//
//	ALLY_LONG_TESTS=1 ALLY_OOF_CACHE=/tmp/oof.json go test -run TestScoreBands -v ./analysis/
func TestScoreBands(t *testing.T) {
	allytest.Long(t)
	_, pred, quality := devSessions(t)
	var hi, lo []float64
	type row struct {
		score  float64
		high   bool
		rng    []float64
		status string
	}
	var rows []row
	for i, tr := range pred {
		a := analysis.Analyze(tr, analysis.Options{})
		if a.Score == nil {
			continue
		}
		r := row{*a.Score, quality[i] == "high", a.ScoreRange, a.ScoreBand}
		rows = append(rows, r)
		if r.high {
			hi = append(hi, r.score)
		} else {
			lo = append(lo, r.score)
		}
	}
	sort.Float64s(hi)
	sort.Float64s(lo)
	t.Logf("high (%d): %s", len(hi), join(hi))
	t.Logf("low  (%d): %s", len(lo), join(lo))
	t.Logf("AUC %.3f", auc(hi, lo))
	hiWork, loGood, spans, inRange := 0, 0, 0, 0
	for _, r := range rows {
		if r.high && r.status == ally.BandNeedsWork {
			hiWork++
		}
		if !r.high && r.status == ally.BandGood {
			loGood++
		}
		if ally.Band(r.rng[0]) != ally.Band(r.rng[1]) {
			spans++
		}
		if r.rng[0] <= r.score && r.score <= r.rng[1] {
			inRange++
		}
	}
	t.Logf("bands fair from %.0f, good from %.0f: high in needs work %d of %d (%.0f%%), low in good %d of %d; ranges spanning two bands %d of %d",
		ally.BandFairFrom, ally.BandGoodFrom, hiWork, len(hi), 100*float64(hiWork)/float64(len(hi)), loGood, len(lo), spans, len(rows))
	// Cross-check: choose the bands on one half, judge them on the other.
	for half := range 2 {
		var thi, tlo, ehi, elo []float64
		for i, r := range rows {
			tune := i%2 == half
			switch {
			case tune && r.high:
				thi = append(thi, r.score)
			case tune:
				tlo = append(tlo, r.score)
			case r.high:
				ehi = append(ehi, r.score)
			default:
				elo = append(elo, r.score)
			}
		}
		fair, good := chooseBands(thi, tlo)
		t.Logf("half %d: bands chosen on it fair %.1f good %.1f; on the other half high in needs work %d of %d, low in good %d of %d",
			half, fair, good, countBelow(ehi, fair), len(ehi), len(elo)-countBelow(elo, good), len(elo))
	}
	if float64(hiWork) > 0.1*float64(len(hi)) {
		t.Errorf("%d of %d high-quality sessions in needs work, want ≤ 10%%", hiWork, len(hi))
	}
	if loGood > 0 {
		t.Errorf("%d low-quality sessions in good, want none", loGood)
	}
}

// chooseBands picks a fair band starting at the highest score that leaves
// at most 10% of hi below it, and a good band starting just above every lo.
func chooseBands(hi, lo []float64) (fair, good float64) {
	sort.Float64s(hi)
	sort.Float64s(lo)
	k := len(hi) / 10 // this many may fall below
	fair = hi[k]
	good = max(lo[len(lo)-1]+0.1, fair)
	return fair, good
}

func countBelow(v []float64, x float64) int {
	n := 0
	for _, s := range v {
		if s < x {
			n++
		}
	}
	return n
}

func join(v []float64) string {
	var b strings.Builder
	for _, x := range v {
		fmt.Fprintf(&b, "%.0f ", x)
	}
	return b.String()
}
