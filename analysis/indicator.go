package analysis

import (
	"math"

	"github.com/ally-mi/ally"
)

// threshold describes how an indicator is judged and how much it weighs.
type threshold struct {
	id, name, unit string
	fair, good     float64
	source         string
	// weight is the indicator's weight in its guideline's score and in the
	// overall score; docs/analysis.md gives the reasons for each.
	weight float64
}

// Indicator weights, set from MI theory before the score was validated (see
// docs/analysis.md): core MITI 4.2.1 markers of fidelity weigh most,
// markers of softening sustain talk and cultivating change talk next, ally's
// own refinements least; details already counted in another indicator
// weigh nothing.
const (
	weightCore       = 3
	weightProcess    = 2
	weightRefinement = 1
	weightDetail     = 0
)

// shrinkK is the number of cases at which an indicator's sub-score is
// trusted halfway: the sub-score is pulled towards the neutral 0.5 by
// n/(n+shrinkK), so one case moves it by at most a fifth of its range.
const shrinkK = 4

// measure builds an indicator from a value over n cases (nil value when n is
// 0) and its evidence.
func (th threshold) measure(value float64, n int, evidence []int) ally.Indicator {
	ind := ally.Indicator{
		ID: th.id, Name: th.name, Unit: th.unit, Fair: th.fair, Good: th.good,
		Source: th.source, N: n, Evidence: evidence, Better: "higher", Weight: th.weight,
	}
	if th.good < th.fair {
		ind.Better = "lower"
	}
	if ind.Evidence == nil {
		ind.Evidence = []int{}
	}
	if n == 0 || math.IsNaN(value) || math.IsInf(value, 0) {
		ind.Status = ally.StatusNotApplicable
		return ind
	}
	v := round(value, 2)
	ind.Value = &v
	sub := round(shrink(subScore(v, th.fair, th.good), n), 3)
	ind.SubScore = &sub
	ind.Status = status(v, th.fair, th.good)
	return ind
}

// percent measures part/whole as a percentage.
func (th threshold) percent(part, whole int, evidence []int) ally.Indicator {
	return th.weighted(float64(part), float64(whole), whole, evidence)
}

// weighted measures part/whole as a percentage over n cases. Callers pass
// part as a sum of the coder's confidences and whole as a plain count (see
// docs/analysis.md), so an unsure code counts for less in the share.
func (th threshold) weighted(part, whole float64, n int, evidence []int) ally.Indicator {
	if n == 0 || whole == 0 {
		return th.measure(0, 0, evidence)
	}
	return th.measure(100*part/whole, n, evidence)
}

// shrink pulls a sub-score towards the neutral 0.5 by how many cases it
// rests on.
func shrink(sub float64, n int) float64 {
	return 0.5 + (sub-0.5)*float64(n)/float64(n+shrinkK)
}

// subScore is 0.5 at fair and 1 at good, linear in between and beyond,
// clamped to [0,1]. It works for both directions: for a lower-is-better
// indicator good−fair is negative.
func subScore(v, fair, good float64) float64 {
	return math.Max(0, math.Min(1, 0.5+0.5*(v-fair)/(good-fair)))
}

// status judges v against the thresholds.
func status(v, fair, good float64) string {
	better := func(a, b float64) bool { // a is at least as good as b
		if good >= fair {
			return a >= b
		}
		return a <= b
	}
	switch {
	case better(v, good):
		return ally.StatusGood
	case better(v, fair):
		return ally.StatusFair
	}
	return ally.StatusNeedsWork
}

// guideline gathers indicators; its score is the weighted mean of their
// sub-scores, and its weight the sum of the applicable indicators' weights.
// Its status is judged on the indicators' values, as theirs are: the
// weighted mean of their unshrunk sub-scores, so a guideline whose
// indicators are all good is never shown as fair.
func guideline(id, name string, inds []ally.Indicator) ally.Guideline {
	g := ally.Guideline{ID: id, Name: name, Indicators: inds, Status: ally.StatusNotApplicable}
	sum, w := 0.0, 0.0
	for _, ind := range inds {
		if ind.SubScore != nil && ind.Weight > 0 {
			sum += ind.Weight * *ind.SubScore
			w += ind.Weight
		}
	}
	if w == 0 {
		return g
	}
	sc := round(100*sum/w, 1)
	g.Score = &sc
	g.Weight = w
	g.Status = indicatorsStatus(inds)
	return g
}

// indicatorsStatus judges applicable, weighted indicators together: the
// weighted mean of their sub-scores before shrinkage, good at 0.75, fair
// at 0.5, the same bands the indicators' own statuses map to.
func indicatorsStatus(inds []ally.Indicator) string {
	sum, w := 0.0, 0.0
	for _, ind := range inds {
		if ind.Value != nil && ind.Weight > 0 {
			sum += ind.Weight * subScore(*ind.Value, ind.Fair, ind.Good)
			w += ind.Weight
		}
	}
	if w == 0 {
		return ally.StatusNotApplicable
	}
	return status(round(sum/w, 3), 0.5, 0.75)
}

// overall is the mean of the applicable guidelines' scores weighted by
// their weights, which is the weighted mean of every applicable indicator:
// a guideline counts as much as the evidence-based markers it holds.
func overall(gs []ally.Guideline) *float64 {
	sum, w := 0.0, 0.0
	for _, g := range gs {
		if g.Score != nil {
			sum += g.Weight * *g.Score
			w += g.Weight
		}
	}
	if w == 0 {
		return nil
	}
	v := round(sum/w, 1)
	return &v
}

// round rounds v to d decimals.
func round(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}

// ptr returns a pointer to a rounded copy of v.
func ptr(v float64, d int) *float64 {
	r := round(v, d)
	return &r
}
