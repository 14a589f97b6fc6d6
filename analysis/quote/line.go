package quote

import "strings"

// A Line is what a suggestion hands back of a client's words. Most often
// it is a rewrite in the second person ("you don't want to lose her"),
// which the professional says as their own reflection. When no rewrite can
// be made well (a fragment, a time, "we", reported speech, words the
// rewriter is not sure of), it is the client's words as they said them,
// Quoted, which the professional hands back as "You said: '…'".
type Line struct {
	// Text is the rewrite, lower-case first unless a name and without a
	// final stop; or, when Quoted, the client's words in their own case,
	// disfluencies and leading fillers aside, ending as they ended.
	Text string
	// Quoted marks the client's words as said, in the first person.
	Quoted bool
}

// Empty reports whether there is nothing to hand back.
func (l Line) Empty() bool { return l.Text == "" }

// Sentence returns the line as the professional says it on its own: the
// rewrite capitalised with a stop ("You don't want to lose her."), or
// the words quoted after "You said:" in single quotes, so the line sits
// inside a suggestion's double ones.
func (l Line) Sentence() string {
	if l.Quoted {
		return l.After("You said")
	}
	return Capitalize(l.Text) + "."
}

// After returns the line said after lead, a reporting phrase such as
// "Earlier you said": "Earlier you said you'd rather not." for a rewrite,
// "Earlier you said: 'I'd rather not.'" for the client's words.
func (l Line) After(lead string) string {
	if l.Quoted {
		return lead + ": '" + withStop(l.Text) + "'"
	}
	return lead + " " + l.Text + "."
}

// Back returns the line in the second person whichever way it is said,
// for matching it against phrases written that way (the needs').
func (l Line) Back() string {
	if !l.Quoted {
		return l.Text
	}
	return strings.Join(secondPerson(strings.Fields(l.Text)), " ")
}

// Tidy returns text as the client said it, for quoting a whole turn:
// without disfluencies ("um", "I--", words said twice, [annotations]) and
// cut to at most n words ("…" marks the cut).
func Tidy(text string, n int) string {
	ws := tidyWords(text)
	if len(ws) == 0 {
		return Cut(text, n) // "Mm-hmm." is all there is
	}
	return capitalFirst(Cut(strings.Trim(strings.Join(ws, " "), " ,;:-–—"), n))
}

// withStop ends s with a stop unless it ends with one already.
func withStop(s string) string {
	if s == "" || strings.ContainsRune(".!?…", lastRuneOf(s)) {
		return s
	}
	return s + "."
}
