package analysis_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

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
	sustain := turn{"c", ally.CodeSustain, "", "Exactly. I'm seventy-three. I can't afford a fall."}
	reflect := turn{"p", ally.CodeReflection, "", "A fall would be a serious thing at this point in your life."}
	later := turn{"c", ally.CodeChange, "", "I don't want my daughter doing for me what I did for him."}
	earlier := turn{"c", ally.CodeChange, "", "I want to stay safe from another fall."}
	open := turn{"p", ally.CodeQuestion, "", "What matters to you?"}

	a := analysis.Analyze(MustTranscript(t, open, sustain, reflect, later, reflect), analysis.Options{})
	if got := tryOf(t, a, ally.MomentResistanceHeard, 1); strings.Contains(got, "daughter") {
		t.Errorf("the suggestion at 1 uses change talk said later:\n%s", got)
	}
	a = analysis.Analyze(MustTranscript(t, open, earlier, open, sustain, reflect, later, reflect), analysis.Options{})
	want := `Build on it with both sides: "On the one hand, you can't afford a fall; on the other, you want to stay safe from another fall."`
	if got := tryOf(t, a, ally.MomentResistanceHeard, 3); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// Two sides are set together only when they are about the same thing.
func TestBothSidesOnlyOnOneThing(t *testing.T) {
	open := turn{"p", ally.CodeQuestion, "", "What matters to you?"}
	a := analysis.Analyze(MustTranscript(t, open,
		turn{"c", ally.CodeChange, "", "Maybe I'll have like a drink or two less on weeknights."}, open,
		turn{"c", ally.CodeSustain, "", "I'm just kinda surprised the doctor even brought it up."},
		turn{"p", ally.CodeReflection, "", "It caught you off guard."}), analysis.Options{})
	want := `Keep doing this, and stay with that side a little longer before anything else: "You're just kinda surprised the doctor even brought it up."`
	if got := tryOf(t, a, ally.MomentResistanceHeard, 3); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestChangeOfSubjectIsNotQuoted(t *testing.T) {
	a := analysis.Analyze(MustTranscript(t,
		turn{"p", ally.CodeInput, "", "You should go to AA meetings every week."},
		turn{"c", ally.CodeSustain, "", "Yeah, but I've tried that before and it didn't help."},
		turn{"p", ally.CodeInput, "", "You have to try harder. Cut down to two drinks a night."},
		turn{"c", ally.CodeNeutral, "", "Anyway, did you see the game last night?"},
		turn{"p", ally.CodeInput, "", "Let's stay on topic. Drinking is bad for your heart."},
	), analysis.Options{})
	got := tryOf(t, a, ally.MomentNoBadly, 3)
	if strings.Contains(got, "game") || strings.Contains(got, "it's your call") {
		t.Errorf("the change of subject is reflected as a no:\n%s", got)
	}
	if !strings.Contains(got, "you've tried that before and it didn't help") {
		t.Errorf("the suggestion does not go back to what the client said before the shift:\n%s", got)
	}
}

func TestNeedSuggestions(t *testing.T) {
	ask := turn{"p", ally.CodeQuestion, "", "How often is that?"}
	push := turn{"p", ally.CodeInput, "", "You should go to the gym three times a week."}
	tests := []struct {
		text, kind string
		ask        turn
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
		a := analysis.Analyze(MustTranscript(t, push, turn{"c", ally.CodeSustain, "", tt.text}, tt.ask), analysis.Options{})
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
	a := analysis.Analyze(MustTranscript(t,
		turn{"p", ally.CodeQuestion, "", "What would you like to change?"},
		turn{"c", ally.CodeChange, "", "You think I should quit, I know."},
		turn{"p", ally.CodeQuestion, "", "What else?"},
		turn{"c", ally.CodeSustain, "", "But a drink is the only thing that gets me through the evening."},
		turn{"p", ally.CodeReflection, "", "Evenings are hard."},
	), analysis.Options{})
	want := `Keep doing this, and stay with that side a little longer before anything else: "A drink is the only thing that gets you through the evening."`
	if got := tryOf(t, a, ally.MomentResistanceHeard, 3); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
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
		a := analysis.Analyze(MustTranscript(t, turn{"p", ally.CodeInput, "", "You could try turning your phone off at nine."},
			turn{"c", ally.CodeSustain, "", tt.text}, turn{"p", ally.CodeReflection, "", "You're not ready for that."}), analysis.Options{})
		if got := tryOf(t, a, ally.MomentNoWell, 1); !strings.HasSuffix(got, tt.want) {
			t.Errorf("%q:\n got  %s\n want …%s", tt.text, got, tt.want)
		}
	}
}
