package analysis_test

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// righting returns the righting_reflex value of the turns.
func righting(t *testing.T, turns ...turn) float64 {
	t.Helper()
	a := analysis.Analyze(MustTranscript(t, turns...), analysis.Options{})
	for _, g := range a.Guidelines {
		for _, ind := range g.Indicators {
			if ind.ID == "righting_reflex" && ind.Value != nil {
				return *ind.Value
			}
		}
	}
	t.Fatal("no righting_reflex value")
	return 0
}

func TestAskedForAndClosingsAreNotPushes(t *testing.T) {
	open := turn{"p", ally.CodeQuestion, ally.SubOpen, "What would you like to talk about?"}
	for _, c := range []struct {
		name   string
		client string
		prac   turn
		want   float64
	}{
		{"advice asked for", "Do you have any other advice for me?", turn{"p", ally.CodeInput, ally.SubAdvice, "Some people find a walk after dinner helps."}, 0},
		{"information asked for", "So I can actually do it that way?", turn{"p", ally.CodeInput, ally.SubInformation, "Yes, splitting the dose works the same."}, 0},
		{"a question about something else", "Anyway, did you see the game last night?", turn{"p", ally.CodeInput, ally.SubInformation, "Drinking is bad for your heart."}, 50},
		{"a goodbye", "Okay, thanks.", turn{"p", ally.CodeInput, ally.SubInformation, "Take care, and I'll see you in a month."}, 0},
		{"scheduling", "Sounds good.", turn{"p", ally.CodeInput, ally.SubInformation, "Let's schedule the next appointment for two weeks."}, 0},
		{"a closing that directs", "Okay.", turn{"p", ally.CodeInput, ally.SubAdvice, "See you next week, and you need to stop drinking before then."}, 50},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := righting(t, open, turn{"c", ally.CodeNeutral, "", c.client}, c.prac)
			if got != c.want {
				t.Errorf("righting reflex %.0f%%, want %.0f%%", got, c.want)
			}
		})
	}
}
