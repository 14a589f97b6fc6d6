package analysis_test

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// TestMITI checks the MITI summary on exchanges whose counts are plain.
func TestMITI(t *testing.T) {
	refl := func(sub, text string) turn { return turn{"p", ally.CodeReflection, sub, text} }
	q := turn{"p", ally.CodeQuestion, ally.SubOpen, "What would you like to talk about today?"}
	c := turn{"c", ally.CodeNeutral, "", "Work, I suppose."}
	tests := []struct {
		name            string
		turns           []turn
		refl, questions int
		rq, pcr         *float64
		nonAdherent     int
	}{
		{"reflections and a question",
			[]turn{q, c, refl(ally.SubSimple, "Work's on your mind."), c, refl(ally.SubComplex, "It's been weighing on you more than you let on.")},
			2, 1, f(2), f(50), 0},
		{"a lecture coded as a reflection is persuasion, not a reflection",
			[]turn{q, c, refl(ally.SubComplex, "You need to stop drinking. It is killing your liver."), c, refl(ally.SubSimple, "Work's on your mind.")},
			1, 1, f(1), f(0), 1},
		{"a persuading question is persuasion, not a question",
			[]turn{q, c, refl(ally.SubSimple, "Work's on your mind."), c, turn{"p", ally.CodeQuestion, ally.SubClosed, "Don't you think you should quit?"}},
			1, 1, f(1), f(0), 1},
		{"no question: no ratio",
			[]turn{c, refl(ally.SubSimple, "Work's on your mind.")},
			1, 0, nil, f(0), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := analysis.Analyze(MustTranscript(t, tt.turns...), analysis.Options{}).MITI
			if m.Reflections != tt.refl || m.Questions != tt.questions {
				t.Errorf("reflections, questions = %d, %d; want %d, %d", m.Reflections, m.Questions, tt.refl, tt.questions)
			}
			if deref(m.ReflectionToQuestion) != deref(tt.rq) {
				t.Errorf("R:Q = %v, want %v", deref(m.ReflectionToQuestion), deref(tt.rq))
			}
			if deref(m.PercentComplexReflections) != deref(tt.pcr) {
				t.Errorf("%%CR = %v, want %v", deref(m.PercentComplexReflections), deref(tt.pcr))
			}
			if m.MINonAdherent != tt.nonAdherent {
				t.Errorf("non-adherent = %d, want %d", m.MINonAdherent, tt.nonAdherent)
			}
		})
	}
}
