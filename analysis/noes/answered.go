package noes

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
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

// Prompt is the practitioner utterance a client answers, with what the
// session made of it: how it was coded and what the behaviour rules found.
type Prompt struct {
	// Text is what the practitioner said.
	Text string
	// Question: coded a question.
	Question bool
	// AsksPermission and OffersOptions: the behaviour rules found the
	// practitioner asking permission or offering options.
	AsksPermission, OffersOptions bool
	// Pushes: it confronts, or persuades without permission.
	Pushes bool
	// Pressed: it pushes, or is unasked input that neither hands the
	// decision back nor only informs.
	Pressed bool
	// Advice: coded input that is advice, options or negotiation.
	Advice bool
	// Input: coded input of any kind.
	Input bool
	// Reactive: it counts as the righting reflex.
	Reactive bool
}

// read returns what a client utterance answering p answers: nothing when
// p is nil.
func (p *Prompt) read() answered {
	var a answered
	if p == nil {
		return a
	}
	f := lex.Flat(p.Text)
	last := f // the last sentence of three words or more, else the whole
	parts := strings.Split(f, "|")
	for k := len(parts) - 1; k >= 0; k-- {
		if len(strings.Fields(parts[k])) >= 3 {
			last = " " + strings.TrimSpace(parts[k]) + " "
			break
		}
	}
	text := p.Text
	q := strings.LastIndex(text, "?")
	question := p.Question || q >= 0 && len(lex.Words(text[q:])) < 3
	_, proposal := lex.ContainsAny(last, proposalPhrases)
	if ws := strings.Fields(last); len(ws) > 0 && questionWords[ws[0]] {
		_, proposal = lex.ContainsAny(last, whProposals)
	}
	_, neg := lex.ContainsAny(last, negativeCues)
	_, pos := lex.ContainsAny(last, proposingNegatives)
	_, inv := lex.ContainsAny(last, invitations)
	_, obj := lex.ContainsAny(last, invitationObjects)
	// Unasked input counts as pressure unless it is known to be information
	// or hands the decision back (the caller's Pressed); only plain
	// confrontation or persuasion makes a "no" to a negative statement
	// ("You can't go on like this.") disagree.
	a.pressed = p.Pressed
	a.agrees = neg && !pos && !p.Pushes
	a.invites = question && inv && obj
	a.proposes = proposal || p.AsksPermission || p.OffersOptions || a.pressed || p.Advice
	if question { // a "no" answers the question: "Have you ever done that?"
		history := lex.HasPrefixAny(last, historyQuestions)
		a.offer = proposal || p.AsksPermission || p.OffersOptions || p.Pushes && !history || a.pressed && endsWithAny(last, tagQuestions)
	} else {
		a.offer = a.proposes || p.Reactive || p.Input
	}
	a.asks = question && !a.offer
	a.stems = map[string]bool{}
	for _, st := range lex.Stems(text, false) {
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
		if len(w) >= 4 && !strings.Contains(w, "'") && !lex.IsCommon(w) && !noGeneric[lex.Stem(w)] && a.stems[lex.Stem(w)] {
			return true
		}
	}
	return false
}
