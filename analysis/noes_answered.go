package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
)

// answered is what a client utterance answers: the last practitioner
// utterance before it.
type answered struct {
	// proposes: a proposal, a request, options, advice or pressure, which
	// a refusal of "that" or of its own words answers.
	proposes bool
	// offer: a proposal, any input or pressure, which a bare "no" can
	// disagree with; of a question, only a proposal, a question that
	// confronts or persuades ("Don't you think you should quit?") unless
	// it asks what happened, or pressure ending in a tag ("You don't want that to happen, do you?").
	offer bool
	// agrees: its last sentence is negative ("Do you mind if...?", "It's
	// not a priority for you.") and it does not confront or persuade, so a
	// bare "no" agrees with it.
	agrees bool
	// invites: a question inviting a "no" about something ("Anything you'd
	// rather not do?"), which anything named answers.
	invites bool
	// pressed: confrontation, persuasion or unasked advice that does not
	// hand the decision back ("It's totally your call").
	pressed bool
	// asks: it ends in a question that proposes nothing ("How are you
	// feeling?"), which an "okay" answers.
	asks  bool
	stems map[string]bool
}

// answers returns what client utterance i answers.
func (s *session) answers(i int) answered {
	var a answered
	p := -1
	for j := i - 1; j >= 0; j-- {
		if s.us[j].Role == ally.RolePractitioner {
			p = j
			break
		}
	}
	if p < 0 {
		return a
	}
	f := flat(s.us[p].Text)
	last := f // the last sentence of three words or more, else the whole
	parts := strings.Split(f, "|")
	for k := len(parts) - 1; k >= 0; k-- {
		if len(strings.Fields(parts[k])) >= 3 {
			last = " " + strings.TrimSpace(parts[k]) + " "
			break
		}
	}
	text := s.us[p].Text
	q := strings.LastIndex(text, "?")
	question := s.is(p, ally.CodeQuestion, "") || q >= 0 && len(words(text[q:])) < 3
	_, proposal := containsAny(last, proposalPhrases)
	if ws := strings.Fields(last); len(ws) > 0 && questionWords[ws[0]] {
		_, proposal = containsAny(last, whProposals)
	}
	_, neg := containsAny(last, negativeCues)
	_, pos := containsAny(last, proposingNegatives)
	_, inv := containsAny(last, invitations)
	_, obj := containsAny(last, invitationObjects)
	// Unasked input counts as pressure unless it is known to be information
	// or hands the decision back; only plain confrontation or persuasion
	// makes a "no" to a negative statement ("You can't go on like this.")
	// disagree.
	pushes := s.beh[p].Confront || s.persuades(p)
	a.pressed = pushes || s.inputUnasked(p) && !s.handsBack(p) && s.us[p].Code.Subcode != ally.SubInformation
	a.agrees = neg && !pos && !pushes
	a.invites = question && inv && obj
	advice := s.is(p, ally.CodeInput, ally.SubAdvice) || s.is(p, ally.CodeInput, ally.SubOptions) || s.is(p, ally.CodeInput, ally.SubNegotiation)
	a.proposes = proposal || s.beh[p].AskPermission || s.beh[p].Options || a.pressed || advice
	if question { // a "no" answers the question: "Have you ever done that?"
		history := hasPrefixAny(last, historyQuestions)
		a.offer = proposal || s.beh[p].AskPermission || s.beh[p].Options || pushes && !history || a.pressed && endsWithAny(last, tagQuestions)
	} else {
		a.offer = a.proposes || s.reactive(p) || s.is(p, ally.CodeInput, "")
	}
	a.asks = question && !a.offer
	a.stems = map[string]bool{}
	for _, st := range s.stems[p] {
		a.stems[st] = true
	}
	return a
}

// historyQuestions ask what happened, which a "no" answers however hard
// the question pushes: "Have you ever had a blackout, when you don't
// remember?"
var historyQuestions = []string{"have you ever ", "have you been ", "have you had ", "have you done ", "has ",
	"had you ", "did you ", "did it ", "were you ", "was it ", "was that ", "were they "}

// tagQuestions end a statement turned into a question.
var tagQuestions = []string{" do you", " don't you", " right", " okay", " ok", " all right", " alright", " isn't it",
	" won't you", " will you", " can you", " aren't you", " is it", " yeah"}

// endsWithAny reports whether the flat sentence s ends with one of ps.
func endsWithAny(s string, ps []string) bool {
	s = " " + strings.TrimSpace(s)
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// echoes reports whether ws repeat a content word of what was answered.
func (a answered) echoes(ws []string) bool {
	for _, w := range ws {
		if len(w) >= 4 && !strings.Contains(w, "'") && !commonWords[w] && !noGeneric[stem(w)] && a.stems[stem(w)] {
			return true
		}
	}
	return false
}
