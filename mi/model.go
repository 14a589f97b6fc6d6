package mi

import (
	"github.com/ally-mi/ally"
)

// The coder's tasks: one model each.
const (
	taskClient     = "client"     // client talk: change / neutral / sustain
	taskTherapist  = "therapist"  // practitioner behaviour
	taskReflection = "reflection" // simple / complex
	taskQuestion   = "question"   // open / closed
	taskInput      = "input"      // information / advice / options / negotiation
)

// subTask names the subcode task of a practitioner behaviour code, "" when it has none.
func subTask(label string) string {
	switch label {
	case ally.CodeReflection:
		return taskReflection
	case ally.CodeQuestion:
		return taskQuestion
	case ally.CodeInput:
		return taskInput
	}
	return ""
}

// mainTask names the task that codes an utterance of role r.
func mainTask(r ally.Role) string {
	if r == ally.RoleClient {
		return taskClient
	}
	return taskTherapist
}

// Model codes utterances. It implements ally.Coder. A Model is read-only
// once trained or loaded, so one may serve many goroutines.
//
// A model is a chain of stages. The first codes each utterance from its own
// words and its neighbours' words; each later stage also sees what the stage
// before it made of the neighbouring utterances and of the whole session, so
// the coding of one turn can lean on how the conversation around it went.
type Model struct {
	config Config
	stages []*stage
	// version identifies the model by the bytes of its file.
	version string
}

// Version identifies the model: "sha256:" and the first twelve hex digits of
// the SHA-256 of its file. Two models that code differently have different
// versions, so an analysis records the version that coded it and can be
// redone when the model changes.
func (m *Model) Version() string { return m.version }

// stage is one link of the chain: a vocabulary and a linear model per task.
type stage struct {
	vocab *vocab
	tasks map[string]*linear
}

// taskProbs writes the probabilities of task's classes for x into p.
func (st *stage) taskProbs(task string, x sparse, p []float64) {
	st.tasks[task].probs(x, p)
}

// CodeTranscript codes every utterance of t in place.
//
// It gives the codes chain gives, bit for bit, but holds the features of
// three turns at a time rather than of the whole session: features cost
// hundreds of bytes per word, which for a long transcript ran to gigabytes.
// Each stage makes its pass over the session, working the features out
// afresh, and keeps of it only its probabilities, which the next stage reads.
//
// A practitioner turn framed by an affirmation, the announcement of a
// summary or a closing check (styleCore) is also read without its frame, in
// the same place of the same session, and takes the code of what is left
// when that is a reflection (takesCore).
func (m *Model) CodeTranscript(t *ally.Transcript) {
	us := t.Utterances
	cores := styleCores(len(us), func(i int) (ally.Role, string) { return us[i].Role, us[i].Text })
	n := len(us)
	roles := make([]ally.Role, n)
	for i, u := range us {
		roles[i] = u.Role
	}
	var (
		contexts []*sessionContext // of the stages so far, in order
		fs       []feature
	)
	for k, st := range m.stages {
		var probs []classProbs
		if k < len(m.stages)-1 {
			probs = make([]classProbs, n)
		}
		w := turnWindow{us: us}
		for i := range n {
			prev, cur, next := w.at(i)
			fs = turnFeatures(fs[:0], cur, prev, next, i, n)
			for _, c := range contexts {
				fs = c.appendTo(fs, i)
			}
			x := st.vocab.vector(fs)
			if probs != nil {
				probs[i] = st.turnProbs(roles[i], x)
			}
			if m.stageFor(roles[i]) != k {
				continue
			}
			us[i].Code = st.code(roles[i], x)
			if core, ok := cores[i]; ok {
				var bare sparse
				bare, fs = st.coreVector(fs, core, roles[i], prev, next, i, n, contexts)
				if c := st.code(roles[i], bare); takesCore(us[i].Code.Label, c.Label) {
					us[i].Code = c
				}
			}
		}
		if probs != nil {
			contexts = append(contexts, newSessionContext(roles, probs))
		}
	}
}

// coreVector returns the feature vector of turn i of n, said in role, read
// as its core alone: the turn's neighbours and what the earlier stages
// (contexts) made of the session stay those of the whole turn. fs is
// scratch space, returned for reuse.
func (st *stage) coreVector(fs []feature, core string, role ally.Role, prev, next *turn, i, n int, contexts []*sessionContext) (sparse, []feature) {
	fs = turnFeatures(fs[:0], newTurn(role, core), prev, next, i, n)
	for _, c := range contexts {
		fs = c.appendTo(fs, i)
	}
	return st.vocab.vector(fs), fs
}

// takesCore reports whether a framed turn coded whole as whole takes the
// code of its core, coded core: when the core is a reflection and the
// whole turn was not read as one.
func takesCore(whole, core string) bool {
	return core == ally.CodeReflection && whole != ally.CodeReflection
}

// turnWindow tokenises the utterances of a session as a pass reaches them,
// holding the turn before, the turn and the turn after.
type turnWindow struct {
	us    []ally.Utterance
	turns [3]turn // turn i sits at i%3
	next  int     // the first turn not yet tokenised
}

// at returns turn i and its neighbours (nil at the ends of the session);
// i must go up one at a time from 0.
func (w *turnWindow) at(i int) (prev *turn, cur turn, next *turn) {
	for w.next <= i+1 && w.next < len(w.us) {
		u := w.us[w.next]
		w.turns[w.next%3] = newTurn(u.Role, u.Text)
		w.next++
	}
	if i > 0 {
		prev = &w.turns[(i-1)%3]
	}
	if i+1 < len(w.us) {
		next = &w.turns[(i+1)%3]
	}
	return prev, w.turns[i%3], next
}

// stageFor returns the index of the stage that codes utterances of role r:
// the last for the practitioner, stage ClientStages for clients.
func (m *Model) stageFor(r ally.Role) int {
	last := len(m.stages) - 1
	if r == ally.RoleClient && m.config.ClientStages > 0 {
		return min(m.config.ClientStages-1, last)
	}
	return last
}

// chain runs the stages over a session and returns, for each stage, the
// feature vectors it reads: the first stage's from feats, each later
// stage's with what the stage before made of the session added.
func (m *Model) chain(turns []turn, feats [][]feature) [][]sparse {
	out := make([][]sparse, len(m.stages))
	for k, st := range m.stages {
		if k > 0 {
			feats = withContext(feats, turns, m.stages[k-1].mainProbs(turns, out[k-1]))
		}
		out[k] = st.vectors(feats)
	}
	return out
}

// mainProbs returns, for every turn, the probabilities of its role's codes.
func (st *stage) mainProbs(turns []turn, xs []sparse) []classProbs {
	out := make([]classProbs, len(turns))
	for i, x := range xs {
		out[i] = st.turnProbs(turns[i].role, x)
	}
	return out
}

// turnProbs returns the probabilities of the codes of a turn said in role,
// with features x.
func (st *stage) turnProbs(role ally.Role, x sparse) classProbs {
	task := mainTask(role)
	l := st.tasks[task]
	p := make([]float64, len(l.Classes))
	st.taskProbs(task, x, p)
	return classProbs{classes: l.Classes, p: p}
}

// code returns the code of one utterance with role role and features x.
func (st *stage) code(role ally.Role, x sparse) ally.Code {
	label, conf := st.predict(mainTask(role), x)
	c := ally.Code{Label: label, Confidence: conf}
	if sub := subTask(label); sub != "" && st.tasks[sub] != nil {
		c.Subcode, c.SubConfidence = st.predict(sub, x)
	}
	return c
}

// predict returns the most probable class of task for x and its
// probability, calibrated by the task's temperature.
func (st *stage) predict(task string, x sparse) (string, float64) {
	l := st.tasks[task]
	p := make([]float64, len(l.Classes))
	st.taskProbs(task, x, p)
	best := argmax(p)
	return l.Classes[best], p[best]
}
