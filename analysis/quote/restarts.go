package quote

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Starts a client broke off and made again, stutters and words said
// twice: what tidyWords takes out before a quote is handed back.

// unrestart drops a start the client broke off and made again with the
// same subject, with only adverbs and hedges between: "I just, I don't" →
// "I don't", "I'm just, I don't want to lose her" → "I don't want to lose
// her", "I don't think, I am not sure" → "I am not sure".
func unrestart(ws []string) []string {
	for i := 0; i < len(ws); i++ {
		s := subjectOf(wordCore(ws[i]))
		if i > 0 && whWords[wordCore(ws[i-1])] {
			continue // "what it's like, it's my way" starts nothing again
		}
		for j := i + 1; j <= i+3 && j < len(ws); j++ {
			if !restartWords[s] || s != subjectOf(wordCore(ws[j])) {
				continue
			}
			// Side by side, a restart needs its comma or dash: "I, I'd say".
			if j == i+1 && strings.ContainsAny(ws[i], ",-–—") || j > i+1 && restarted(ws[i+1:j]) {
				ws = append(ws[:i:i], ws[j:]...)
				break
			}
		}
	}
	return ws
}

// whWords open a clause whose subject is no new start.
var whWords = lex.WordSet("what how where when why who which whatever")

// restartWords are the subjects a client starts again with.
var restartWords = lex.WordSet("i we you it that he she they there this")

// subjectOf returns the subject of a word with a verb contracted to it
// ("i'm" → "i", "it's" → "it"), else the word.
func subjectOf(c string) string {
	if k := strings.IndexByte(c, '\''); k > 0 && restartWords[c[:k]] {
		return c[:k]
	}
	return c
}

// restarted reports whether ws, the words between a subject and the same
// subject again, are a start broken off: only adverbs ("just") or hedges
// ("like", "kind of"), or, when a comma or dash ends them, other hedges
// too ("don't think,"). Without the comma "I don't think I'm drinking"
// is a sentence, and no restart.
func restarted(ws []string) bool {
	// "I don't know I feel determined": a hedge even without its comma.
	marked := strings.ContainsAny(ws[len(ws)-1], ",-–—") || len(ws) == 2 && wordCore(ws[0]) == "don't" && wordCore(ws[1]) == "know"
	for _, w := range ws {
		c := wordCore(w)
		if !midAdverbs[c] && !softHedges[c] && !(marked && restartHedges[c]) {
			return false
		}
	}
	return true
}

// softHedges may sit in a start made again with no comma: "I just like I
// don't", and so may auxiliaries, which never take a clause after them:
// "I hadn't really I kinda dismissed that".
var softHedges = lex.WordSet("like kind kinda sort yeah yes well oh was am is have had do did would hadn't haven't didn't " +
	"wasn't can't couldn't")

// restartHedges are verbs that may take a clause after them ("I know I
// can"), so they make a restart only when a comma or dash ends them: "I
// don't think, I am not sure".
var restartHedges = lex.WordSet("don't think guess know mean")

// unrepeat drops the first of two same runs of two or three words in a row.
func unrepeat(ws []string) []string {
	for n := 3; n >= 2; n-- {
		for i := 0; i+2*n <= len(ws); i++ {
			if sameRun(ws[i:i+n], ws[i+n:i+2*n]) {
				ws = append(ws[:i:i], ws[i+n:]...)
				i--
			}
		}
	}
	return ws
}

// sameRun reports whether a and b are the same words, punctuation aside.
func sameRun(a, b []string) bool {
	for i := range a {
		if wordCore(a[i]) != wordCore(b[i]) {
			return false
		}
	}
	return true
}

// unstutter returns "I" for "I-I", "I'd" for "I-I'd" and "that's" for
// "that's-that's".
func unstutter(w string) string {
	for {
		a, b, ok := strings.Cut(w, "-")
		if !ok || wordCore(a) == "" || !strings.HasPrefix(wordCore(b), wordCore(a)) {
			return w
		}
		w = b
	}
}
