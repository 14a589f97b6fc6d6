package analysis_test

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"sync"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/mi"
)

// auc returns the ROC AUC of scores for telling positives from negatives:
// the probability that a random positive scores above a random negative,
// ties counting one half.
func auc(pos, neg []float64) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0
	}
	var sum float64
	for _, p := range pos {
		for _, n := range neg {
			switch {
			case p > n:
				sum++
			case p == n:
				sum += 0.5
			}
		}
	}
	return sum / float64(len(pos)*len(neg))
}

// scoreAUC scores every transcript and returns the AUC for high against
// low MI quality, with the mean score of each group.
func scoreAUC(ts []*ally.Transcript, quality []string) (a, high, low float64) {
	var pos, neg []float64
	for i, t := range ts {
		sc := analysis.Analyze(t, analysis.Options{}).Score
		v := 0.0
		if sc != nil {
			v = *sc
		}
		if quality[i] == "high" {
			pos = append(pos, v)
		} else {
			neg = append(neg, v)
		}
	}
	return auc(pos, neg), mean(pos), mean(neg)
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// indicatorAUCs logs every indicator's own AUC, to show which carry the
// separation; it is a diagnostic, not a target.
func indicatorAUCs(t *testing.T, ts []*ally.Transcript, quality []string) {
	pos, neg := map[string][]float64{}, map[string][]float64{}
	for i, tr := range ts {
		for _, g := range analysis.Analyze(tr, analysis.Options{}).Guidelines {
			for _, ind := range g.Indicators {
				v := 0.5 // not applicable sits in the middle
				if ind.SubScore != nil {
					v = *ind.SubScore
				}
				if quality[i] == "high" {
					pos[ind.ID] = append(pos[ind.ID], v)
				} else {
					neg[ind.ID] = append(neg[ind.ID], v)
				}
			}
		}
	}
	var ids []string
	for id := range pos {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t.Logf("  %-28s AUC %.3f", id, auc(pos[id], neg[id]))
	}
}

// goldFloor and predictedFloor are the AUCs TestScoreAUC requires: 0.924 and
// 0.915 reached, less a margin.
const goldFloor, predictedFloor = 0.92, 0.88

// TestScoreAUC checks that the score separates AnnoMI's high- from
// low-quality sessions, on the gold codes and on codes predicted by a model
// that never saw the session's video. It trains five models (minutes), so
// it is a long check; run it with
//
//	ALLY_LONG_TESTS=1 go test -run TestScoreAUC -v ./analysis/
//
// The development part of AnnoMI it reads carries the subcodes
// (simple/complex, open/closed, advice...) the indicators need.
func TestScoreAUC(t *testing.T) {
	allytest.Long(t)
	annomiPath := allytest.DataFile(t, "annomi", "AnnoMI-full.train.csv")
	f, err := os.Open(annomiPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := mi.ReadAnnoMI(f, annomiPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold []*ally.Transcript
	var quality []string
	for _, s := range ds.Sessions {
		gold = append(gold, s.Transcript())
		quality = append(quality, s.Quality)
	}
	a, hi, lo := scoreAUC(gold, quality)
	t.Logf("gold codes:      AUC %.3f (mean score high %.1f, low %.1f; %d sessions)", a, hi, lo, len(gold))
	if testing.Verbose() {
		indicatorAUCs(t, gold, quality)
	}
	pred, err := outOfFold(ds)
	if err != nil {
		t.Fatal(err)
	}
	p, hi, lo := scoreAUC(pred, quality)
	t.Logf("predicted codes: AUC %.3f (mean score high %.1f, low %.1f)", p, hi, lo)
	if testing.Verbose() {
		indicatorAUCs(t, pred, quality)
	}
	// Floors are the figures reached less a margin (docs/analysis.md): gold
	// codes never change, so 0.005 covers rounding and only a formula change
	// fails; predicted codes move by about 0.02 between coder retrains. The
	// target of 0.95 on predicted codes is not reached.
	if a < goldFloor {
		t.Errorf("AUC on gold codes %.3f, want ≥ %.2f", a, goldFloor)
	}
	if p < predictedFloor {
		t.Errorf("AUC on predicted codes %.3f, want ≥ %.2f", p, predictedFloor)
	}
}

// outOfFold codes ds out of fold, reading and writing the file named by
// ALLY_OOF_CACHE when it is set, to spare repeated runs the training. Within
// one run the codes are computed once and every long check gets its own
// copy, decoded from the same bytes the file cache holds.
func outOfFold(ds *mi.Dataset) ([]*ally.Transcript, error) {
	b, err := oofBytes(ds)
	if err != nil {
		return nil, err
	}
	var ts []*ally.Transcript
	if err := json.Unmarshal(b, &ts); err != nil {
		return nil, err
	}
	return ts, nil
}

// oofMemo holds this test binary's out-of-fold codes, as JSON.
var oofMemo struct {
	sync.Mutex
	b []byte
}

// oofBytes returns the out-of-fold codes of ds as JSON, training at most
// once per test binary.
func oofBytes(ds *mi.Dataset) ([]byte, error) {
	oofMemo.Lock()
	defer oofMemo.Unlock()
	if oofMemo.b != nil {
		return oofMemo.b, nil
	}
	cache := os.Getenv("ALLY_OOF_CACHE")
	if cache != "" {
		if b, err := os.ReadFile(cache); err == nil {
			var ts []*ally.Transcript
			if json.Unmarshal(b, &ts) == nil && len(ts) == len(ds.Sessions) {
				oofMemo.b = b
				return b, nil
			}
		}
	}
	ts, err := mi.OutOfFold(context.Background(), ds, 5, mi.DefaultConfig())
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(ts)
	if err != nil {
		return nil, err
	}
	if cache != "" {
		_ = os.WriteFile(cache, b, 0o644)
	}
	oofMemo.b = b
	return b, nil
}
