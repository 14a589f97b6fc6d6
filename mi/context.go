package mi

import "github.com/ally-mi/ally"

// classProbs is a probability for each of a task's classes.
type classProbs struct {
	classes []string
	p       []float64
}

// withContext returns feats with, for each turn, what an earlier stage made
// of the turns around it: the codes it gave the two turns before and after,
// the last turn of the same role, and the session's mean over each role.
func withContext(feats [][]feature, turns []turn, probs []classProbs) [][]feature {
	roles := make([]ally.Role, len(turns))
	for i, t := range turns {
		roles[i] = t.role
	}
	c := newSessionContext(roles, probs)
	out := make([][]feature, len(feats))
	for i, fs := range feats {
		out[i] = c.appendTo(append([]feature(nil), fs...), i)
	}
	return out
}

// sessionContext is what an earlier stage made of a session, ready to be
// added to the features of any one of its turns.
type sessionContext struct {
	roles       []ally.Role
	probs       []classProbs
	sessionMean map[string][]float64 // by role's task
	classesOf   map[string][]string
	count       map[string]int
}

// newSessionContext sums up probs, the earlier stage's probabilities for
// turns said in roles.
func newSessionContext(roles []ally.Role, probs []classProbs) *sessionContext {
	c := &sessionContext{roles: roles, probs: probs,
		sessionMean: map[string][]float64{}, classesOf: map[string][]string{}, count: map[string]int{}}
	for i, cp := range probs {
		task := mainTask(roles[i])
		if c.sessionMean[task] == nil {
			c.sessionMean[task] = make([]float64, len(cp.p))
			c.classesOf[task] = cp.classes
		}
		for k, p := range cp.p {
			c.sessionMean[task][k] += p
		}
		c.count[task]++
	}
	return c
}

// appendTo appends the context features of turn i to ext.
func (c *sessionContext) appendTo(ext []feature, i int) []feature {
	probs, roles := c.probs, c.roles
	add := func(rel string, cp classProbs) {
		for k, p := range cp.p {
			ext = append(ext, feature{"c|" + rel + "|" + cp.classes[k], float32(p)})
		}
	}
	for _, n := range []struct {
		rel string
		off int
	}{{"p1", -1}, {"p2", -2}, {"n1", 1}, {"n2", 2}} {
		if j := i + n.off; j >= 0 && j < len(roles) {
			add(n.rel, probs[j])
		}
	}
	for j := i - 1; j >= 0; j-- {
		if roles[j] == roles[i] {
			add("same", probs[j])
			break
		}
	}
	// The session's mean, leaving the turn itself out so a turn's own
	// earlier guess does not echo back as evidence.
	for _, task := range []string{taskClient, taskTherapist} {
		sum := c.sessionMean[task]
		if sum == nil {
			continue
		}
		cp := probs[i]
		n := c.count[task]
		own := mainTask(roles[i]) == task
		if own {
			n--
		}
		if n == 0 {
			continue
		}
		classes := c.classesOf[task]
		mean := make([]float64, len(sum))
		for k := range sum {
			v := sum[k]
			if own {
				v -= cp.p[k]
			}
			mean[k] = v / float64(n)
		}
		add("s"+task, classProbs{classes: classes, p: mean})
	}
	return ext
}
