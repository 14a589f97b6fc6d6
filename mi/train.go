package mi

import (
	"context"
	"maps"
	"math"
	"slices"

	"github.com/ally-mi/ally"
)

// Config holds the training settings. The zero value is not useful; start
// from DefaultConfig.
type Config struct {
	// MinCount drops features seen in fewer training utterances.
	MinCount int `json:"min_count"`
	// Lambda is the L2 penalty on weights, used for every task when
	// LambdaGrid is empty.
	Lambda float64 `json:"lambda"`
	// LambdaGrid, when it holds more than one value, makes Train choose
	// each task's penalty among them by grouped cross-validation inside
	// the training data (macro-F1 over InnerFolds folds).
	LambdaGrid []float64 `json:"lambda_grid,omitempty"`
	// Calibrate fits each task's temperature to out-of-fold probabilities
	// from the same inner cross-validation, so that confidences can be
	// read as probabilities.
	Calibrate bool `json:"calibrate"`
	// ClassWeightPower weights each example by (n / (k·n_class))^power:
	// 0 treats every example alike, 1 gives every class equal total weight.
	ClassWeightPower float64 `json:"class_weight_power"`
	// MaxIter bounds the optimiser's iterations per task.
	MaxIter int `json:"max_iter"`
	// Stages is the length of the model's chain (1: no stacking).
	Stages int `json:"stages"`
	// ClientStages is the stage whose codes clients get (from 1; 0 means
	// the last). Stacking lets a session's other turns tell a lecturing
	// practitioner's input from a reflection, but has not helped client talk.
	ClientStages int `json:"client_stages,omitempty"`
	// InnerFolds is the number of grouped folds inside the training data
	// used to choose penalties, calibrate, and produce the out-of-fold
	// codes each later stage learns from. Training data from fewer
	// recordings gets one fold per recording; a chained model needs three.
	InnerFolds int `json:"inner_folds"`
	// FoldSeed draws CrossValidate's folds: 0 is the fixed draw the figures
	// in MODEL.md use; another value shows how much they move with the
	// draw. It does not change what Train makes of the same data.
	FoldSeed uint64 `json:"-"`
}

// minInnerFolds is the fewest inner folds a chained model is trained with.
const minInnerFolds = 3

// DefaultConfig returns the settings the embedded model was trained with.
// Which value of the grid each task gets is chosen inside each training
// run, never on the data the run is scored on (see MODEL.md).
func DefaultConfig() Config {
	return Config{MinCount: 2, Lambda: 3e-3, LambdaGrid: []float64{1e-3, 3e-3, 5e-3}, Calibrate: true,
		ClassWeightPower: 0.6, MaxIter: 300, Stages: 2, ClientStages: 1, InnerFolds: 5}
}

// Train fits a model to the coded recordings of ds.
func Train(ctx context.Context, ds *Dataset, cfg Config) (*Model, error) {
	for _, role := range []ally.Role{ally.RoleClient, ally.RolePractitioner} {
		if !hasCoded(ds, role) {
			return nil, ally.Errorf(ally.EINVALID, "no coded %s utterances to train on", role)
		}
	}
	if cfg.Stages < 1 {
		cfg.Stages = 1
	}
	n := groupCount(ds)
	if cfg.Stages > 1 && n < minInnerFolds {
		return nil, ally.Errorf(ally.EINVALID, "training needs coded sessions from at least %d different recordings (sessions, or AnnoMI videos); got %d. A CSV of your own is one session unless a session column names each row's session", minInnerFolds, n)
	}
	cfg.InnerFolds = min(cfg.InnerFolds, n)
	feats := datasetFeatures(ds)
	tn, err := tune(ds, feats, cfg)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	stages, err := trainStages(ds, feats, cfg, tn, cfg.Stages)
	if err != nil {
		return nil, err
	}
	m := &Model{config: cfg, stages: stages}
	if err := m.setVersion(); err != nil {
		return nil, err
	}
	return m, nil
}

// groupCount returns the number of distinct groups (recordings) in ds.
func groupCount(ds *Dataset) int {
	seen := map[string]bool{}
	for _, s := range ds.Sessions {
		seen[s.Group] = true
	}
	return len(seen)
}

// hasCoded reports whether ds has a coded utterance of role r.
func hasCoded(ds *Dataset, r ally.Role) bool {
	for _, s := range ds.Sessions {
		for _, u := range s.Utterances {
			if u.Role == r && u.Label != "" {
				return true
			}
		}
	}
	return false
}

// trainStages trains a chain of n stages. Each later stage learns from the
// earlier stage's out-of-fold codes: codes made by a model that did not see
// the session, like those it will meet on new sessions. Every stage uses
// the penalties and temperatures tuned for the first.
func trainStages(ds *Dataset, feats [][][]feature, cfg Config, tn tuning, n int) ([]*stage, error) {
	// The client task is fitted where its codes or, for the next stage,
	// its probabilities are read.
	k := cfg.Stages - n + 1
	withClient := n > 1 || cfg.ClientStages == 0 || k <= cfg.ClientStages
	first := trainStage(ds, feats, cfg, tn, withClient)
	if n == 1 {
		return []*stage{first}, nil
	}
	folds, err := groupFolds(ds, cfg.InnerFolds)
	if err != nil {
		return nil, err
	}
	next := make([][][]feature, len(ds.Sessions))
	for f := 0; f < cfg.InnerFolds; f++ {
		sub, subFeats := outsideFold(ds, feats, folds, f)
		st := trainStage(sub, subFeats, cfg, tn, true)
		for i, s := range ds.Sessions {
			if folds[i] == f {
				turns := recordingTurns(s)
				next[i] = withContext(feats[i], turns, st.mainProbs(turns, st.vectors(feats[i])))
			}
		}
	}
	rest, err := trainStages(ds, next, cfg, tn, n-1)
	if err != nil {
		return nil, err
	}
	return append([]*stage{first}, rest...), nil
}

// trainStage fits one stage: a vocabulary from feats and a model per task,
// with the task's penalty and temperature from tn.
func trainStage(ds *Dataset, feats [][][]feature, cfg Config, tn tuning, withClient bool) *stage {
	v, sets := prepareStage(ds, feats, cfg)
	if !withClient {
		delete(sets, taskClient)
	}
	st := &stage{vocab: v, tasks: map[string]*linear{}}
	var jobs []fitJob
	for _, task := range sortedTasks(sets) {
		jobs = append(jobs, fitJob{task, sets[task], tn.lambdaOf(task, cfg)})
	}
	for i, l := range fitAll(jobs, len(v.names), cfg) {
		l.Temperature = tn.temperature[jobs[i].task]
		st.tasks[jobs[i].task] = l
	}
	return st
}

// vectors looks a session's features up in the stage's vocabulary.
func (st *stage) vectors(feats [][]feature) []sparse {
	xs := make([]sparse, len(feats))
	for i, fs := range feats {
		xs[i] = st.vocab.vector(fs)
	}
	return xs
}

// prepareStage builds a stage's vocabulary from feats and its examples,
// vectorised, by task.
func prepareStage(ds *Dataset, feats [][][]feature, cfg Config) (*vocab, map[string]*taskData) {
	var all [][]feature
	for _, s := range feats {
		all = append(all, s...)
	}
	v := buildVocab(all, cfg.MinCount)
	sets := map[string]*taskData{}
	for si, s := range ds.Sessions {
		for ui, u := range s.Utterances {
			for _, task := range tasksOf(u) {
				d := sets[task]
				if d == nil {
					d = &taskData{}
					sets[task] = d
				}
				d.x = append(d.x, v.vector(feats[si][ui]))
				d.labels = append(d.labels, labelFor(task, u))
			}
		}
	}
	return v, sets
}

// recordingTurns tokenises the utterances of s.
func recordingTurns(s Recording) []turn {
	turns := make([]turn, len(s.Utterances))
	for j, u := range s.Utterances {
		turns[j] = newTurn(u.Role, u.Text)
	}
	return turns
}

// datasetFeatures returns the first-stage features of every utterance of
// every session.
func datasetFeatures(ds *Dataset) [][][]feature {
	out := make([][][]feature, len(ds.Sessions))
	for i, s := range ds.Sessions {
		out[i] = sessionFeatures(recordingTurns(s))
	}
	return out
}

// tasksOf lists the tasks a coded example trains.
func tasksOf(u Example) []string {
	if u.Label == "" {
		return nil
	}
	tasks := []string{mainTask(u.Role)}
	if st := subTask(u.Label); st != "" && u.Role != ally.RoleClient && u.Subcode != "" {
		tasks = append(tasks, st)
	}
	return tasks
}

// labelFor returns the gold class of u for task.
func labelFor(task string, u Example) string {
	if task == taskClient || task == taskTherapist {
		return u.Label
	}
	return u.Subcode
}

// taskData is the training data of one task.
type taskData struct {
	x      []sparse
	labels []string
}

// fit trains the task's linear model with L2 penalty lambda.
func (d *taskData) fit(nFeat int, cfg Config, lambda float64) *linear {
	classes, set := d.weighted(cfg)
	l := fitLinear(classes, nFeat, set, lambda, cfg.MaxIter)
	l.Lambda = lambda
	return l
}

// weighted returns the task's classes, sorted, and its examples weighted so
// that rare classes count more (see Config.ClassWeightPower).
func (d *taskData) weighted(cfg Config) ([]string, trainSet) {
	count := map[string]int{}
	for _, l := range d.labels {
		count[l]++
	}
	classes := slices.Sorted(maps.Keys(count))
	index := indexOf(classes)
	set := trainSet{x: d.x, y: make([]int, len(d.labels)), weight: make([]float64, len(d.labels))}
	for i, l := range d.labels {
		set.y[i] = index[l]
		ratio := float64(len(d.labels)) / (float64(len(classes)) * float64(count[l]))
		set.weight[i] = math.Pow(ratio, cfg.ClassWeightPower)
	}
	return classes, set
}
