package analysis

import (
	"slices"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/analysis/noes"
	"github.com/ally-mi/ally/analysis/quote"
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
	case strings.Contains(" "+n.Cue+" ", " but ") || quote.OpensYesBut(text):
		return noBut
	case n.Kind != noes.Covert:
		return noPlain
	case noes.QuickYes(n.Cue):
		return noQuick
	case noes.SubjectChange(n.Cue):
		return noSubject
	}
	return noPlain
}

// trySideTaken suggests reflecting sustain talk that was argued with:
// words are the client's (quote.Resistant, "" when none is worth quoting),
// gives what the need behind them gives, named after the words only when
// use is needs.UseGiven.
func trySideTaken(words, gives string, use needs.Use) string {
	switch {
	case words != "" && gives != "" && use == needs.UseGiven:
		return "Before offering anything, reflect that side: \"" + quote.Capitalize(words) + " — it gives you " + gives + ".\""
	case words != "":
		return "Before offering anything, reflect that side: \"" + quote.Capitalize(words) + ".\" Then ask them to tell you more about it."
	}
	return "Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it."
}

// tryNeedUnexplored suggests naming the need behind sustain talk: after
// the client's words when they say what the behaviour gives (needs.UseGiven),
// in their words alone when those name it; words that say it is lacking
// ("you don't have the energy after work") are said back, then explored.
func tryNeedUnexplored(words, gives string, use needs.Use) string {
	switch {
	case words == "":
		return "Name the need: \"It sounds like it gives you " + gives + ".\" Then ask what else could give them that."
	case use == needs.UseNamed:
		return "Reflect the need in their words: \"So " + words + ".\" Then ask what else could give them that."
	case use == needs.UseLacking:
		return "Reflect it in their words: \"So " + words + ".\" Then ask what matters most to them about it."
	}
	return "Name the need: \"So " + words + " — it gives you " + gives + ".\" Then ask what else could give them that."
}

// tryBothSides builds on a reflection of sustain talk: a two-sided
// reflection with change talk said before it, else a question about what
// matters in the client's words, else no quote at all.
func tryBothSides(sustain, change string) string {
	switch {
	case sustain != "" && change != "" && change != sustain:
		return "Build on it with both sides: \"On the one hand, " + sustain + "; on the other, " + change + ".\""
	case sustain != "":
		return "Keep doing this, then go one step further: \"" + quote.Capitalize(sustain) + ". What matters most to you about that?\""
	}
	return "Keep doing this, and ask what that side does for them."
}

// tryTender suggests reflecting first where a tender spot pulled: words
// are the client's (quote.Resistant), text their whole turn, quoted as said
// when no sentence of it can be handed back (a question, say).
func tryTender(words, text string) string {
	if words == "" {
		return "Notice the pull and slow down: before answering \"" + quote.SingleQuotes(quote.Cut(text, 20)) + "\", reflect what lies behind it."
	}
	return "Notice the pull, slow down, and reflect first: \"" + quote.Capitalize(words) + ".\""
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
		return "Receive the no: \"" + quote.Capitalize(words) + " — that's fair, and it's your call.\" Then ask what would fit better."
	}
	return "Receive the no: \"That's fair, and it's your call.\" Then ask what would fit better."
}

// tryNoWell suggests checking later whether a "no" still stands: words
// are the client's for it, before what they said earlier, offer the
// professional's proposal it answered (see quote.Offer), said when the
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
	case len(strings.Fields(words)) <= quote.MinWords || strings.HasSuffix(words, " no") || strings.HasSuffix(words, " no way"):
		return "Later, check whether it still stands: \"Earlier you said " + words + ". Is it still a no?\""
	}
	return "Later, check whether it still stands: \"Earlier you said " + words + ". Is that still how it is?\""
}

// soIfShort puts "So," before words too short to stand as a reflection alone
// ("So, no patches"), and capitalises them otherwise.
func soIfShort(words string) string {
	if len(strings.Fields(words)) < quote.MinWords {
		return "So, " + words
	}
	return quote.Capitalize(words)
}
