package analysis

import (
	"strings"
)

// The styles of a client "no", which call for different suggestions.
const (
	noPlain   = "plain"   // an open no: "No thanks", "I don't want to talk about gum"
	noBut     = "but"     // a "yes, but": the no is what follows the "but"
	noQuick   = "quick"   // a quick "sure" or "okay" under pressure
	noSubject = "subject" // a change of subject: "Anyway, did you see the game?"
)

// noStyle tells which style of "no" n is, from its cue and the client's
// text.
func noStyle(n No, text string) string {
	switch {
	case strings.Contains(" "+n.Cue+" ", " but ") || opensYesBut(text):
		return noBut
	case n.Kind != "covert":
		return noPlain
	case isOneOf(n.Cue, quickYes):
		return noQuick
	case isOneOf(n.Cue, subjectChanges):
		return noSubject
	}
	return noPlain
}

// opensYesBut reports whether text opens with assents and a "but" ("Okay,
// but no patches", "I know, but ...").
func opensYesBut(text string) bool {
	ws := strings.Fields(text)
	n := 0
	for m := prefixLen(ws, assents); m > 0; m = prefixLen(ws[n:], assents) {
		n += m
	}
	return n > 0 && n < len(ws) && wordCore(ws[n]) == "but"
}

// assents open a "yes, but".
var assents = []string{"yes", "yeah", "yep", "okay", "ok", "sure", "right", "true", "fine", "alright",
	"i know", "i guess", "i see", "i get that", "i hear you"}

// isOneOf reports whether s is one of list.
func isOneOf(s string, list []string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

// trySideTaken suggests reflecting sustain talk that was argued with:
// words are the client's (resistantWords, "" when none is worth quoting),
// gives what the need behind them gives ("" when no need was found).
func trySideTaken(words, gives string) string {
	switch {
	case words != "" && gives != "" && !repeatsNeed(words, gives):
		return "Before offering anything, reflect that side: \"" + capitalize(words) + " — it gives you " + gives + ".\""
	case words != "":
		return "Before offering anything, reflect that side: \"" + capitalize(words) + ".\" Then ask them to tell you more about it."
	}
	return "Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it."
}

// tryNeedUnexplored suggests naming the need behind sustain talk, in the
// client's words alone when those already name it.
func tryNeedUnexplored(words, gives string) string {
	switch {
	case words == "":
		return "Name the need: \"It sounds like it gives you " + gives + ".\" Then ask what else could give them that."
	case repeatsNeed(words, gives):
		return "Reflect the need in their words: \"So " + words + ".\" Then ask what else could give them that."
	}
	return "Name the need: \"So " + words + " — it gives you " + gives + ".\" Then ask what else could give them that."
}

// repeatsNeed reports whether words already say every content word of gives
// ("the only way you can unwind" and "a way to unwind"), so naming the
// need after them would only repeat them.
func repeatsNeed(words, gives string) bool {
	have := map[string]bool{}
	for _, w := range stems(words, true) {
		have[w] = true
	}
	for _, w := range stems(gives, true) {
		if !have[w] && !givesFiller[w] {
			return false
		}
	}
	return true
}

// givesFiller carry no content in a need's "gives" phrase.
var givesFiller = map[string]bool{"way": true, "to": true, "you": true, "some": true, "of": true, "from": true,
	"and": true, "that": true, "is": true, "be": true, "feel": true, "get": true, "bit": true}

// tryBothSides builds on a reflection of sustain talk: a two-sided
// reflection with change talk said before it, else a question about what
// matters in the client's words, else no quote at all.
func tryBothSides(sustain, change string) string {
	switch {
	case sustain != "" && change != "" && change != sustain:
		return "Build on it with both sides: \"On the one hand, " + sustain + "; on the other, " + change + ".\""
	case sustain != "":
		return "Keep doing this, then go one step further: \"" + capitalize(sustain) + ". What matters most to you about that?\""
	}
	return "Keep doing this, and ask what that side does for them."
}

// tryTender suggests reflecting first where a tender spot pulled: words
// are the client's (resistantWords), text their whole turn, quoted as said
// when no sentence of it can be handed back (a question, say).
func tryTender(words, text string) string {
	if words == "" {
		return "Notice the pull and slow down: before answering \"" + singleQuotes(quote(text, 20)) + "\", reflect what lies behind it."
	}
	return "Notice the pull, slow down, and reflect first: \"" + capitalize(words) + ".\""
}

// tryNoBadly suggests how to receive a "no" that was pushed past: words
// are the client's words for it (see noWords), before what they said
// earlier (see earlierWords).
func tryNoBadly(style, cue, words, before string) string {
	switch {
	case style == noQuick && before != "":
		return "The quick \"" + cue + "\" may mean no: step back and ask, \"You said " + before +
			". What do you make of what I just said?\""
	case style == noQuick:
		return "The quick \"" + cue + "\" may mean no: step back and ask, \"What do you make of what I just said?\""
	case style == noSubject && before != "":
		return "Notice the change of subject: it may be a no. Follow it for a moment, then ask, \"Earlier you said " + before +
			". Would it be all right to come back to that, or would you rather leave it for today?\""
	case style == noSubject:
		return "Notice the change of subject: it may be a no. Follow it for a moment, then ask, \"Would it be all right to come back to what we were talking about, or would you rather leave it for today?\""
	case style == noBut && words != "":
		return "Reflect what comes after the \"but\" before anything else: \"" + soIfShort(words) + ".\" Then ask what would fit better."
	case words != "":
		return "Receive the no: \"" + capitalize(words) + " — that's fair, and it's your call.\" Then ask what would fit better."
	}
	return "Receive the no: \"That's fair, and it's your call.\" Then ask what would fit better."
}

// tryNoWell suggests checking later whether a "no" still stands.
func tryNoWell(style, cue, words, before string) string {
	switch {
	case style == noQuick:
		return "Later, check that the \"" + cue + "\" was a real yes: \"You said " + cue + " earlier. What did you make of what I said?\""
	case style == noSubject && before != "":
		return "Later, when it fits, offer to go back: \"Before we moved on, you said " + before + ". Would you like to come back to that, or leave it?\""
	case style == noSubject:
		return "Later, when it fits, ask whether they would like to come back to what was left, or leave it."
	case words == "":
		return "Later, check whether the no still stands."
	case !strings.Contains(words, " ") && !isOneOf(words, []string{"no", "nope", "nah"}):
		return "Later, check whether the \"" + words + "\" still stands: \"Where are you with that now?\""
	case len(strings.Fields(words)) <= minWords || strings.HasSuffix(words, " no"):
		return "Later, check whether it still stands: \"Earlier you said " + words + ". Is it still a no?\""
	}
	return "Later, check whether it still stands: \"Earlier you said " + words + ". Is that still how it is?\""
}

// soIfShort puts "So," before words too short to stand as a reflection alone
// ("So, no patches"), and capitalises them otherwise.
func soIfShort(words string) string {
	if len(strings.Fields(words)) < minWords {
		return "So, " + words
	}
	return capitalize(words)
}
