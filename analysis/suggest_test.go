package analysis

// An internal test: clientWords and the suggestion builders are unexported,
// and their exact wording is what is under test.

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
)

func TestClientWords(t *testing.T) {
	tests := []struct{ text, want, out string }{
		// A filler that is the whole answer is the answer.
		{"No thanks.", "no", "no thanks"},
		{"No thanks.", "", "no thanks"},
		{"Okay.", "okay", "okay"},
		{"No. No way.", "no way", "no way"},
		{"Okay, but no patches.", "okay but", "okay, but no patches"},
		// A bare "no" is joined to what follows, then dropped.
		{"No. There's always a meeting, or someone grabs me on the way out.", "no", "there's always a meeting, or someone grabs you on the way out"},
		{"Because I don't want to be the dad who's hungover at every game. I want to be there.", "i don't want to",
			"you don't want to be the dad who's hungover at every game"},
		{"Fine. I'm not quitting, just so you know.", "", "you're not quitting"},
		{"I'm not quitting. I'll just get a ride.", "i'm not quitting", "you're not quitting, you'll just get a ride"},
		{"Good, because I'm passing. I'm only here because the judge says so.", "i'm passing",
			"you're passing, you're only here because the judge says so"},
		{"Good food is the one thing I have.", "", "good food is the one thing you have"},
		{"I'm not stopping. Smoking is the only break I get.", "i'm not stopping", "you're not stopping, smoking is the only break you get"},
		{"I'm glad to have a job, I really am happy that I'm working, so.", "", "you're glad to have a job, you really are happy that you're working"},
		{"That's the way I like", "", "that's the way you like"},
		{"Right, and I'm not ready.", "", "you're not ready"},
		// "to be" agrees with its new subject; "it was" stays.
		{"Three times. The patches gave me weird dreams and I was snapping at everybody.", "",
			"the patches gave you weird dreams and you were snapping at everybody"},
		{"I wasn't ready, and I am still not sure I'm able to do it myself.", "",
			"you weren't ready, and you are still not sure you're able to do it yourself"},
		{"It was fine, I was just tired.", "", "it was fine, you were just tired"},
		{"Was I really that bad", "", "were you really that bad"},
		{"I really was trying, we were all trying.", "", "you really were trying, you were all trying"},
		// Disfluencies go.
		{"Well, I-- you know, my pressure has been high for years and, um, you know.", "", "your pressure has been high for years"},
		{"No, I don't- I don't, uh, really like the idea of taking pills.", "", "you don't really like the idea of taking pills"},
		{"I smoked, you know, as a young adult.", "", "you smoked as a young adult"},
		{"I-I did agree I would work on the smoking.", "", "you did agree you would work on the smoking"},
		{"I-I-I'm not- I'm not as happy and relaxed as I normally am.", "", "you're not as happy and relaxed as you normally are"},
		{"Yeah, I don't I don't wanna lose my friends because of this.", "", "you don't wanna lose your friends because of this"},
		{"With my friends it's, I mean, a lot of fun.", "", "with your friends it's a lot of fun"},
		{`"It's just not that easy to quit.`, "", "it's just not that easy to quit"},
		{"Well, yeah, I-I'd like to try it.", "", "you'd like to try it"},
		{"Well, I'm glad I don't have any of that.[laughter]", "", "you're glad you don't have any of that"},
		{"Some folks, you know, [unintelligible 00:03:18] put on music.", "", "some folks put on music"},
		{"Um, no, not really. Like I said, I don't drink that much-", "", "you don't drink that much"},
		{"Yeah. Wanting to be part of a group-", "", "wanting to be part of a group"},
		{"It'll help with the—", "", "it'll help with"},
		// "a.m." does not end a sentence; acronyms, names and quotes survive.
		{"I watch TV until one a.m. every night, it's my time.", "", "you watch TV until one a.m. every night, it's your time"},
		{"TV is the only thing that works.", "", "TV is the only thing that works"},
		{"Dev drives me here, and Dev never says a word.", "", "Dev drives you here, and Dev never says a word"},
		{`At my last review she said I wasn't "responsive enough".`, "", "at your last review she said you weren't 'responsive enough'"},
		// The need's phrase is found on stems, "takes" for "take".
		{"Honestly, a few drinks after work are the only way I can unwind. It takes the edge off after a long shift.",
			"take the edge off", "it takes the edge off after a long shift"},
		// Long sentences are cut at a comma, never after "and".
		{"I have to be up at five every day for work, so the evenings are all I've got and nobody can take that away from me.", "",
			"you have to be up at five every day for work"},
		{"I get up at five every day for work and the evenings are all that I have and nobody can take them.", "",
			"you get up at five every day for work and the evenings are all that you have"},
		{"", "", ""},
		{"...", "no", ""},
	}
	for _, tt := range tests {
		if got := clientWords(tt.text, tt.want); got != tt.out {
			t.Errorf("clientWords(%q, %q)\n got  %q\n want %q", tt.text, tt.want, got, tt.out)
		}
	}
}

func TestResistantWords(t *testing.T) {
	needs := compileNeeds()
	tests := []struct{ text, want, out string }{
		// The resistant sentence, not the longest.
		{"I get the kids down around eight-thirty. Then it's finally my time. I watch something, scroll my phone. Before I know it, it's one a.m.", "",
			"it's finally your time"},
		{"I would. But I can't just turn it off. That's not realistic in my job.", "", "you can't just turn it off"},
		{"I drove my car to work and my job is fine. I don't see the problem.", "", "you don't see the problem"},
		{"Exactly. If I go to bed at ten, I basically have no life. It's work, kids, sleep.", "",
			"if you go to bed at ten, you basically have no life"},
		{"Yeah, and honestly by the end of the day I'm wrecked. The last thing I want is to go to a gym.", "",
			"the last thing you want is to go to a gym"},
		{"Honestly, a few drinks after work are the only way I can unwind. It takes the edge off after a long shift.", "unwind",
			"a few drinks after work are the only way you can unwind"},
		// Nothing worth quoting: the caller words its suggestion without one.
		{"Yeah. Can I keep the break, though? Just without the cigarette?", "", ""},
		{"Okay.", "", ""},
		{"No thanks.", "", ""},
	}
	for _, tt := range tests {
		if got := resistantWords(tt.text, tt.want, needs); got != tt.out {
			t.Errorf("resistantWords(%q, %q)\n got  %q\n want %q", tt.text, tt.want, got, tt.out)
		}
	}
}

func TestChangeWords(t *testing.T) {
	tests := []struct{ text, out string }{
		{"When you put it like that, yeah. I hadn't thought of it that way.", ""},
		{"It does. But I guess if I'm going to do it, the surgery is a good reason.", "if you're going to do it, the surgery is a good reason"},
		{"I don't want that. I don't want my daughter doing for me what I did for him.", "you don't want your daughter doing for you what you did for him"},
	}
	for _, tt := range tests {
		if got := changeWords(tt.text); got != tt.out {
			t.Errorf("changeWords(%q)\n got  %q\n want %q", tt.text, got, tt.out)
		}
	}
}

func TestAfterBut(t *testing.T) {
	tests := []struct{ text, out string }{
		{"Okay, but no patches.", "no patches"},
		{"Yeah, but I've tried that before and it didn't help.", "you've tried that before and it didn't help"},
		{"I know, but it's the only thing that helps me relax.", "it's the only thing that helps you relax"},
		{"No.", ""},
		{"Yeah, but how much are you talking?", ""},
	}
	for _, tt := range tests {
		if got := afterBut(tt.text); got != tt.out {
			t.Errorf("afterBut(%q) = %q, want %q", tt.text, got, tt.out)
		}
	}
}

func TestNoStyle(t *testing.T) {
	tests := []struct {
		no         No
		text, want string
	}{
		{No{Kind: "overt", Cue: "no patches"}, "Okay, but no patches.", noBut},
		{No{Kind: "covert", Cue: "i know but"}, "I know, but it's the only thing that helps me relax.", noBut},
		{No{Kind: "overt", Cue: "i don't want to"}, "I tried, but I don't want to go back.", noPlain},
		{No{Kind: "covert", Cue: "sure"}, "Sure.", noQuick},
		{No{Kind: "covert", Cue: "anyway"}, "Anyway, did you see the game last night?", noSubject},
		{No{Kind: "overt", Cue: "no thanks"}, "No thanks.", noPlain},
	}
	for _, tt := range tests {
		if got := noStyle(tt.no, tt.text); got != tt.want {
			t.Errorf("noStyle(%+v, %q) = %q, want %q", tt.no, tt.text, got, tt.want)
		}
	}
}

func TestTryBuilders(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"side taken, need", trySideTaken("drinking with your friends is how you fit in", "a way to feel close to people"),
			`Before offering anything, reflect that side: "Drinking with your friends is how you fit in — it gives you a way to feel close to people."`},
		{"side taken, need already said", trySideTaken("a few drinks after work are the only way you can unwind", "a way to unwind"),
			`Before offering anything, reflect that side: "A few drinks after work are the only way you can unwind." Then ask them to tell you more about it.`},
		{"side taken, no quote", trySideTaken("", ""),
			`Before offering anything, reflect the side that wants things to stay as they are, and ask them to tell you more about it.`},
		{"need unexplored", tryNeedUnexplored("smoking is the only break you get from the kids all day", "a break from everything"),
			`Name the need: "So smoking is the only break you get from the kids all day — it gives you a break from everything." Then ask what else could give them that.`},
		{"need unexplored, need already said", tryNeedUnexplored("a smoke is how you wind down", "a way to wind down"),
			`Reflect the need in their words: "So a smoke is how you wind down." Then ask what else could give them that.`},
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
		{"no thanks, well", tryNoWell(noPlain, "no", "no thanks", ""),
			`Later, check whether it still stands: "Earlier you said no thanks. Is it still a no?"`},
		{"no, well", tryNoWell(noPlain, "no", "there's always a meeting, or someone grabs you on the way out", ""),
			`Later, check whether it still stands: "Earlier you said there's always a meeting, or someone grabs you on the way out. Is that still how it is?"`},
		{"no, well, no words", tryNoWell(noPlain, "no", "", ""), `Later, check whether the no still stands.`},
		{"no, well, one word", tryNoWell(noPlain, "right", "right", ""),
			`Later, check whether the "right" still stands: "Where are you with that now?"`},
		{"no, well, ends in no", tryNoWell(noPlain, "no", "the walk, no", ""),
			`Later, check whether it still stands: "Earlier you said the walk, no. Is it still a no?"`},
		{"quick yes, well", tryNoWell(noQuick, "okay", "okay", ""),
			`Later, check that the "okay" was a real yes: "You said okay earlier. What did you make of what I said?"`},
		{"change of subject, well", tryNoWell(noSubject, "by the way", "", "work keeps you busy"),
			`Later, when it fits, offer to go back: "Before we moved on, you said work keeps you busy. Would you like to come back to that, or leave it?"`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.name, tt.got, tt.want)
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
func tryOf(tb testing.TB, a *Analysis, kind string, i int) string {
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
	if got := tryOf(t, a, MomentResistanceHeard, 1); strings.Contains(got, "daughter") {
		t.Errorf("the suggestion at 1 uses change talk said later:\n%s", got)
	}
	a = Analyze(mustSession(t, open, earlier, open, sustain, reflect, later, reflect), Options{})
	want := `Build on it with both sides: "On the one hand, you can't afford a fall; on the other, you want to stay in your own house."`
	if got := tryOf(t, a, MomentResistanceHeard, 3); got != want {
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
	got := tryOf(t, a, MomentNoBadly, 3)
	if strings.Contains(got, "game") || strings.Contains(got, "it's your call") {
		t.Errorf("the change of subject is reflected as a no:\n%s", got)
	}
	if !strings.Contains(got, "you've tried that before and it didn't help") {
		t.Errorf("the suggestion does not go back to what the client said before the shift:\n%s", got)
	}
}
