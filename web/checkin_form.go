package web

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/measure"
)

// checkInForm is the public check-in page's form: what the client typed,
// kept as typed, so that a refused form comes back with every answer.
type checkInForm struct {
	DidNotFit  string
	Importance rulerView
	Confidence rulerView
	PHQ9, GAD7 *questionnaireView
	Worksheet  *worksheetFormView
	Copyright  string
	// Missing counts the questionnaire items left unanswered.
	Missing int
	// Error is why the store refused the answers, such as a text too long.
	Error string
}

// rulerView is one 0–10 ruler with its two questions.
type rulerView struct {
	Name, Legend string
	Choices      []choice
	WhyNotLower  string
	OneUp        string
}

// choice is one radio button or check box.
type choice struct {
	Value   string
	Label   string
	Checked bool
}

// questionnaireView is PHQ-9 or GAD-7 as the form shows it.
type questionnaireView struct {
	Key, Name, Stem string
	// Skip is the client's choice to leave the questionnaire out.
	Skip           bool
	Items          []itemView
	Difficulty     string
	DifficultyName string
	DifficultyOpts []choice
}

// itemView is one item with its four answers.
type itemView struct {
	Name, Text string
	Number     int
	Choices    []choice
	Missing    bool
}

// worksheetFormView is "what does it give you?" as the form shows it.
type worksheetFormView struct {
	Behaviour, GivesWords, Costs, WouldHaveToBeTrue string
	Needs                                           []choice
}

// newCheckInForm returns the form of inv filled in from form, which is
// empty on first view.
func newCheckInForm(inv *ally.CheckInInvite, form url.Values) *checkInForm {
	f := &checkInForm{
		DidNotFit:  form.Get("did_not_fit"),
		Importance: newRuler("importance", "How important is it to you to make this change?", form),
		Confidence: newRuler("confidence", "How confident are you that you could make this change?", form),
		Copyright:  measure.Copyright,
	}
	if inv.PHQ9 {
		f.PHQ9 = newQuestionnaireView("phq9", measure.PHQ9(), form)
	}
	if inv.GAD7 {
		f.GAD7 = newQuestionnaireView("gad7", measure.GAD7(), form)
	}
	if inv.Worksheet {
		w := &worksheetFormView{Behaviour: form.Get("ws_behaviour"), GivesWords: form.Get("ws_gives_words"),
			Costs: form.Get("ws_costs"), WouldHaveToBeTrue: form.Get("ws_true")}
		picked := map[string]bool{}
		for _, id := range form["ws_gives"] {
			picked[id] = true
		}
		for _, n := range needs.Taxonomy() {
			w.Needs = append(w.Needs, choice{Value: n.ID, Label: n.Name, Checked: picked[n.ID]})
		}
		f.Worksheet = w
	}
	return f
}

func newRuler(name, legend string, form url.Values) rulerView {
	r := rulerView{Name: name, Legend: legend, WhyNotLower: form.Get(name + "_why"), OneUp: form.Get(name + "_up")}
	for i := 0; i <= 10; i++ {
		v := strconv.Itoa(i)
		r.Choices = append(r.Choices, choice{Value: v, Label: v, Checked: form.Get(name) == v})
	}
	return r
}

func newQuestionnaireView(key string, q measure.Questionnaire, form url.Values) *questionnaireView {
	v := &questionnaireView{Key: key, Name: q.Name, Stem: q.Stem, Difficulty: q.Difficulty, DifficultyName: key + "_difficulty",
		Skip: form.Get(key+"_skip") == "yes"}
	for i, text := range q.Items {
		name := key + "_" + strconv.Itoa(i+1)
		it := itemView{Name: name, Text: text, Number: i + 1}
		for a, label := range measure.Options {
			it.Choices = append(it.Choices, choice{Value: strconv.Itoa(a), Label: label, Checked: form.Get(name) == strconv.Itoa(a)})
		}
		v.Items = append(v.Items, it)
	}
	for a, label := range measure.DifficultyOptions {
		v.DifficultyOpts = append(v.DifficultyOpts, choice{Value: strconv.Itoa(a), Label: label,
			Checked: form.Get(v.DifficultyName) == strconv.Itoa(a)})
	}
	return v
}

// answers returns the form's answers; every questionnaire item left open
// is marked Missing and counted, and then the answers are not to be kept.
func (f *checkInForm) answers(form url.Values) *ally.CheckInAnswers {
	a := &ally.CheckInAnswers{
		DidNotFit:      strings.TrimSpace(f.DidNotFit),
		Importance:     readRuler(f.Importance, form),
		Confidence:     readRuler(f.Confidence, form),
		PHQ9Difficulty: -1,
		GAD7Difficulty: -1,
	}
	if f.PHQ9 != nil {
		a.PHQ9, a.PHQ9Difficulty = f.questionnaireAnswers(f.PHQ9, form)
	}
	if f.GAD7 != nil {
		a.GAD7, a.GAD7Difficulty = f.questionnaireAnswers(f.GAD7, form)
	}
	if w := f.Worksheet; w != nil {
		ws := &ally.Worksheet{Behaviour: strings.TrimSpace(w.Behaviour), GivesWords: strings.TrimSpace(w.GivesWords),
			Costs: strings.TrimSpace(w.Costs), WouldHaveToBeTrue: strings.TrimSpace(w.WouldHaveToBeTrue), By: ally.ByClient}
		for _, n := range w.Needs {
			if n.Checked {
				ws.Gives = append(ws.Gives, n.Value)
			}
		}
		if ws.Behaviour != "" || ws.GivesWords != "" || ws.Costs != "" || ws.WouldHaveToBeTrue != "" || len(ws.Gives) > 0 {
			a.Worksheet = ws
		}
	}
	return a
}

// readRuler reads one ruler; a value off the ruler counts as none.
func readRuler(r rulerView, form url.Values) ally.Ruler {
	out := ally.Ruler{WhyNotLower: strings.TrimSpace(r.WhyNotLower), OneUp: strings.TrimSpace(r.OneUp)}
	if n, err := strconv.Atoi(form.Get(r.Name)); err == nil && n >= 0 && n <= 10 {
		out.Value = &n
	}
	return out
}

// questionnaireAnswers reads q's items, marking those left open. A
// questionnaire left out whole is not answered (nil): the client may say
// no to it; one begun is asked to be finished.
func (f *checkInForm) questionnaireAnswers(q *questionnaireView, form url.Values) ([]int, int) {
	begun := false
	for _, it := range q.Items {
		begun = begun || form.Get(it.Name) != ""
	}
	if !begun || form.Get(q.Key+"_skip") == "yes" {
		return nil, -1
	}
	out := make([]int, len(q.Items))
	for i := range q.Items {
		it := &q.Items[i]
		n, err := strconv.Atoi(form.Get(it.Name))
		if err != nil || n < 0 || n >= len(measure.Options) {
			it.Missing = true
			f.Missing++
			continue
		}
		out[i] = n
	}
	difficulty := -1
	if n, err := strconv.Atoi(form.Get(q.DifficultyName)); err == nil && n >= 0 && n < len(measure.DifficultyOptions) {
		difficulty = n
	}
	return out, difficulty
}
