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
func (m *Model) CodeTranscript(t *ally.Transcript) {
	turns := make([]turn, len(t.Utterances))
	for i, u := range t.Utterances {
		turns[i] = newTurn(u.Role, u.Text)
	}
	xs := m.chain(turns, sessionFeatures(turns))
	for i, turn := range turns {
		k := m.stageFor(turn.role)
		t.Utterances[i].Code = m.stages[k].code(turn.role, xs[k][i])
	}
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
		task := mainTask(turns[i].role)
		l := st.tasks[task]
		p := make([]float64, len(l.Classes))
		st.taskProbs(task, x, p)
		out[i] = classProbs{classes: l.Classes, p: p}
	}
	return out
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
