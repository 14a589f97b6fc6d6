package analysis

import (
	"github.com/ally-mi/ally"
	"slices"
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
func noStyle(n ally.No, text string) string {
	switch {
	case strings.Contains(" "+n.Cue+" ", " but ") || opensYesBut(text):
		return noBut
	case n.Kind != "covert":
		return noPlain
	case slices.Contains(quickYes, n.Cue):
		return noQuick
	case slices.Contains(subjectChanges, n.Cue):
		return noSubject
	}
	return noPlain
}

// opensYesBut reports whether text opens with assents and a "but" ("Okay,
// but no patches", "I know, I know, but ...").
func opensYesBut(text string) bool {
	ws := strings.Fields(text)
	n := assentsThenBut(ws)
	return n > 0 && n < len(ws)
}

// assents open a "yes, but"; before its "but" they are left out of a quote.
var assents = []string{"yes", "yeah", "yep", "okay", "ok", "sure", "right", "true", "fine", "alright", "maybe",
	"i know", "i guess", "i see", "i get that", "i get it", "i hear you", "i hear that", "i understand",
	"i agree", "fair enough", "that's fair", "that's true", "it's true", "of course", "sounds good",
	"that makes sense", "i know that", "thank you", "thanks"}

// How a suggestion speaks of a need after the client's words (see
// needUse).
const (
	needGiven   = "given"   // the words say what the behaviour gives: name it after them
	needNamed   = "named"   // the words already name the need: say them back alone
	needLacking = "lacking" // the words say it is lacking, or lost it: say them back alone
)

// trySideTaken suggests reflecting sustain talk that was argued with:
// words are the client's (resistantWords, "" when none is worth quoting),
// gives what the need behind them gives, named after the words only when
// use is needGiven.
func trySideTaken(words, gives, use string) string {
	switch {
	case words != "" && gives != "" && use == needGiven:
		return "Before offering anything, reflect that side: \"" + capitalize(words) + " — it gives you " + gives + ".\""
	case words != "":
		return "Before offering anything, reflect that side: \"" + capitalize(words) + ".\" Then ask them to tell you more about it."
	}
	return "Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it."
}

// tryNeedUnexplored suggests naming the need behind sustain talk: after
// the client's words when they say what the behaviour gives (needGiven),
// in their words alone when those name it; words that say it is lacking
// ("you don't have the energy after work") are said back, then explored.
func tryNeedUnexplored(words, gives, use string) string {
	switch {
	case words == "":
		return "Name the need: \"It sounds like it gives you " + gives + ".\" Then ask what else could give them that."
	case use == needNamed:
		return "Reflect the need in their words: \"So " + words + ".\" Then ask what else could give them that."
	case use == needLacking:
		return "Reflect it in their words: \"So " + words + ".\" Then ask what matters most to them about it."
	}
	return "Name the need: \"So " + words + " — it gives you " + gives + ".\" Then ask what else could give them that."
}

// needUse tells how a suggestion can speak of need n after words, the
// client's words said back, holding phrase (the phrase of n they said).
// needLacking: words lost the phrase, or say the need is missing (a word
// of lack in the phrase or just before it: "don't have the energy", "too
// busy", "won't leave me alone"; "can't sleep without a drink" says what
// the drink gives) or is what others do to the client ("she nags you"),
// so "it gives you ..." would make no sense. needNamed: words already say
// the need, by one of its Names ("relax", "break") or every word of what
// it gives. needGiven otherwise: "with your friends" is named "a way to
// feel close to people".
func needUse(words, phrase string, n compiledNeed) string {
	st := stems(words, false)
	named := repeatsNeed(words, n.Gives)
	for _, name := range n.Names {
		named = named || newPhrase(name, false).in(st)
	}
	p := newPhrase(toSecondPerson(phrase), false)
	at := occurrences(p, st)
	switch {
	case len(at) > 0 && (lacking(st, at[0], at[0]+len(p)) || byOthers(st, at[0])):
		return needLacking
	case named:
		return needNamed
	case len(at) == 0:
		return needLacking
	}
	return needGiven
}

// lacking reports whether the phrase at st[from:to] holds a word of lack,
// or follows one across words of having ("don't have the energy"), with
// no "without" just after it.
func lacking(st []string, from, to int) bool {
	for _, w := range st[to:min(to+2, len(st))] {
		if w == "without" {
			return false
		}
	}
	for i := to - 1; i >= 0; i-- {
		switch {
		case lackWords[st[i]] || strings.HasSuffix(st[i], "n't"):
			return true
		case i < from && !havingWords[st[i]]:
			return false
		}
	}
	return false
}

// byOthers reports whether someone else is the subject of the phrase at
// st[at] ("she nags you", "my wife keeps telling you to").
func byOthers(st []string, at int) bool {
	i := at - 1
	for i >= 0 && othersAdverbs[st[i]] {
		i--
	}
	return i >= 0 && others[st[i]]
}

// lackWords say that what follows is missing or in the way ("no time",
// "too busy", "never get away"), havingWords may stand between them and
// it, others are people who do things to the client, and othersAdverbs
// may follow them ("keeps telling you"); all as stems.
var (
	lackWords     = stemSet("not no never too cannot hardly barely lack dont cant wont didnt doesnt isnt wasnt havent")
	havingWords   = stemSet("have has had got get the a an any enough much many really very so even ever")
	others        = stemSet("she he they everyone everybody people wife husband partner mom mum dad mother father doctor boss kids family friends")
	othersAdverbs = stemSet("always keeps keep just still really constantly never")
)

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

// tryNoWell suggests checking later whether a "no" still stands: words
// are the client's for it, before what they said earlier, offer the
// professional's proposal it answered (see offerWords), said when the
// words are a bare "no".
func tryNoWell(style, cue, words, before, offer string) string {
	bare := slices.Contains([]string{"no", "nope", "nah"}, words)
	switch {
	case bare && offer != "":
		return "Later, check whether it still stands: \"Earlier, when I suggested " + offer + ", you said " + words + ". Is it still a no?\""
	case style == noQuick:
		return "Later, check that the \"" + cue + "\" was a real yes: \"You said " + cue + " earlier. What did you make of what I said?\""
	case style == noSubject && before != "":
		return "Later, when it fits, offer to go back: \"Before we moved on, you said " + before + ". Would you like to come back to that, or leave it?\""
	case style == noSubject:
		return "Later, when it fits, ask whether they would like to come back to what was left, or leave it."
	case words == "":
		return "Later, check whether the no still stands."
	case !strings.Contains(words, " ") && !bare:
		return "Later, check whether the \"" + words + "\" still stands: \"Where are you with that now?\""
	case len(strings.Fields(words)) <= minWords || strings.HasSuffix(words, " no") || strings.HasSuffix(words, " no way"):
		return "Later, check whether it still stands: \"Earlier you said " + words + ". Is it still a no?\""
	}
	return "Later, check whether it still stands: \"Earlier you said " + words + ". Is that still how it is?\""
}

// offerLeads open the professional's proposal, each with what it becomes
// after "when I suggested": "You could try the patches" → "you try the
// patches", "How about a walk?" → "a walk".
var offerLeads = []struct{ lead, as string }{
	{"how about", ""}, {"what about", ""}, {"have you thought about", ""}, {"have you considered", ""},
	{"would you consider", ""}, {"i'd suggest", ""}, {"i suggest", ""}, {"i would suggest", ""},
	{"you could try", "you try"}, {"you might try", "you try"}, {"could you try", "you try"},
	{"why not try", "you try"}, {"maybe try", "you try"}, {"try", "you try"},
	{"you could", "you"}, {"you might", "you"}, {"you should", "you"}, {"maybe you could", "you"},
	{"why don't you", "you"}, {"what if you", "you"}, {"could you", "you"}, {"would you be willing to", "you"},
	{"would you like to", "you"}, {"let's", "we"}, {"we could", "we"},
}

// offerWords returns the proposal in the professional's text that a
// client's bare "no" answered, as the professional can say it after
// "when I suggested": the last sentence opening with one of offerLeads
// (after openers), at most maxWords words, without its stop; "" if none.
func offerWords(text string) string {
	ss := splitSentences(text)
	for k := len(ss) - 1; k >= 0; k-- {
		ws := strings.Fields(ss[k].text)
		ws = ws[prefixLen(ws, openers):]
		for _, o := range offerLeads {
			n := len(strings.Fields(o.lead))
			if prefixLen(ws, []string{o.lead}) != n || n == len(ws) {
				continue
			}
			rest := append(strings.Fields(o.as), ws[n:]...)
			if len(rest) > maxWords {
				return ""
			}
			return strings.TrimRight(strings.Join(rest, " "), ",.!?…")
		}
	}
	return ""
}

// soIfShort puts "So," before words too short to stand as a reflection alone
// ("So, no patches"), and capitalises them otherwise.
func soIfShort(words string) string {
	if len(strings.Fields(words)) < minWords {
		return "So, " + words
	}
	return capitalize(words)
}
