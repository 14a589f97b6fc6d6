package mi

// classProbs is a probability for each of a task's classes.
type classProbs struct {
	classes []string
	p       []float64
}

// withContext returns feats with, for each turn, what an earlier stage made
// of the turns around it: the codes it gave the two turns before and after,
// the last turn of the same role, and the session's mean over each role.
func withContext(feats [][]feature, turns []turn, probs []classProbs) [][]feature {
	sessionMean := map[string][]float64{} // by role's task
	classesOf := map[string][]string{}
	count := map[string]int{}
	for i, cp := range probs {
		task := mainTask(turns[i].role)
		if sessionMean[task] == nil {
			sessionMean[task] = make([]float64, len(cp.p))
			classesOf[task] = cp.classes
		}
		for c, p := range cp.p {
			sessionMean[task][c] += p
		}
		count[task]++
	}
	out := make([][]feature, len(feats))
	for i, fs := range feats {
		ext := append([]feature(nil), fs...)
		add := func(rel string, cp classProbs) {
			for c, p := range cp.p {
				ext = append(ext, feature{"c|" + rel + "|" + cp.classes[c], float32(p)})
			}
		}
		for _, n := range []struct {
			rel string
			off int
		}{{"p1", -1}, {"p2", -2}, {"n1", 1}, {"n2", 2}} {
			if j := i + n.off; j >= 0 && j < len(turns) {
				add(n.rel, probs[j])
			}
		}
		for j := i - 1; j >= 0; j-- {
			if turns[j].role == turns[i].role {
				add("same", probs[j])
				break
			}
		}
		// The session's mean, leaving the turn itself out so a turn's own
		// earlier guess does not echo back as evidence.
		for _, task := range []string{taskClient, taskTherapist} {
			sum := sessionMean[task]
			if sum == nil {
				continue
			}
			cp := probs[i]
			n := count[task]
			own := mainTask(turns[i].role) == task
			if own {
				n--
			}
			if n == 0 {
				continue
			}
			classes := classesOf[task]
			mean := make([]float64, len(sum))
			for c := range sum {
				v := sum[c]
				if own {
					v -= cp.p[c]
				}
				mean[c] = v / float64(n)
			}
			add("s"+task, classProbs{classes: classes, p: mean})
		}
		out[i] = ext
	}
	return out
}
