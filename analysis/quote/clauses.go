package quote

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Which clauses of a chosen sentence a quote keeps: the one holding a
// "no", and none left hanging at its end.

// fromCue returns sentence s from the start of the clause holding want (a
// "no" cue, matched on stems), so the quote of a "no" is the no itself:
// "I know it, I know, doc, what you're trying to-- but I just don't want
// to get into that right now" gives "I just don't want to get into that
// right now". It starts at the last "but" before want, else, when s is
// too long to be quoted whole (maxWords), after the last comma, dash or
// ";" before it. s is returned whole when want is "" or not in it, or
// when what comes before the clause is only fillers.
func fromCue(s, want string) string {
	p := lex.NewPhrase(want, false)
	ws := tidyWords(s)
	at := cueAt(ws, p)
	if at < 0 {
		return s
	}
	long := len(ws) > maxWords
	for j := at; j > 0; j-- {
		switch {
		case wordCore(ws[j]) == "but":
			return strings.Join(ws[j:], " ")
		case long && strings.ContainsAny(ws[j-1], ",;-–—"):
			if onlyFillers(content(ws[:j])) {
				return s
			}
			return strings.Join(ws[j:], " ")
		}
	}
	return s
}

// cueAt returns the index of the word of ws at which phrase p starts, an
// adverb inside it aside (the cue "i don't want to" in "I just don't want
// to"), -1 if p is not there.
func cueAt(ws []string, p lex.Phrase) int {
	for i := range ws {
		if cueFrom(ws[i:], p) {
			return i
		}
	}
	return -1
}

// cueFrom reports whether ws open with phrase p, adverbs after its first
// word aside.
func cueFrom(ws []string, p lex.Phrase) bool {
	k := 0
	for j, w := range ws {
		if k == len(p) {
			break
		}
		for _, st := range lex.Stems(w, false) {
			switch {
			case k == len(p):
			case st == p[k]:
				k++
			case j > 0 && k > 0 && (midAdverbs[st] || strings.HasSuffix(st, "ly")):
			default:
				return false
			}
		}
	}
	return len(p) > 0 && k == len(p)
}

// looseTail drops a short clause left hanging at the end of ws, a
// quote cut at maxWords or a sentence broken off: "I don't want that to
// happen to me, but then when I" ends at "me". A clause is loose when it
// follows a comma, opens with a conjunction and has at most looseWords
// words.
func looseTail(ws []string) []string {
	for i := len(ws) - 1; i > 0 && i >= len(ws)-looseWords; i-- {
		if strings.HasSuffix(ws[i-1], ",") && tailOpeners[wordCore(ws[i])] && len(ws[:i]) >= MinWords {
			ws = ws[:i]
			ws[i-1] = strings.TrimRight(ws[i-1], ",")
			return ws
		}
	}
	return ws
}

// looseWords is the most words a loose clause at a quote's end has.
const looseWords = 4

// tailOpeners open a clause that cannot end a quote a few words in.
var tailOpeners = lex.WordSet("but and so because cause when if then or where which who while")

// unbreak drops a start the client broke off inside a sentence and made
// again with a new subject: "it feels like I have to I don't wanna have to
// lecture them" (after "lec-" is dropped) is "I don't wanna have to
// lecture them". The new start must hold MinWords words and a clause.
func unbreak(ws []string) []string {
	for i := len(ws) - 2; i > 0; i-- {
		c := wordCore(ws[i])
		if garbleLeads[c] && !strings.ContainsAny(ws[i], ",;:") && clauseSubjects[wordCore(ws[i+1])] &&
			len(ws[i+1:]) >= MinWords && hasClause(ws[i+1:]) {
			return ws[i+1:]
		}
	}
	return ws
}
