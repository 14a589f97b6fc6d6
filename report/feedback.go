package report

import (
	"sort"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/quote"
)

// point is one strength or goal of the feedback that opens a report, as a
// supervisor would give it: what, where in the session, and an example in
// the session's own words.
type point struct {
	Text string
	// Index is the utterance the point rests on, -1 if none; Moment is the
	// number of the moment it comes from, 0 if none.
	Index, Moment int
	Time, Speaker string
	Quote         string
	// Response is what the professional said there, "" if nothing.
	Response string
	// Example is a worked example: what to say, or what was said well.
	Example string
}

// At most this many strengths and goals open a report.
const maxStrengths, maxGoals = 3, 2

// minFeedbackCases is how many cases an indicator needs before it is named
// a strength or a goal on its own: fewer say too little about a session.
const minFeedbackCases = 5

// feedback picks the strengths and goals of a session: moments first, as
// they carry the client's words, then the weightiest indicators judged on
// enough cases.
func feedback(t *ally.Transcript, a *ally.Analysis) (strengths, goals []point) {
	used := map[string]bool{}
	kinds := map[string]bool{}
	seen := map[int]bool{} // utterances already quoted, so no example is given twice
	for i, m := range a.Moments {
		if kinds[m.Kind] || m.Uncertain {
			continue // one point per kind, and only what is sure: the feedback names a habit
		}
		kinds[m.Kind] = true
		p := momentPoint(t, i+1, m)
		seen[m.Index] = true
		if momentWentWell(m.Kind) {
			if len(strengths) < maxStrengths-1 {
				strengths = append(strengths, p)
				used[family(momentIndicator(m.Kind))] = true
			}
		} else if len(goals) < maxGoals {
			goals = append(goals, p)
			used[family(momentIndicator(m.Kind))] = true
		}
	}
	inds := weightiest(a)
	for _, ind := range inds {
		if used[family(ind.ID)] || ind.N < minFeedbackCases {
			continue
		}
		switch {
		case ind.Status == ally.StatusGood && strengthText[ind.ID] != "" && len(strengths) < maxStrengths:
			strengths = append(strengths, indicatorPoint(t, ind, strengthText[ind.ID], true, seen))
			used[family(ind.ID)] = true
		case ind.Status == ally.StatusNeedsWork && goalText[ind.ID] != "" && len(goals) < maxGoals:
			goals = append(goals, indicatorPoint(t, ind, goalText[ind.ID], false, seen))
			used[family(ind.ID)] = true
		}
	}
	return strengths, goals
}

// weightiest returns the applicable indicators, heaviest first.
func weightiest(a *ally.Analysis) []ally.Indicator {
	var out []ally.Indicator
	for _, g := range a.Guidelines {
		for _, ind := range g.Indicators {
			if ind.Value != nil && ind.Weight > 0 {
				out = append(out, ind)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	return out
}

// family groups indicators that name the same habit, so the feedback
// names it once.
func family(id string) string {
	switch id {
	case "reflection_to_question", "reflective_listening", "question_strings":
		return "reflecting"
	case "reflected_sustain", "sides_taken", "sustain_explored":
		return "sustain"
	case "righting_reflex", "advice_without_permission", "persuasion", "confrontation":
		return "pushing"
	}
	return id
}

// momentIndicator is the indicator a moment of the kind speaks to, so the
// feedback does not say the same thing twice.
func momentIndicator(kind string) string {
	switch kind {
	case ally.MomentSideTaken:
		return "sides_taken"
	case ally.MomentNoBadly, ally.MomentNoWell:
		return "noes_received_well"
	case ally.MomentNeedUnexplored:
		return "sustain_explored"
	case ally.MomentResistanceHeard:
		return "reflected_sustain"
	}
	return ""
}

// momentText says what a moment shows, as a strength or a goal.
func momentText(kind string) string {
	switch kind {
	case ally.MomentSideTaken:
		return "When the client spoke for keeping things as they are, reflect that side before offering anything."
	case ally.MomentNoBadly:
		return "When the client says no, receive it before going on."
	case ally.MomentTenderReactive:
		return "Where one of your tender subjects comes up, slow down and reflect first."
	case ally.MomentNeedUnexplored:
		return "Explore what the client’s way of doing things gives them."
	case ally.MomentNoWell:
		return "You received the client’s “no” well."
	case ally.MomentResistanceHeard:
		return "You reflected the client’s reasons for keeping things as they are."
	}
	return momentTitle(kind)
}

func momentPoint(t *ally.Transcript, n int, m ally.Moment) point {
	p := point{Text: momentText(m.Kind), Index: m.Index, Moment: n, Speaker: m.Speaker, Quote: m.Quote,
		Response: m.ResponseQuote, Example: m.Try}
	if m.Start != nil {
		p.Time = clock(*m.Start)
	}
	return p
}

// indicatorPoint builds a point on an indicator with an example from the
// session: where the professional did it (a strength), or where they could
// have (a goal), with the client's words and the answer.
func indicatorPoint(t *ally.Transcript, ind ally.Indicator, text string, good bool, seen map[int]bool) point {
	p := point{Text: text, Index: -1}
	i := -1
	switch ind.ID {
	case "reflected_sustain", "sides_taken", "sustain_explored", "needs_named":
		i = answeredWith(t, ally.CodeSustain, ally.CodeReflection, good, seen)
	case "reflected_change":
		i = answeredWith(t, ally.CodeChange, ally.CodeReflection, good, seen)
	case "reflection_to_question", "reflective_listening":
		i = answeredWith(t, "", ally.CodeReflection, good, seen)
	}
	if i < 0 {
		// The indicator's own evidence: what was done, good or not.
		for _, e := range inRange(ind.Evidence, len(t.Utterances)) {
			if !seen[e] && (good || pushes(ind.ID)) {
				i = e
				break
			}
		}
	}
	if i < 0 {
		return p
	}
	seen[i] = true
	u := t.Utterances[i]
	p.Index, p.Speaker, p.Quote = u.Index, u.Speaker, cutWords(u.Text, 30)
	if u.Start != nil {
		p.Time = clock(*u.Start)
	}
	if u.Role == ally.RoleClient {
		if r := nextPractitioner(t, i); r >= 0 {
			p.Response = cutWords(t.Utterances[r].Text, 30)
		}
		if !good {
			if l := sayBack(u); !l.Empty() {
				p.Example = "“" + l.Sentence() + "”"
			}
		}
	}
	return p
}

// sayBack is the reflection a goal's example offers for client utterance
// u: its change talk or its resistance handed back in the second person,
// or the client's words quoted when no rewrite reads well; empty when no
// sentence of it is worth saying back, so the goal gives no example
// rather than a fragment.
func sayBack(u ally.Utterance) quote.Line {
	switch u.Code.Label {
	case ally.CodeChange:
		return quote.Change(u.Text)
	case ally.CodeSustain:
		return quote.Resistant(u.Text, "", nil)
	}
	return quote.Words(u.Text, "")
}

// pushes reports whether an indicator's evidence is what the professional
// should do less of, so it can stand as the example of a goal.
func pushes(id string) bool {
	switch id {
	case "righting_reflex", "advice_without_permission", "persuasion", "confrontation", "question_strings":
		return true
	}
	return false
}

// answeredWith returns the first client utterance coded label ("" for
// change or sustain talk) whose next practitioner utterance is coded
// answer (with is true) or a question (with is false), -1 if none.
func answeredWith(t *ally.Transcript, label, answer string, with bool, seen map[int]bool) int {
	for i, u := range t.Utterances {
		if u.Role != ally.RoleClient || seen[i] {
			continue
		}
		if label == "" && u.Code.Label != ally.CodeChange && u.Code.Label != ally.CodeSustain || label != "" && u.Code.Label != label {
			continue
		}
		r := nextPractitioner(t, i)
		if r < 0 || len(strings.Fields(longestSentence(u.Text))) < 5 {
			continue
		}
		got := t.Utterances[r].Code.Label
		if with && got == answer || !with && got == ally.CodeQuestion {
			return i
		}
	}
	return -1
}

// nextPractitioner returns the index of the first practitioner utterance
// after i, -1 if none.
func nextPractitioner(t *ally.Transcript, i int) int {
	for j := i + 1; j < len(t.Utterances); j++ {
		if t.Utterances[j].Role == ally.RolePractitioner {
			return j
		}
	}
	return -1
}

// longestSentence is the longest sentence of s, its closing mark left out.
func longestSentence(s string) string {
	best := ""
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
		if f = strings.TrimSpace(f); len(f) > len(best) {
			best = f
		}
	}
	return best
}

// cutWords keeps the first n words of s, marking a cut with "…".
func cutWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}
