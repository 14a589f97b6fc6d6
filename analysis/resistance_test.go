package analysis_test

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/internal/allytest"
)

// resistanceKinds are the moments that present a client utterance as
// resistance (sustain talk).
var resistanceKinds = map[string]bool{
	ally.MomentSideTaken: true, ally.MomentNeedUnexplored: true, ally.MomentResistanceHeard: true,
}

// resistanceFigures returns, over the sessions whose index has the given
// parity, how many utterances the moments present as resistance, how many
// of those are sustain talk by the gold codes, how many sessions have gold
// sustain talk and how many of those get such a moment. keep filters the
// moments (nil keeps all).
func resistanceFigures(gold, pred []*ally.Transcript, parity int, keep func(u ally.Utterance) bool) (shown, right, sessions, covered int) {
	for i := range pred {
		if i%2 != parity {
			continue
		}
		hasSustain := false
		for _, u := range gold[i].Utterances {
			if u.Code.Label == ally.CodeSustain {
				hasSustain = true
			}
		}
		a := analysis.Analyze(pred[i], analysis.Options{})
		got := false
		for _, m := range a.Moments {
			// A moment marked uncertain says in words that it may not be
			// resistance, so it is not presented as such.
			if !resistanceKinds[m.Kind] || m.Uncertain || (keep != nil && !keep(pred[i].Utterances[m.Index])) {
				continue
			}
			shown++
			got = true
			if gold[i].Utterances[m.Index].Code.Label == ally.CodeSustain {
				right++
			}
		}
		if hasSustain {
			sessions++
			if got {
				covered++
			}
		}
	}
	return shown, right, sessions, covered
}

// TestResistanceMoments checks that the client words a report presents as
// resistance are sustain talk by the expert coders' hand codes at least 70%
// of the time, on codes from a coder that never saw the session, while at
// least half of the sessions with sustain talk still get such a moment.
// Rules were tuned on the even sessions; the figures that count are the odd
// ones'. The targets are not reached (docs/analysis.md gives the figures),
// so the test reports them and checks only that the gate does not fall
// below what it reached. Run it with
//
//	ALLY_LONG_TESTS=1 ALLY_OOF_CACHE=/tmp/oof.json go test -run TestResistanceMoments -v ./analysis/
func TestResistanceMoments(t *testing.T) {
	allytest.Long(t)
	gold, pred, _ := devSessions(t)
	if testing.Verbose() {
		// What a stricter confidence gate would leave, on the tuning half.
		for _, tau := range []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9} {
			shown, right, sessions, covered := resistanceFigures(gold, pred, 0, func(u ally.Utterance) bool { return u.Code.Confidence >= tau })
			t.Logf("tuning half, extra gate %.1f: %d of %d shown are sustain (%.0f%%); %d of %d sessions covered",
				tau, right, shown, pct(right, shown), covered, sessions)
		}
	}
	for parity, name := range []string{"tuning half (even)", "held-out half (odd)"} {
		shown, right, sessions, covered := resistanceFigures(gold, pred, parity, nil)
		t.Logf("%s: %d of %d utterances shown as resistance are sustain talk (%.0f%%); %d of %d sessions with sustain talk get such a moment (%.0f%%)",
			name, right, shown, pct(right, shown), covered, sessions, pct(covered, sessions))
		if parity == 1 && pct(right, shown) < resistanceFloor {
			t.Errorf("precision %.0f%%, want ≥ %.0f%% (the target is 70%%)", pct(right, shown), resistanceFloor)
		}
	}
}

// resistanceFloor is the held-out precision the gate must keep: the
// figure reached, less a margin for coder retrains.
const resistanceFloor = 35.0

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
