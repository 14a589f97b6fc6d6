package mi

import (
	"math"
)

// tuning is what Train chooses from its training data alone, by grouped
// cross-validation inside it: a penalty and a temperature per task. Nothing
// is chosen on the data a model is later scored on.
type tuning struct {
	lambda      map[string]float64
	temperature map[string]float64
}

// lambdaOf returns the penalty chosen for task, or cfg.Lambda.
func (tn tuning) lambdaOf(task string, cfg Config) float64 {
	if l, ok := tn.lambda[task]; ok {
		return l
	}
	return cfg.Lambda
}

// outOfFold holds the inner cross-validation's codes of one task with one
// penalty: gold labels and the probabilities of a model that did not see them.
type outOfFold struct {
	gold    []string
	classes [][]string
	probs   [][]float64
}

// tune runs grouped cross-validation with cfg.InnerFolds folds inside ds,
// trying each penalty of cfg.LambdaGrid, and returns per task the penalty
// with the best out-of-fold macro-F1 and, with cfg.Calibrate, the
// temperature that best fits that penalty's out-of-fold probabilities.
// When ds has too few groups for the folds it returns no choices, and Train
// falls back to cfg.Lambda and uncalibrated probabilities.
func tune(ds *Dataset, feats [][][]feature, cfg Config) (tuning, error) {
	tn := tuning{lambda: map[string]float64{}, temperature: map[string]float64{}}
	grid := cfg.LambdaGrid
	if len(grid) == 0 {
		grid = []float64{cfg.Lambda}
	}
	if len(grid) == 1 && !cfg.Calibrate {
		return tn, nil
	}
	folds, err := groupFolds(ds, cfg.InnerFolds)
	if err != nil {
		return tn, nil
	}
	runs := make([]map[string]*outOfFold, len(grid))
	for i := range runs {
		runs[i] = map[string]*outOfFold{}
	}
	for f := 0; f < cfg.InnerFolds; f++ {
		sub, subFeats := outsideFold(ds, feats, folds, f)
		v, sets := prepareStage(sub, subFeats, cfg)
		var jobs []fitJob
		for _, lambda := range grid {
			for _, task := range sortedTasks(sets) {
				jobs = append(jobs, fitJob{task, sets[task], lambda})
			}
		}
		fitted := fitAll(jobs, len(v.names), cfg)
		for g := range grid {
			models := map[string]*linear{}
			for i, j := range jobs {
				if j.lambda == grid[g] {
					models[j.task] = fitted[i]
				}
			}
			for i, s := range ds.Sessions {
				if folds[i] != f {
					continue
				}
				for j, u := range s.Utterances {
					for _, task := range tasksOf(u) {
						m := models[task]
						if m == nil {
							continue
						}
						p := make([]float64, len(m.Classes))
						m.probs(v.vector(feats[i][j]), p)
						o := runs[g][task]
						if o == nil {
							o = &outOfFold{}
							runs[g][task] = o
						}
						o.gold = append(o.gold, labelFor(task, u))
						o.classes = append(o.classes, m.Classes)
						o.probs = append(o.probs, p)
					}
				}
			}
		}
	}
	for task := range runs[0] {
		best, bestF1 := 0, -1.0
		for g := range grid {
			o := runs[g][task]
			if o == nil {
				continue
			}
			if f1 := o.macroF1(); f1 > bestF1 {
				best, bestF1 = g, f1
			}
		}
		tn.lambda[task] = grid[best]
		if cfg.Calibrate {
			tn.temperature[task] = runs[best][task].temperature()
		}
	}
	return tn, nil
}

// macroF1 scores the most probable classes against the gold labels.
func (o *outOfFold) macroF1() float64 {
	pred := make([]string, len(o.gold))
	for i, p := range o.probs {
		pred[i] = o.classes[i][argmax(p)]
	}
	return score(nil, o.gold, pred).MacroF1
}

// temperature returns the temperature that minimises the log loss of the
// tempered probabilities, found by golden-section search over its log,
// which the loss is smooth and unimodal in.
func (o *outOfFold) temperature() float64 {
	lo, hi := math.Log(0.25), math.Log(4.0)
	phi := (math.Sqrt(5) - 1) / 2
	a, b := hi-phi*(hi-lo), lo+phi*(hi-lo)
	fa, fb := o.logLoss(math.Exp(a)), o.logLoss(math.Exp(b))
	for i := 0; i < 40; i++ {
		if fa < fb {
			hi, b, fb = b, a, fa
			a = hi - phi*(hi-lo)
			fa = o.logLoss(math.Exp(a))
		} else {
			lo, a, fa = a, b, fb
			b = lo + phi*(hi-lo)
			fb = o.logLoss(math.Exp(b))
		}
	}
	return math.Exp((lo + hi) / 2)
}

// logLoss is the mean negative log probability of the gold class after
// tempering with t. Examples whose gold class the fold's model never saw
// are left out: no temperature can help them.
func (o *outOfFold) logLoss(t float64) float64 {
	loss, n := 0.0, 0
	z := []float64{}
	for i, p := range o.probs {
		gold := -1
		for c, name := range o.classes[i] {
			if name == o.gold[i] {
				gold = c
			}
		}
		if gold < 0 {
			continue
		}
		z = append(z[:0], p...)
		temper(z, t)
		loss -= math.Log(math.Max(z[gold], 1e-300))
		n++
	}
	if n == 0 {
		return 0
	}
	return loss / float64(n)
}

// temper raises probabilities p to the power 1/t and renormalises them,
// which is dividing the underlying scores by t.
func temper(p []float64, t float64) {
	maxZ := math.Inf(-1)
	for c, q := range p {
		p[c] = math.Log(math.Max(q, 1e-300)) / t
		maxZ = math.Max(maxZ, p[c])
	}
	softmax(p, maxZ)
}
