package analysis

import (
	"github.com/ally-mi/ally/analysis/lex"
	"github.com/ally-mi/ally/analysis/quote"
)

// sameTopic reports whether sustain and change talk are about the same
// thing, so a two-sided reflection can set them side by side: they share
// a content word's stem ("drink" in "a drink helps you sleep" and "you'd
// like to drink less"). "You're just kinda surprised" and "maybe you'll
// have a drink or two" share none, and are not set side by side.
func sameTopic(sustain, change quote.Line) bool {
	a, b := lex.Stems(sustain.Back(), true), lex.Stems(change.Back(), true)
	in := map[string]bool{}
	for _, w := range a {
		if topical(w) {
			in[w] = true
		}
	}
	for _, w := range b {
		if in[w] {
			return true
		}
	}
	return false
}

// topical reports whether the stem w can tell what a sentence is about:
// not a common word ("it", "about"), and not one of topicless, said of
// anything at all.
func topical(w string) bool {
	return len(w) > 2 && !lex.IsCommon(w) && !topicless[w]
}

// topicless are stems of words clients use whatever they talk about.
var topicless = lex.StemSet(`you your yours yourself you're you've you'd you'll it's that's there's i'm
	don't can't won't didn't doesn't isn't wasn't aren't wouldn't couldn't
	want wanna need know think guess feel like really just get got go going gonna make made thing things lot
	kind sort way much more even still now right well yeah one something anything everything nothing
	people never too also some all any little bit good bad better maybe probably sure lots
	say said tell told mean actually kinda pretty able try`)
