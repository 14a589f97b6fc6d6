package analysis_test

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// TestNeedNamedBack checks that a professional names a need with a word
// for the need itself, or the client's phrase turned to "you", and not
// with a topic the two utterances share.
func TestNeedNamedBack(t *testing.T) {
	refl := func(text string) turn { return turn{"p", ally.CodeReflection, ally.SubComplex, text} }
	sus := func(text string) turn { return turn{"c", ally.CodeSustain, "", text} }
	tests := []struct {
		name  string
		turns []turn
		need  string
		named bool
	}{
		{"the need's word", []turn{sus("A few beers with the guys is the one thing I look forward to."),
			refl("That time with your friends matters a lot to you.")}, "connection", true},
		{"the need's word after the client's phrase", []turn{sus("Without it I'd never get away from my desk."),
			refl("It gives you a break from everything.")}, "break", true},
		{"a shared topic", []turn{sus("Drinking with my friends is how I fit in, and my wife hates it."),
			refl("Your wife is worried about you.")}, "connection", false},
		{"the client's phrase in the second person", []turn{sus("I know, but it's the only thing that helps me relax."),
			refl("It helps you relax.")}, "rest", true},
		{"an open question with the need's word", []turn{sus("I can't sleep without a couple of drinks."),
			{"p", ally.CodeQuestion, ally.SubOpen, "What else has helped you sleep?"}}, "sleep", true},
		{"a topic noun, not the need", []turn{sus("I can't afford a fall."),
			refl("Your doctor is worried about your blood pressure.")}, "safety", false},
		{"blood pressure does not name stress", []turn{sus("It calms me down when I'm stressed."),
			refl("Your blood pressure is on your mind.")}, "coping", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis.Analyze(MustTranscript(t, tt.turns...), analysis.Options{})
			for _, m := range a.Needs {
				if m.Need != tt.need {
					continue
				}
				if got := len(m.Named) > 0; got != tt.named {
					t.Errorf("%s named = %v, want %v", tt.need, got, tt.named)
				}
				return
			}
			t.Errorf("need %s not found in %+v", tt.need, a.Needs)
		})
	}
}
