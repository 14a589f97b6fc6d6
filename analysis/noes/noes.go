// Package noes finds the client's "no"s, overt ("I'm not quitting", "No
// thanks") and covert (a "yes, but", a quick "okay" under pressure, a
// change of subject), in a client utterance read against the practitioner
// utterance it answers. It reads words only; how the practitioner's
// utterance was coded and whether it pushed are the caller's to say (see
// Prompt).
package noes

import (
	"slices"
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// A client "no" answers something: a suggestion, a plan, pressure, a
// request to talk. What tells a refusal from negated change talk is what is
// refused. "I'm not quitting", "I'd prefer not to talk about him" and "I
// don't want to" turn down the change, the conversation or the proposal;
// "I don't want to end up like my father" and "I'm not going to drink
// tonight" turn down the problem, and are change talk. So a refusal frame
// ("I don't want to", "I won't", "I'm not ...ing") is a "no" when what
// follows it is nothing, an act of changing or of talking, taking or going
// to the treatment ("I won't take the tablets anymore", "I'm not going to
// those AA meetings"), or (answering a proposal) a pronoun for it or its own
// words; never when it is being, becoming or suffering something, or the
// problem behaviour, "again" or "anymore" or not.

// The kinds of "no".
const (
	Overt  = "overt"  // a refusal in so many words
	Covert = "covert" // a "yes, but", a discount, a quick yes under pressure, a change of subject
)

// No is a client "no": its kind (Overt or Covert) and its cue, the words
// that make it one ("i'm not quitting", "yeah but", "anyway").
type No struct {
	Kind, Cue string
}

// Find returns the "no" in client utterance text, if there is one. change
// reports whether the utterance is coded change talk, and p is the
// practitioner utterance it answers, nil when none came before it.
func Find(text string, change bool, p *Prompt) (No, bool) {
	a := p.read()
	if c := overtNo(noForm(text), change, a); c != "" {
		return No{Overt, c}, true
	}
	if c := covertNo(text, change, a); c != "" {
		return No{Covert, c}, true
	}
	return No{}, false
}

// QuickYes reports whether cue is a quick "sure" or "okay" given under
// pressure, a covert "no" that calls for checking the yes.
func QuickYes(cue string) bool { return slices.Contains(quickYes, cue) }

// SubjectChange reports whether cue opens a change of subject, a covert
// "no" that calls for offering to go back.
func SubjectChange(cue string) bool { return slices.Contains(subjectChanges, cue) }

// overtNo returns the cue of an overt "no" in client utterance form
// answering a, or "". In change talk a refusal phrase must answer a
// proposal: "I'm worried that won't work for him" doubts, it refuses
// nothing.
func overtNo(form string, change bool, a answered) string {
	if p, ok := hasRefusal(form); ok && (!change || a.proposes || a.invites) {
		return p
	}
	if cue := frameNo(form, change, a); cue != "" {
		return cue
	}
	// "Okay, but no patches": the "yes" is polite, the "no" plain.
	if i := strings.Index(form, " but no "); i >= 0 {
		if _, ok := lex.ContainsAny(strings.ReplaceAll(form[:i+5], " ,", ""), yesBut); ok {
			rest, _ := clauseAfter(form, i+len(" but no "))
			if len(rest) > 0 && rest[0] != "one" && rest[0] != "matter" {
				return "no " + rest[0]
			}
		}
	}
	if !a.offer && !a.invites {
		return ""
	}
	for _, p := range ruledOut {
		for _, brk := range []string{" , ", " - ", " | "} {
			if strings.Contains(form, p+brk) {
				return strings.TrimSpace(p)
			}
		}
	}
	sents := strings.Split(form, "|")
	if ws := strings.Fields(sents[0]); a.invites && len(ws) > 0 && !opensWith(sents[0], nothingToRefuse) &&
		!strings.Contains(sents[0], " fine ") {
		// "The drawer. Not yet, anyway.": the refusal, when a later sentence
		// opens with one, is the words to quote, not the choice before it.
		for _, sent := range sents[1:] {
			if p := opening(sent, weakNo); p != "" {
				return p
			}
		}
		return firstWordsOf(ws, 4)
	}
	for _, sent := range sents {
		ws := strings.Fields(sent)
		n := len(ws)
		// "The walk, no."
		if n >= 3 && n <= 6 && lex.IsDeterminer(ws[0]) && ws[n-2] == "," && (ws[n-1] == "no" || ws[n-1] == "nope" || ws[n-1] == "nah") {
			return strings.Join(ws[:n-2], " ") + ", " + ws[n-1]
		}
		// "Not the quit line.", "Not all night.", "Not gum."
		if n >= 2 && ws[0] == "not" && (lex.IsDeterminer(ws[1]) && ws[1] != "a" && ws[1] != "an" ||
			ws[1] == "all" || ws[1] == "every" || ws[1] == "that" && n == 2 || a.echoes(ws[1:2])) {
			return firstWordsOf(ws, 4)
		}
	}
	if a.agrees || !a.offer {
		return ""
	}
	first := strings.TrimLeft(form, " ,-|")
	for _, w := range []string{"well ", "oh ", "so "} {
		first = strings.TrimLeft(strings.TrimPrefix(first, w), " ,-")
	}
	for _, p := range weakNo {
		if rest, ok := strings.CutPrefix(first, p+" "); ok && !opensWith(rest, notRefusing) && !welcomes(rest) {
			return p
		}
	}
	return ""
}

// welcomes reports whether the sentence after a "no" welcomes what was
// offered: "No, that gives me something to work towards."
func welcomes(rest string) bool {
	sent, _, _ := strings.Cut(rest, "|")
	_, ok := lex.ContainsAny(sent, welcoming)
	return ok
}

// opensWith reports whether s, after any break, opens with one of ps.
func opensWith(s string, ps []string) bool { return opening(s, ps) != "" }

// opening returns the first of ps that s opens with, after any break; ""
// when none.
func opening(s string, ps []string) string {
	r := " " + strings.TrimLeft(s, " ,-|")
	for _, p := range ps {
		if strings.HasPrefix(r, " "+strings.TrimSpace(p)+" ") {
			return p
		}
	}
	return ""
}

// covertNo returns the cue of a covert "no" in client utterance text
// answering a, or "". A "yes, but" leading to change talk ("Yeah, but I
// need to do something about it") refuses nothing.
func covertNo(text string, change bool, a answered) string {
	f := lex.Flat(text)
	if p, ok := lex.ContainsAny(strings.ReplaceAll(f, "|", ""), yesBut); ok && !change {
		return strings.TrimSpace(p)
	}
	body := strings.Join(strings.Fields(strings.ReplaceAll(f, "|", " ")), " ")
	if a.offer || a.pressed {
		first := f
		if k := strings.Index(f[1:], "|"); k >= 0 {
			first = f[:k+2]
		}
		if p, ok := lex.ContainsAny(first, discounts); ok && !triedAndWorked(p, first) {
			return strings.TrimSpace(p)
		}
		if p := subjectChange(noForm(text), change); p != "" {
			return p
		}
	}
	if a.pressed && !a.asks {
		for _, p := range quickYes {
			if body == p {
				return p
			}
		}
	}
	return ""
}

// triedAndWorked reports whether discount p is a "tried it" that the
// sentence sent says worked: "I tried it last year and it worked really
// well."
func triedAndWorked(p, sent string) bool {
	if !strings.Contains(p, "tried") {
		return false
	}
	_, worked := lex.ContainsAny(sent, workedOut)
	_, failed := lex.ContainsAny(sent, notWorkedOut)
	return worked && !failed
}

// subjectChange returns the opener of a turn, in noForm, that changes the
// subject away from what was proposed, or "". What takes the proposal up
// ("Anyway, I'll give it a go") or is change talk changes nothing; a bare "whatever" must stand alone ("Whatever." but not
// "Whatever helps").
func subjectChange(form string, change bool) string {
	if change {
		return ""
	}
	for _, p := range subjectChanges {
		rest, ok := strings.CutPrefix(form, " "+p+" ")
		if !ok {
			continue
		}
		if p == "whatever" && !strings.HasPrefix(rest, ", ") && !strings.HasPrefix(rest, "| ") && !strings.HasPrefix(rest, "- ") {
			return ""
		}
		if _, ok := lex.ContainsAny(" "+rest, acceptances); ok {
			return ""
		}
		return p
	}
	return ""
}

// hasRefusal returns the refusal phrase in form, if any.
func hasRefusal(form string) (string, bool) {
	for _, p := range refusals {
		q, lead := strings.CutPrefix(p, "^")
		q, end := strings.CutSuffix(q, " $")
		for _, at := range lex.IndexAll(form, q) {
			after := form[at+len(q):]
			if end && !strings.HasPrefix(after, " , ") && !strings.HasPrefix(after, " - ") && !strings.HasPrefix(after, " | ") {
				continue
			}
			before := lastWordOf(form[:at])
			if refusalHedges[before] || lead && before != "" && !isBreak(before) && !refusalLeads[before] {
				continue
			}
			return strings.TrimSpace(q), true
		}
	}
	return "", false
}

// isBreak reports whether w is a break in a noForm.
func isBreak(w string) bool { return w == "," || w == "-" || w == "|" }

// firstWordsOf returns up to n words of ws, stopping at a break.
func firstWordsOf(ws []string, n int) string {
	end := min(len(ws), n)
	for k, w := range ws[:end] {
		if w == "," || w == "-" {
			end = k
			break
		}
	}
	return strings.Join(ws[:end], " ")
}

// lastWordOf returns the last word of s.
func lastWordOf(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}
