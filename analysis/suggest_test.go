package analysis

// An internal test: the suggestion builders and noStyle are unexported,
// and their exact wording is what is under test.

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/analysis/quote"
)

func TestNoStyle(t *testing.T) {
	tests := []struct {
		no         ally.No
		text, want string
	}{
		{ally.No{Kind: "overt", Cue: "no patches"}, "Okay, but no patches.", noBut},
		{ally.No{Kind: "covert", Cue: "i know but"}, "I know, but it's the only thing that helps me relax.", noBut},
		{ally.No{Kind: "overt", Cue: "i don't want to"}, "I tried, but I don't want to go back.", noPlain},
		{ally.No{Kind: "covert", Cue: "sure"}, "Sure.", noQuick},
		{ally.No{Kind: "covert", Cue: "anyway"}, "Anyway, did you see the game last night?", noSubject},
		{ally.No{Kind: "overt", Cue: "no thanks"}, "No thanks.", noPlain},
		{ally.No{Kind: "overt", Cue: "not giving up"}, "I get it, but I'm not giving up my beers.", noBut},
		{ally.No{Kind: "overt", Cue: "not for me"}, "I know, I know, but the gym is not for me.", noBut},
	}
	for _, tt := range tests {
		if got := noStyle(tt.no, tt.text); got != tt.want {
			t.Errorf("noStyle(%+v, %q) = %q, want %q", tt.no, tt.text, got, tt.want)
		}
	}
}

// rw is the client's words rewritten in the second person, as the
// builders receive them.
func rw(s string) quote.Line { return quote.Line{Text: s} }

// said is the client's words quoted as they said them.
func said(s string) quote.Line { return quote.Line{Text: s, Quoted: true} }

func TestTryBuilders(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"side taken, need", trySideTaken(rw("drinking with your friends is how you fit in"), "a way to feel close to people", needs.UseGiven),
			`Before offering anything, reflect that side: "Drinking with your friends is how you fit in — it gives you a way to feel close to people."`},
		{"side taken, need already said", trySideTaken(rw("a few drinks after work are the only way you can unwind"), "a way to unwind", needs.UseNamed),
			`Before offering anything, reflect that side: "A few drinks after work are the only way you can unwind." Then ask them to tell you more about it.`},
		{"side taken, need lacking", trySideTaken(rw("you don't have the energy after work"), "the energy to keep going", needs.UseLacking),
			`Before offering anything, reflect that side: "You don't have the energy after work." Then ask them to tell you more about it.`},
		{"side taken, no quote", trySideTaken(rw(""), "", ""),
			`Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it.`},
		{"need unexplored", tryNeedUnexplored(rw("smoking is the only break you get from the kids all day"), "a break from everything", needs.UseGiven),
			`Name the need: "So smoking is the only break you get from the kids all day — it gives you a break from everything." Then ask what else could give them that.`},
		{"need unexplored, need already said", tryNeedUnexplored(rw("a smoke is how you wind down"), "a way to wind down", needs.UseNamed),
			`Reflect the need in their words: "So a smoke is how you wind down." Then ask what else could give them that.`},
		{"need unexplored, need lacking", tryNeedUnexplored(rw("you're too busy at work to go to meetings"), "a way to manage money", needs.UseLacking),
			`Reflect it in their words: "So you're too busy at work to go to meetings." Then ask what matters most to them about it.`},
		{"both sides", tryBothSides(rw("you can't afford a fall"), rw("you don't want your daughter doing for you what you did for him")),
			`Build on it with both sides: "On the one hand, you can't afford a fall; on the other, you don't want your daughter doing for you what you did for him."`},
		{"one side only", tryBothSides(rw("it's finally your time"), rw("")),
			`Keep doing this, and stay with that side a little longer before anything else: "It's finally your time."`},
		{"one side only, as said", tryBothSides(said("I'd say 35 or 40% competent"), rw("you'd like to be sure")),
			`Keep doing this, and stay with that side a little longer before anything else: "You said: 'I'd say 35 or 40% competent.'"`},
		{"the same words on both sides", tryBothSides(rw("it's finally your time"), rw("it's finally your time")),
			`Keep doing this, and stay with that side a little longer before anything else: "It's finally your time."`},
		{"both sides, no quote", tryBothSides(rw(""), rw("")), `Keep doing this, and ask what that side does for them.`},
		{"tender", tryTender(rw("you can't sleep without a couple of drinks"), ""),
			`Notice the pull, slow down, and reflect first: "You can't sleep without a couple of drinks."`},
		{"tender, short and nothing to hand back", tryTender(rw(""), "Mm-hmm."),
			`Notice the pull and slow down: before responding to "Mm-hmm.", reflect what lies behind it.`},
		{"tender, long and nothing to hand back", tryTender(rw(""), "Yeah, it was, yeah, it was really cool, but I find it- found it really hard to try and focus on that 'cause I was so- I was kind of—"),
			`Notice the pull and slow down: before responding, reflect what lies behind what they said.`},
		{"tender, as said", tryTender(said("I'd say 35 or 40% competent"), ""),
			`Notice the pull, slow down, and reflect first: "You said: 'I'd say 35 or 40% competent.'"`},
		{"tender, a question", tryTender(rw(""), `Can I keep the "break", though?`),
			`Notice the pull and slow down: before answering "Can I keep the 'break', though?", reflect what lies behind it.`},
		// The no itself is quoted, never what the client said before it.
		{"quick yes", tryNoBadly(noQuick, "Sure", rw("sure"), rw("")),
			`The quick "Sure" may mean no: step back and ask, "When you said 'Sure', I wondered if I had gone too fast. What do you make of what I just said?"`},
		{"quick yes after a no", tryNoBadly(noQuick, "Sure", rw("sure"), rw("you're not quitting")),
			`The quick "Sure" may mean no: step back and ask, "When you said 'Sure', I wondered if I had gone too fast. What do you make of what I just said?"`},
		{"no pushed past, as said", tryNoBadly(noPlain, "i don't want to", said("I don't want to, we tried that"), rw("")),
			`Receive the no: "You said: 'I don't want to, we tried that.' That's fair, and it's your call." Then ask what would fit better.`},
		{"side taken, need, as said", trySideTaken(said("It's 2 beers, it relaxes me"), "a way to unwind", needs.UseGiven),
			`Before offering anything, reflect that side: "You said: 'It's 2 beers, it relaxes me.' It sounds like that gives you a way to unwind."`},
		{"no, well, as said", tryNoWell(noPlain, "no", said("No, we're not doing that"), rw(""), ""),
			`Later, check whether it still stands: "Earlier you said: 'No, we're not doing that.' Is that still how it is?"`},
		{"bare no, well, as said", tryNoWell(noPlain, "no", said("No"), rw(""), "you try the patch"),
			`Later, check whether it still stands: "Earlier, when I suggested you try the patch, you said no. Is it still a no?"`},
		{"yes but, short", tryNoBadly(noBut, "okay but", rw("no patches"), rw("")),
			`Reflect what comes after the "but" before anything else: "So, no patches." Then ask what would fit better.`},
		{"yes but", tryNoBadly(noBut, "yeah but", rw("you've tried that before and it didn't help"), rw("")),
			`Reflect what comes after the "but" before anything else: "You've tried that before and it didn't help." Then ask what would fit better.`},
		{"change of subject", tryNoBadly(noSubject, "anyway", rw(""), rw("you've tried that before and it didn't help")),
			`Notice the change of subject: it may be a no. Follow it for a moment, then ask, "Earlier you said you've tried that before and it didn't help. Would it be all right to come back to that, or would you rather leave it for today?"`},
		{"change of subject, nothing before", tryNoBadly(noSubject, "anyway", rw(""), rw("")),
			`Notice the change of subject: it may be a no. Follow it for a moment, then ask, "Would it be all right to come back to what we were talking about, or would you rather leave it for today?"`},
		{"no pushed past", tryNoBadly(noPlain, "i don't want to", rw("you don't want to talk about gum"), rw("")),
			`Receive the no: "You don't want to talk about gum — that's fair, and it's your call." Then ask what would fit better.`},
		{"no thanks, well", tryNoWell(noPlain, "no", rw("no thanks"), rw(""), ""),
			`Later, check whether it still stands: "Earlier you said no thanks. Is it still a no?"`},
		{"no, well", tryNoWell(noPlain, "no", rw("there's always a meeting, or someone grabs you on the way out"), rw(""), ""),
			`Later, check whether it still stands: "Earlier you said there's always a meeting, or someone grabs you on the way out. Is that still how it is?"`},
		{"no, well, no words", tryNoWell(noPlain, "no", rw(""), rw(""), ""), `Later, check whether the no still stands.`},
		{"no, well, one word", tryNoWell(noPlain, "right", rw("right"), rw(""), ""),
			`Later, check whether the "right" still stands: "Where are you with that now?"`},
		{"no, well, ends in no", tryNoWell(noPlain, "no", rw("the walk, no"), rw(""), ""),
			`Later, check whether it still stands: "Earlier you said the walk, no. Is it still a no?"`},
		{"no way, well", tryNoWell(noPlain, "no way", rw("you're not wearing a pump, no way"), rw(""), ""),
			`Later, check whether it still stands: "Earlier you said you're not wearing a pump, no way. Is it still a no?"`},
		{"bare no, well, after a proposal", tryNoWell(noPlain, "no", rw("no"), rw(""), "you try turning your phone off at nine"),
			`Later, check whether it still stands: "Earlier, when I suggested you try turning your phone off at nine, you said no. Is it still a no?"`},
		{"bare no, well, no proposal", tryNoWell(noPlain, "no", rw("no"), rw(""), ""),
			`Later, check whether it still stands: "Earlier you said no. Is it still a no?"`},
		{"quick yes, well", tryNoWell(noQuick, "okay", rw("okay"), rw(""), ""),
			`Later, check that the "okay" was a real yes: "You said okay earlier. What did you make of what I said?"`},
		{"change of subject, well", tryNoWell(noSubject, "by the way", rw(""), rw("work keeps you busy"), ""),
			`Later, when it fits, offer to go back: "Before we moved on, you said work keeps you busy. Would you like to come back to that, or leave it?"`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestSameTopic(t *testing.T) {
	tests := []struct {
		sustain, change string
		want            bool
	}{
		// The pairing from a real report: nothing in common.
		{"you're just kinda surprised", "maybe you'll have like a drink or two", false},
		{"a drink is the only thing that helps you sleep", "you'd like to drink less on weeknights", true},
		{"you don't have time in your schedule", "you'd like to make time for the gym", true},
		{"you can't afford a fall", "you don't want your daughter doing for you what you did for him", false},
		{"you don't really think you drink that much", "you want to feel better", false},
	}
	for _, tt := range tests {
		if got := sameTopic(rw(tt.sustain), rw(tt.change)); got != tt.want {
			t.Errorf("sameTopic(%q, %q) = %v, want %v", tt.sustain, tt.change, got, tt.want)
		}
	}
}
