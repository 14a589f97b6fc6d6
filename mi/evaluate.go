package mi

import (
	"context"
	"maps"
	"math/rand/v2"
	"slices"

	"github.com/ally-mi/ally"
)

// Report holds the scores of every task. Subcode tasks are scored on the
// utterances whose gold code is the subcode's family (reflections for
// simple/complex, and so on), so they measure the subcode alone.
type Report struct {
	Client     Scores  `json:"client"`
	Therapist  Scores  `json:"therapist"`
	Reflection *Scores `json:"reflection,omitempty"`
	Question   *Scores `json:"question,omitempty"`
	Input      *Scores `json:"input,omitempty"`
	// Weak scores the TrainOnly recordings' out-of-fold codes against
	// their weak labels, apart from the hand-coded figures above.
	Weak *Report `json:"weak,omitempty"`
}

// predictions collects gold and predicted labels per task.
type predictions map[string]*goldPred

// goldPred holds a task's gold labels, predicted labels and the
// confidences of the predictions.
type goldPred struct {
	gold, pred []string
	conf       []float64
}

func (p predictions) add(task, gold, pred string, conf float64) {
	g := p[task]
	if g == nil {
		g = &goldPred{}
		p[task] = g
	}
	g.gold = append(g.gold, gold)
	g.pred = append(g.pred, pred)
	g.conf = append(g.conf, conf)
}

// predictRecording codes every coded utterance of s and records the result.
// A practitioner turn with a frame is coded as CodeTranscript codes it.
func (m *Model) predictRecording(s Recording, feats [][]feature, into predictions) {
	turns := recordingTurns(s)
	xs := m.chain(turns, feats)
	cores := styleCores(len(turns), func(i int) (ally.Role, string) { return turns[i].role, s.Utterances[i].Text })
	var contexts []*sessionContext
	if cores != nil {
		contexts = m.contexts(turns, xs)
	}
	var fs []feature
	for i, u := range s.Utterances {
		k := m.stageFor(u.Role)
		st := m.stages[k]
		x := xs[k][i]
		if core, ok := cores[i]; ok {
			var prev, next *turn
			if i > 0 {
				prev = &turns[i-1]
			}
			if i+1 < len(turns) {
				next = &turns[i+1]
			}
			var bare sparse
			bare, fs = st.coreVector(fs, core, u.Role, prev, next, i, len(turns), contexts[:k])
			whole, _ := st.predict(taskTherapist, x)
			if c, _ := st.predict(taskTherapist, bare); takesCore(whole, c) {
				x = bare
			}
		}
		for _, task := range tasksOf(u) {
			if st.tasks[task] == nil {
				continue
			}
			pred, conf := st.predict(task, x)
			into.add(task, labelFor(task, u), pred, conf)
		}
	}
}

// contexts returns what each stage but the last made of a session, from
// the vectors chain gave it: the contexts CodeTranscript builds.
func (m *Model) contexts(turns []turn, xs [][]sparse) []*sessionContext {
	roles := make([]ally.Role, len(turns))
	for i, t := range turns {
		roles[i] = t.role
	}
	out := make([]*sessionContext, 0, len(m.stages)-1)
	for k := range len(m.stages) - 1 {
		out = append(out, newSessionContext(roles, m.stages[k].mainProbs(turns, xs[k])))
	}
	return out
}

// report scores the collected predictions.
func (p predictions) report() *Report {
	sc := func(task string, labels []string) Scores {
		g := p[task]
		if g == nil {
			return score(labels, nil, nil)
		}
		s := score(labels, g.gold, g.pred)
		s.ECE = calibrationError(g.gold, g.pred, g.conf)
		s.Sure = sureScores(s.Labels, g.gold, g.pred, g.conf, ConfidenceLevels)
		return s
	}
	r := &Report{
		Client:    sc(taskClient, ally.ClientCodes()),
		Therapist: sc(taskTherapist, ally.PractitionerCodes()),
	}
	for task, dst := range map[string]**Scores{taskReflection: &r.Reflection, taskQuestion: &r.Question, taskInput: &r.Input} {
		if p[task] != nil {
			s := sc(task, nil)
			*dst = &s
		}
	}
	return r
}

// Evaluate codes the recordings of ds with m and scores the codes against the
// gold codes.
func Evaluate(m *Model, ds *Dataset) *Report {
	p := predictions{}
	for i, feats := range datasetFeatures(ds) {
		m.predictRecording(ds.Sessions[i], feats, p)
	}
	return p.report()
}

// CrossValidate runs k-fold cross-validation with folds grouped by
// Recording.Group, so no video is both trained and tested on, and scores the
// predictions pooled over the folds.
//
// TrainOnly recordings (weak labels) are never scored with the others: they
// are dealt out over the folds, each fold's model trains on those outside
// it, and their own out-of-fold codes are scored apart, in Report.Weak.
func CrossValidate(ctx context.Context, ds *Dataset, k int, cfg Config) (*Report, error) {
	p, weak := predictions{}, predictions{}
	err := crossFit(ctx, ds, k, cfg, func(m *Model, i int, feats [][]feature) {
		if ds.Sessions[i].TrainOnly {
			m.predictRecording(ds.Sessions[i], feats, weak)
			return
		}
		m.predictRecording(ds.Sessions[i], feats, p)
	})
	if err != nil {
		return nil, err
	}
	r := p.report()
	if len(weak) > 0 {
		r.Weak = weak.report()
	}
	return r, nil
}

// OutOfFold returns every recording of ds as a transcript coded by a model
// trained, in grouped k-fold cross-validation, on the other folds only: the
// codes a session would get from a model that never saw its video.
func OutOfFold(ctx context.Context, ds *Dataset, k int, cfg Config) ([]*ally.Transcript, error) {
	out := make([]*ally.Transcript, len(ds.Sessions))
	err := crossFit(ctx, ds, k, cfg, func(m *Model, i int, _ [][]feature) {
		t := ds.Sessions[i].Transcript()
		m.CodeTranscript(t)
		out[i] = t
	})
	return out, err
}

// crossFit trains one model per grouped fold and calls test for every
// session of the held-out fold with that model.
func crossFit(ctx context.Context, ds *Dataset, k int, cfg Config, test func(m *Model, session int, feats [][]feature)) error {
	folds, err := drawFolds(ds, k, cfg.FoldSeed, true)
	if err != nil {
		return err
	}
	feats := datasetFeatures(ds)
	for f := 0; f < k; f++ {
		train, _ := outsideFold(ds, feats, folds, f)
		m, err := Train(ctx, train, cfg)
		if err != nil {
			return err
		}
		for i := range ds.Sessions {
			if folds[i] == f {
				test(m, i, feats[i])
			}
		}
	}
	return nil
}

// outsideFold returns the sessions of ds that are not in fold f, with
// their features: the training data of that fold.
func outsideFold(ds *Dataset, feats [][][]feature, folds []int, f int) (*Dataset, [][][]feature) {
	sub, subFeats := &Dataset{}, [][][]feature{}
	for i, s := range ds.Sessions {
		if folds[i] != f {
			sub.Sessions = append(sub.Sessions, s)
			subFeats = append(subFeats, feats[i])
		}
	}
	return sub, subFeats
}

// groupFolds assigns every session a fold in [0,k) in the fixed draw, and
// TrainOnly sessions -1: inside training they are always trained on.
func groupFolds(ds *Dataset, k int) ([]int, error) {
	return drawFolds(ds, k, 0, false)
}

// drawFolds assigns every session a fold in [0,k): groups are shuffled with
// a seed (0 is the fixed draw) and each goes to the fold with the fewest
// utterances so far. TrainOnly groups do not change that draw: with spread
// they are dealt out over the folds after it (so that each is held out of
// one fold's training, to code it as a new session), otherwise they get -1.
func drawFolds(ds *Dataset, k int, seed uint64, spread bool) ([]int, error) {
	size := map[string]int{}
	var weak []string
	for _, s := range ds.Sessions {
		if s.TrainOnly {
			if !slices.Contains(weak, s.Group) {
				weak = append(weak, s.Group)
			}
			continue
		}
		size[s.Group] += len(s.Utterances)
	}
	groups := slices.Sorted(maps.Keys(size))
	if k < 2 || k > len(groups) {
		return nil, ally.Errorf(ally.EINVALID, "cannot make %d folds from %d groups of sessions (need 2 ≤ k ≤ groups)", k, len(groups))
	}
	rng := rand.New(rand.NewPCG(1+seed, 2))
	rng.Shuffle(len(groups), func(i, j int) { groups[i], groups[j] = groups[j], groups[i] })
	load := make([]int, k)
	fold := map[string]int{}
	for _, g := range groups {
		best := 0
		for f := range load {
			if load[f] < load[best] {
				best = f
			}
		}
		fold[g] = best
		load[best] += size[g]
	}
	slices.Sort(weak)
	wrng := rand.New(rand.NewPCG(1+seed, 3))
	wrng.Shuffle(len(weak), func(i, j int) { weak[i], weak[j] = weak[j], weak[i] })
	for i, g := range weak {
		fold[g] = -1
		if spread {
			fold[g] = i % k
		}
	}
	out := make([]int, len(ds.Sessions))
	for i, s := range ds.Sessions {
		out[i] = fold[s.Group]
	}
	return out, nil
}
