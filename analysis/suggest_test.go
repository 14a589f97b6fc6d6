package analysis

// An internal test: clientWords and the suggestion builders are unexported,
// and their exact wording is what is under test.

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
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

func TestTryBuilders(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"side taken, need", trySideTaken("drinking with your friends is how you fit in", "a way to feel close to people", needGiven),
			`Before offering anything, reflect that side: "Drinking with your friends is how you fit in — it gives you a way to feel close to people."`},
		{"side taken, need already said", trySideTaken("a few drinks after work are the only way you can unwind", "a way to unwind", needNamed),
			`Before offering anything, reflect that side: "A few drinks after work are the only way you can unwind." Then ask them to tell you more about it.`},
		{"side taken, need lacking", trySideTaken("you don't have the energy after work", "the energy to keep going", needLacking),
			`Before offering anything, reflect that side: "You don't have the energy after work." Then ask them to tell you more about it.`},
		{"side taken, no quote", trySideTaken("", "", ""),
			`Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it.`},
		{"need unexplored", tryNeedUnexplored("smoking is the only break you get from the kids all day", "a break from everything", needGiven),
			`Name the need: "So smoking is the only break you get from the kids all day — it gives you a break from everything." Then ask what else could give them that.`},
		{"need unexplored, need already said", tryNeedUnexplored("a smoke is how you wind down", "a way to wind down", needNamed),
			`Reflect the need in their words: "So a smoke is how you wind down." Then ask what else could give them that.`},
		{"need unexplored, need lacking", tryNeedUnexplored("you're too busy at work to go to meetings", "a way to manage money", needLacking),
			`Reflect it in their words: "So you're too busy at work to go to meetings." Then ask what matters most to them about it.`},
		{"both sides", tryBothSides("you can't afford a fall", "you don't want your daughter doing for you what you did for him"),
			`Build on it with both sides: "On the one hand, you can't afford a fall; on the other, you don't want your daughter doing for you what you did for him."`},
		{"one side only", tryBothSides("it's finally your time", ""),
			`Keep doing this, then go one step further: "It's finally your time. What matters most to you about that?"`},
		{"the same words on both sides", tryBothSides("it's finally your time", "it's finally your time"),
			`Keep doing this, then go one step further: "It's finally your time. What matters most to you about that?"`},
		{"both sides, no quote", tryBothSides("", ""), `Keep doing this, and ask what that side does for them.`},
		{"tender", tryTender("you can't sleep without a couple of drinks", ""),
			`Notice the pull, slow down, and reflect first: "You can't sleep without a couple of drinks."`},
		{"tender, a question", tryTender("", `Can I keep the "break", though?`),
			`Notice the pull and slow down: before answering "Can I keep the 'break', though?", reflect what lies behind it.`},
		{"quick yes", tryNoBadly(noQuick, "sure", "sure", ""),
			`The quick "sure" may mean no: step back and ask, "What do you make of what I just said?"`},
		{"quick yes after a no", tryNoBadly(noQuick, "sure", "sure", "you're not quitting"),
			`The quick "sure" may mean no: step back and ask, "You said you're not quitting. What do you make of what I just said?"`},
		{"yes but, short", tryNoBadly(noBut, "okay but", "no patches", ""),
			`Reflect what comes after the "but" before anything else: "So, no patches." Then ask what would fit better.`},
		{"yes but", tryNoBadly(noBut, "yeah but", "you've tried that before and it didn't help", ""),
			`Reflect what comes after the "but" before anything else: "You've tried that before and it didn't help." Then ask what would fit better.`},
		{"change of subject", tryNoBadly(noSubject, "anyway", "", "you've tried that before and it didn't help"),
			`Notice the change of subject: it may be a no. Follow it for a moment, then ask, "Earlier you said you've tried that before and it didn't help. Would it be all right to come back to that, or would you rather leave it for today?"`},
		{"change of subject, nothing before", tryNoBadly(noSubject, "anyway", "", ""),
			`Notice the change of subject: it may be a no. Follow it for a moment, then ask, "Would it be all right to come back to what we were talking about, or would you rather leave it for today?"`},
		{"no pushed past", tryNoBadly(noPlain, "i don't want to", "you don't want to talk about gum", ""),
			`Receive the no: "You don't want to talk about gum — that's fair, and it's your call." Then ask what would fit better.`},
		{"no thanks, well", tryNoWell(noPlain, "no", "no thanks", "", ""),
			`Later, check whether it still stands: "Earlier you said no thanks. Is it still a no?"`},
		{"no, well", tryNoWell(noPlain, "no", "there's always a meeting, or someone grabs you on the way out", "", ""),
			`Later, check whether it still stands: "Earlier you said there's always a meeting, or someone grabs you on the way out. Is that still how it is?"`},
		{"no, well, no words", tryNoWell(noPlain, "no", "", "", ""), `Later, check whether the no still stands.`},
		{"no, well, one word", tryNoWell(noPlain, "right", "right", "", ""),
			`Later, check whether the "right" still stands: "Where are you with that now?"`},
		{"no, well, ends in no", tryNoWell(noPlain, "no", "the walk, no", "", ""),
			`Later, check whether it still stands: "Earlier you said the walk, no. Is it still a no?"`},
		{"no way, well", tryNoWell(noPlain, "no way", "you're not wearing a pump, no way", "", ""),
			`Later, check whether it still stands: "Earlier you said you're not wearing a pump, no way. Is it still a no?"`},
		{"bare no, well, after a proposal", tryNoWell(noPlain, "no", "no", "", "you try turning your phone off at nine"),
			`Later, check whether it still stands: "Earlier, when I suggested you try turning your phone off at nine, you said no. Is it still a no?"`},
		{"bare no, well, no proposal", tryNoWell(noPlain, "no", "no", "", ""),
			`Later, check whether it still stands: "Earlier you said no. Is it still a no?"`},
		{"quick yes, well", tryNoWell(noQuick, "okay", "okay", "", ""),
			`Later, check that the "okay" was a real yes: "You said okay earlier. What did you make of what I said?"`},
		{"change of subject, well", tryNoWell(noSubject, "by the way", "", "work keeps you busy", ""),
			`Later, when it fits, offer to go back: "Before we moved on, you said work keeps you busy. Would you like to come back to that, or leave it?"`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestNeedUse(t *testing.T) {
	rest := compiledNeed{Need: Need{Gives: "a way to unwind", Names: []string{"relax", "rest", "unwind"}}}
	close := compiledNeed{Need: Need{Gives: "a way to feel close to people", Names: []string{"together", "close to"}}}
	energy := compiledNeed{Need: Need{Gives: "the energy to keep going", Names: []string{"energy", "boost"}}}
	busy := compiledNeed{Need: Need{Gives: "a way to manage money, time and everyday demands"}}
	brk := compiledNeed{Need: Need{Gives: "a break from everything", Names: []string{"break", "escape"}}}
	say := compiledNeed{Need: Need{Gives: "a say over your own life", Names: []string{"your choice"}}}
	cope := compiledNeed{Need: Need{Gives: "a way to handle hard feelings"}}
	tests := []struct {
		words, phrase string
		need          compiledNeed
		want          string
	}{
		{"a few beers after work is how you relax", "relax", rest, needNamed},
		{"it helps you relax, it gives you a way to unwind", "relax", rest, needNamed},
		{"drinking with your friends is how you fit in", "with my friends", close, needGiven},
		{"you're not going to drop your friends", "drop my friends", close, needGiven},
		{"at work it's the only time anyone leaves you alone", "leaves me alone", brk, needGiven},
		{"you can't cope without a drink", "can't cope", cope, needGiven},
		{"you don't have the energy after work", "energy", energy, needLacking},
		{"you don't have the energy after work", "don't have the energy", rest, needLacking},
		{"you're too busy at work to go to meetings", "too busy", busy, needLacking},
		{"you have no time for it", "time", busy, needLacking},
		{"your wife won't leave you alone about it, she nags you every day", "leave me alone", brk, needLacking},
		{"your wife won't leave you alone about it, she nags you every day", "nag me", say, needLacking},
		{"your wife keeps telling you to stop", "telling me to", say, needLacking},
		{"you're fine", "telling me to", say, needLacking},
	}
	for _, tt := range tests {
		if got := needUse(tt.words, tt.phrase, tt.need); got != tt.want {
			t.Errorf("needUse(%q, %q) = %q, want %q", tt.words, tt.phrase, got, tt.want)
		}
	}
}

// suggestTurn is one hand-coded utterance: "p" or "c" for the role, then
// the code.
type suggestTurn struct{ role, label, text string }

// mustSession codes a transcript of practitioner "P" and client "C" by hand.
func mustSession(tb testing.TB, turns ...suggestTurn) *ally.Transcript {
	tb.Helper()
	t := &ally.Transcript{Name: "test"}
	for i, tu := range turns {
		u := ally.Utterance{Index: i, Text: tu.text, Code: ally.Code{Label: tu.label, Confidence: 1}}
		switch tu.role {
		case "p":
			u.Role, u.Speaker = ally.RolePractitioner, "P"
		case "c":
			u.Role, u.Speaker = ally.RoleClient, "C"
		default:
			tb.Fatalf("turn %d: role %q", i, tu.role)
		}
		t.Utterances = append(t.Utterances, u)
	}
	return t
}

// tryOf returns the suggestion of the moment of a kind at utterance i.
func tryOf(tb testing.TB, a *ally.Analysis, kind string, i int) string {
	tb.Helper()
	for _, m := range a.Moments {
		if m.Kind == kind && m.Index == i {
			return m.Try
		}
	}
	tb.Fatalf("no %s moment at %d in %+v", kind, i, a.Moments)
	return ""
}

func TestBothSidesUseOnlyEarlierChange(t *testing.T) {
	sustain := suggestTurn{"c", ally.CodeSustain, "Exactly. I'm seventy-three. I can't afford a fall."}
	reflect := suggestTurn{"p", ally.CodeReflection, "A fall would be a serious thing at this point in your life."}
	later := suggestTurn{"c", ally.CodeChange, "I don't want my daughter doing for me what I did for him."}
	earlier := suggestTurn{"c", ally.CodeChange, "I want to stay in my own house."}
	open := suggestTurn{"p", ally.CodeQuestion, "What matters to you?"}

	a := Analyze(mustSession(t, open, sustain, reflect, later, reflect), Options{})
	if got := tryOf(t, a, ally.MomentResistanceHeard, 1); strings.Contains(got, "daughter") {
		t.Errorf("the suggestion at 1 uses change talk said later:\n%s", got)
	}
	a = Analyze(mustSession(t, open, earlier, open, sustain, reflect, later, reflect), Options{})
	want := `Build on it with both sides: "On the one hand, you can't afford a fall; on the other, you want to stay in your own house."`
	if got := tryOf(t, a, ally.MomentResistanceHeard, 3); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestChangeOfSubjectIsNotQuoted(t *testing.T) {
	a := Analyze(mustSession(t,
		suggestTurn{"p", ally.CodeInput, "You should go to AA meetings every week."},
		suggestTurn{"c", ally.CodeSustain, "Yeah, but I've tried that before and it didn't help."},
		suggestTurn{"p", ally.CodeInput, "You have to try harder. Cut down to two drinks a night."},
		suggestTurn{"c", ally.CodeNeutral, "Anyway, did you see the game last night?"},
		suggestTurn{"p", ally.CodeInput, "Let's stay on topic. Drinking is bad for your heart."},
	), Options{})
	got := tryOf(t, a, ally.MomentNoBadly, 3)
	if strings.Contains(got, "game") || strings.Contains(got, "it's your call") {
		t.Errorf("the change of subject is reflected as a no:\n%s", got)
	}
	if !strings.Contains(got, "you've tried that before and it didn't help") {
		t.Errorf("the suggestion does not go back to what the client said before the shift:\n%s", got)
	}
}

func TestNeedSuggestions(t *testing.T) {
	ask := suggestTurn{"p", ally.CodeQuestion, "How often is that?"}
	push := suggestTurn{"p", ally.CodeInput, "You should go to the gym three times a week."}
	tests := []struct {
		text, kind string
		ask        suggestTurn
		want       string // "" when no moment may name a need after the words
	}{
		// The need's own word is not said again after it.
		{"Honestly it helps me relax after a long day.", ally.MomentNeedUnexplored, ask,
			`Reflect the need in their words: "So it helps you relax after a long day." Then ask what else could give them that.`},
		{"I hear you, but a few beers after work is how I relax.", ally.MomentSideTaken, push,
			`Before offering anything, reflect that side: "A few beers after work is how you relax." Then ask them to tell you more about it.`},
		// A barrier is not something the resistance gives.
		{"I don't have the energy after work.", "", push, ""},
		{"I don't have the energy after work.", "", ask, ""},
		{"I'm too busy at work to go to meetings.", "", push, ""},
		{"I'm too busy at work to go to meetings.", "", ask, ""},
		{"My wife won't leave me alone about it, she nags me every day.", "", ask, ""},
		// Of two needs, the one the words name is spoken of.
		{"I don't have the energy after work, a smoke is my only break.", ally.MomentNeedUnexplored, ask,
			`Reflect the need in their words: "So you don't have the energy after work, a smoke is your only break." Then ask what else could give them that.`},
	}
	for _, tt := range tests {
		a := Analyze(mustSession(t, push, suggestTurn{"c", ally.CodeSustain, tt.text}, tt.ask), Options{})
		if tt.want == "" {
			for _, m := range a.Moments {
				if strings.Contains(m.Try, "it gives you") {
					t.Errorf("%q: a need is named after a barrier:\n%s", tt.text, m.Try)
				}
			}
			continue
		}
		if got := tryOf(t, a, tt.kind, 1); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

func TestBothSidesLeaveOutTheProfessionalsView(t *testing.T) {
	a := Analyze(mustSession(t,
		suggestTurn{"p", ally.CodeQuestion, "What would you like to change?"},
		suggestTurn{"c", ally.CodeChange, "You think I should quit, I know."},
		suggestTurn{"p", ally.CodeQuestion, "What else?"},
		suggestTurn{"c", ally.CodeSustain, "But a drink is the only thing that gets me through the evening."},
		suggestTurn{"p", ally.CodeReflection, "Evenings are hard."},
	), Options{})
	want := `Keep doing this, then go one step further: "A drink is the only thing that gets you through the evening. What matters most to you about that?"`
	if got := tryOf(t, a, ally.MomentResistanceHeard, 3); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestOfferWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"You could try turning your phone off at nine.", "you try turning your phone off at nine"},
		{"Okay. How about a short walk after dinner?", "a short walk after dinner"},
		{"Why don't you cut down to two drinks a night?", "you cut down to two drinks a night"},
		{"What do you think?", ""},
	}
	for _, tt := range tests {
		if got := offerWords(tt.text); got != tt.want {
			t.Errorf("offerWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A "no" received well is checked in the client's words, never in words
// said to the professional, and a bare "no" with what it answered.
func TestNoWellWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"You don't understand, you need to live my life to get it. I I I just can't switch off otherwise.",
			`"Earlier you said you just can't switch off otherwise. Is that still how it is?"`},
		{"I know, I know, but you don't know what my days are like.", `Later, check whether the no still stands.`},
		{"Fine. But you don't know what it's like. It's my way of unwinding and I'm not giving it up…",
			`"Earlier you said it's your way of unwinding and you're not giving it up. Is that still how it is?"`},
		{"I'm not wearing a pump. No way. I don't want something stuck to me all day.",
			`"Earlier you said you're not wearing a pump, no way. Is it still a no?"`},
		{"No.", `"Earlier, when I suggested you try turning your phone off at nine, you said no. Is it still a no?"`},
	}
	for _, tt := range tests {
		a := Analyze(mustSession(t, suggestTurn{"p", ally.CodeInput, "You could try turning your phone off at nine."},
			suggestTurn{"c", ally.CodeSustain, tt.text}, suggestTurn{"p", ally.CodeReflection, "You're not ready for that."}), Options{})
		if got := tryOf(t, a, ally.MomentNoWell, 1); !strings.HasSuffix(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want …%s", tt.text, got, tt.want)
		}
	}
}
