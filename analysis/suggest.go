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
// words are the client's (quote.Resistant, empty when none is worth
// quoting), gives what the need behind them gives, named after the words
// only when use is needs.UseGiven.
func trySideTaken(words quote.Line, gives string, use needs.Use) string {
	switch {
	case !words.Empty() && gives != "" && use == needs.UseGiven:
		return "Before offering anything, reflect that side: \"" + givesYou(words, gives) + "\""
	case !words.Empty():
		return "Before offering anything, reflect that side: \"" + words.Sentence() + "\" Then ask them to tell you more about it."
	}
	return "Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it."
}

// tryNeedUnexplored suggests naming the need behind sustain talk: after
// the client's words when they say what the behaviour gives (needs.UseGiven),
// in their words alone when those name it; words that say it is lacking
// ("you don't have the energy after work") are said back, then explored.
func tryNeedUnexplored(words quote.Line, gives string, use needs.Use) string {
	switch {
	case words.Empty():
		return "Name the need: \"It sounds like it gives you " + gives + ".\" Then ask what else could give them that."
	case use == needs.UseNamed:
		return "Reflect the need in their words: \"" + so(words) + "\" Then ask what else could give them that."
	case use == needs.UseLacking:
		return "Reflect it in their words: \"" + so(words) + "\" Then ask what matters most to them about it."
	case words.Quoted:
		return "Name the need: \"" + givesYou(words, gives) + "\" Then ask what else could give them that."
	}
	return "Name the need: \"So " + words.Text + " — it gives you " + gives + ".\" Then ask what else could give them that."
}

// tryBothSides builds on a reflection of sustain talk: a two-sided
// reflection with change talk said before it about the same thing (see
// sameTopic), else a reflection of that side alone, else no quote at all.
// Both sides must be rewrites: "on the one hand, you said: '…'" is no
// sentence.
func tryBothSides(sustain, change quote.Line) string {
	switch {
	case !sustain.Empty() && !change.Empty() && change != sustain && !sustain.Quoted && !change.Quoted:
		return "Build on it with both sides: \"On the one hand, " + sustain.Text + "; on the other, " + change.Text + ".\""
	case !sustain.Empty():
		return "Keep doing this, and stay with that side a little longer before anything else: \"" + sustain.Sentence() + "\""
	}
	return "Keep doing this, and ask what that side does for them."
}

// tryTender suggests reflecting first where a tender spot pulled: words
// are the client's (quote.Resistant), text their whole turn, quoted as said
// when no sentence of it can be handed back and it is a question or short
// ("Mm-hmm."); a long one is left unquoted, since the moment shows it.
func tryTender(words quote.Line, text string) string {
	said := quote.Tidy(text, 20)
	switch {
	case words.Empty() && strings.HasSuffix(strings.TrimSpace(text), "?"):
		return "Notice the pull and slow down: before answering \"" + quote.SingleQuotes(said) + "\", reflect what lies behind it."
	case words.Empty() && len(strings.Fields(said)) <= shortTurn:
		return "Notice the pull and slow down: before responding to \"" + quote.SingleQuotes(said) + "\", reflect what lies behind it."
	case words.Empty():
		// A long turn with no sentence to hand back is not quoted broken.
		return "Notice the pull and slow down: before responding, reflect what lies behind what they said."
	}
	return "Notice the pull, slow down, and reflect first: \"" + words.Sentence() + "\""
}

// shortTurn is the most words a turn with no sentence to hand back may
// have to be quoted whole in a tender-spot suggestion.
const shortTurn = 8

// tryNoBadly suggests how to receive a "no" that was pushed past: cue is
// the no as the client said it, words the client's words for it (see
// noWords), before what they said earlier (see earlierWords), named only
// after a change of subject, when it is what they turned away from.
func tryNoBadly(style, cue string, words, before quote.Line) string {
	switch {
	case style == noQuick:
		return "The quick \"" + cue + "\" may mean no: step back and ask, \"When you said '" + cue +
			"', I wondered if I had gone too fast. What do you make of what I just said?\""
	case style == noSubject && !before.Empty():
		return "Notice the change of subject: it may be a no. Follow it for a moment, then ask, \"" + before.After("Earlier you said") +
			" Would it be all right to come back to that, or would you rather leave it for today?\""
	case style == noSubject:
		return "Notice the change of subject: it may be a no. Follow it for a moment, then ask, \"Would it be all right to come back to what we were talking about, or would you rather leave it for today?\""
	case style == noBut && !words.Empty():
		return "Reflect what comes after the \"but\" before anything else: \"" + soIfShort(words) + "\" Then ask what would fit better."
	case words.Quoted:
		return "Receive the no: \"" + words.Sentence() + " That's fair, and it's your call.\" Then ask what would fit better."
	case !words.Empty():
		return "Receive the no: \"" + quote.Capitalize(words.Text) + " — that's fair, and it's your call.\" Then ask what would fit better."
	}
	return "Receive the no: \"That's fair, and it's your call.\" Then ask what would fit better."
}

// tryNoWell suggests checking later whether a "no" still stands: words
// are the client's for it, before what they said earlier, offer the
// professional's proposal it answered (see quote.Offer), said when the
// words are a bare "no".
func tryNoWell(style, cue string, words, before quote.Line, offer string) string {
	said := strings.ToLower(strings.TrimRight(words.Text, ".!?…"))
	bare := slices.Contains([]string{"no", "nope", "nah"}, said)
	switch {
	case bare && offer != "":
		return "Later, check whether it still stands: \"Earlier, when I suggested " + offer + ", you said " + said + ". Is it still a no?\""
	case style == noQuick:
		return "Later, check that the \"" + cue + "\" was a real yes: \"You said " + cue + " earlier. What did you make of what I said?\""
	case style == noSubject && !before.Empty():
		return "Later, when it fits, offer to go back: \"" + before.After("Before we moved on, you said") + " Would you like to come back to that, or leave it?\""
	case style == noSubject:
		return "Later, when it fits, ask whether they would like to come back to what was left, or leave it."
	case words.Empty():
		return "Later, check whether the no still stands."
	case !strings.Contains(said, " ") && !bare:
		return "Later, check whether the \"" + said + "\" still stands: \"Where are you with that now?\""
	case len(strings.Fields(said)) <= quote.MinWords || strings.HasSuffix(said, " no") || strings.HasSuffix(said, " no way"):
		return "Later, check whether it still stands: \"" + words.After("Earlier you said") + " Is it still a no?\""
	}
	return "Later, check whether it still stands: \"" + words.After("Earlier you said") + " Is that still how it is?\""
}

// givesYou names what the need gives after the client's words: "Smoking
// is your only break — it gives you a break from everything.", or after
// their words as said.
func givesYou(words quote.Line, gives string) string {
	if words.Quoted {
		return words.Sentence() + " It sounds like that gives you " + gives + "."
	}
	return quote.Capitalize(words.Text) + " — it gives you " + gives + "."
}

// so reflects words with "So" before a rewrite ("So you're too busy.") and
// as said otherwise.
func so(words quote.Line) string {
	if words.Quoted {
		return words.Sentence()
	}
	return "So " + words.Text + "."
}

// soIfShort puts "So," before a rewrite too short to stand as a
// reflection alone ("So, no patches."), and says the rest as they are.
func soIfShort(words quote.Line) string {
	if !words.Quoted && len(strings.Fields(words.Text)) < quote.MinWords {
		return "So, " + words.Text + "."
	}
	return words.Sentence()
}
