package analysis_test

import (
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// TestPushHandsBack checks that unasked input which emphasises autonomy or
// seeks collaboration is not counted as the righting reflex, while input
// that persuades still is.
func TestPushHandsBack(t *testing.T) {
	reflect := turn{"p", ally.CodeReflection, ally.SubComplex, "The wine is how you unwind."}
	yeah := turn{"c", ally.CodeNeutral, "", "Yeah."}
	tests := []struct {
		name string
		say  turn
		want float64
	}{
		{"try it and see, together", turn{"p", ally.CodeInput, ally.SubAdvice, "You can try it and see how it goes, and we'll look at it together next time."}, 0},
		{"you can pass", turn{"p", ally.CodeInput, ally.SubInformation, "A reminder before anything else: you can pass on any question tonight. Nobody has to share."}, 0},
		{"plain unasked advice", turn{"p", ally.CodeInput, ally.SubAdvice, "Switch to one glass on weeknights."}, 50},
		{"persuasion with autonomy words", turn{"p", ally.CodeInput, ally.SubAdvice, "That's your choice, but you need to know the risks."}, 50},
		{"own pace, up to you", turn{"p", ally.CodeInput, ally.SubAdvice, "Go at your own pace; it's up to you."}, 0},
		{"own pace, but a command", turn{"p", ally.CodeInput, ally.SubAdvice, "Go at your own pace, but stop drinking before bed."}, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis.Analyze(MustTranscript(t, tt.say, yeah, reflect), analysis.Options{})
			got := indicator(t, a, "righting_reflex")
			if got.Value == nil || *got.Value != tt.want {
				t.Errorf("righting_reflex = %v, want %v", deref(got.Value), tt.want)
			}
		})
	}
}
