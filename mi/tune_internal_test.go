package mi

import (
	"math"
	"testing"
)

// TestTemperature checks the fitted temperature against codes whose
// confidence overstates (or understates) how often they are right.
func TestTemperature(t *testing.T) {
	classes := []string{"a", "b"}
	tests := []struct {
		name     string
		p        float64 // probability the model gives its top class
		right    int     // of every 10 codes
		from, to float64 // where the temperature must fall
	}{
		{"overconfident", 0.95, 7, 1.2, 4},
		{"underconfident", 0.6, 9, 0.25, 0.8},
		{"calibrated", 0.8, 8, 0.95, 1.05},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := &outOfFold{}
			for i := range 100 {
				gold := "a"
				if i%10 >= tt.right {
					gold = "b"
				}
				o.gold = append(o.gold, gold)
				o.classes = append(o.classes, classes)
				o.probs = append(o.probs, []float64{tt.p, 1 - tt.p})
			}
			if got := o.temperature(); got < tt.from || got > tt.to {
				t.Errorf("temperature = %.3f, want in [%.2f, %.2f]", got, tt.from, tt.to)
			}
		})
	}
}

func TestTemper(t *testing.T) {
	p := []float64{0.8, 0.2}
	temper(p, 1)
	if math.Abs(p[0]-0.8) > 1e-12 {
		t.Errorf("temper at 1 changed 0.8 to %v", p[0])
	}
	temper(p, 2) // 0.8^½ / (0.8^½ + 0.2^½) = 2/3
	if math.Abs(p[0]-2.0/3) > 1e-12 {
		t.Errorf("temper at 2 gave %v, want 2/3", p[0])
	}
}
