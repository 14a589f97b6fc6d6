package mi

import (
	"math"
	"testing"
)

// The confusion below, rows gold and columns predicted over a, b, c:
//
//	a: 5 1 0
//	b: 2 3 1
//	c: 0 1 2
//
// gives by hand: precision a 5/7, b 3/5, c 2/3; recall a 5/6, b 3/6, c 2/3;
// accuracy 10/15; expected agreement (6·7 + 6·5 + 3·3)/15² = 81/225.
func TestScoreHandComputed(t *testing.T) {
	var gold, pred []string
	add := func(g, p string, n int) {
		for range n {
			gold, pred = append(gold, g), append(pred, p)
		}
	}
	add("a", "a", 5)
	add("a", "b", 1)
	add("b", "a", 2)
	add("b", "b", 3)
	add("b", "c", 1)
	add("c", "b", 1)
	add("c", "c", 2)
	s := score([]string{"a", "b", "c"}, gold, pred)
	f1 := func(p, r float64) float64 { return 2 * p * r / (p + r) }
	want := map[string]float64{
		"a": f1(5.0/7, 5.0/6), "b": f1(3.0/5, 3.0/6), "c": f1(2.0/3, 2.0/3),
	}
	macro := 0.0
	for l, w := range want {
		if got := s.PerClass[l].F1; math.Abs(got-w) > 1e-12 {
			t.Errorf("F1(%s) = %v, want %v", l, got, w)
		}
		macro += w / 3
	}
	acc, pe := 10.0/15, 81.0/225
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"macro-F1", s.MacroF1, macro},
		{"accuracy", s.Accuracy, acc},
		{"kappa", s.Kappa, (acc - pe) / (1 - pe)},
	} {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if s.N != 15 || s.Confusion[1][0] != 2 || s.PerClass["b"].Support != 6 {
		t.Errorf("N, Confusion[b][a], support(b) = %d, %d, %d; want 15, 2, 6", s.N, s.Confusion[1][0], s.PerClass["b"].Support)
	}
}

func TestScoreAddsUnlistedLabels(t *testing.T) {
	s := score([]string{"a"}, []string{"a", "z"}, []string{"z", "z"})
	if len(s.Labels) != 2 || s.Labels[1] != "z" {
		t.Fatalf("Labels = %v, want [a z]", s.Labels)
	}
	if s.MacroF1 != (0+2.0/3)/2 {
		t.Errorf("MacroF1 = %v, want %v", s.MacroF1, (0+2.0/3)/2)
	}
}

func TestCalibrationError(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		conf       []float64
		want       float64
	}{
		{"none", nil, nil, nil, 0},
		{"perfect", []string{"a", "a"}, []string{"a", "a"}, []float64{1, 1}, 0},
		// One bin at 0.9 with half right: gap 0.4.
		{"overconfident", []string{"a", "b"}, []string{"a", "a"}, []float64{0.9, 0.9}, 0.4},
		// Bins 0.5 (right, gap 0.5) and 0.95 (wrong, gap 0.95), each half.
		{"two bins", []string{"a", "b"}, []string{"a", "a"}, []float64{0.5, 0.95}, (0.5 + 0.95) / 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := calibrationError(tt.gold, tt.pred, tt.conf); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("calibrationError = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSureScores(t *testing.T) {
	gold := []string{"a", "a", "b", "b"}
	pred := []string{"a", "b", "b", "a"}
	conf := []float64{0.9, 0.95, 0.6, 0.4}
	s := sureScores([]string{"a", "b"}, gold, pred, conf, []float64{0.5, 0.8})
	for _, c := range []struct {
		level int
		class string
		want  ClassScores
	}{
		{0, "a", ClassScores{Precision: 1, Recall: 0.5, F1: 2.0 / 3, Support: 1}},
		{0, "b", ClassScores{Precision: 0.5, Recall: 0.5, F1: 0.5, Support: 2}},
		{1, "b", ClassScores{Precision: 0, Recall: 0, Support: 1}},
	} {
		got := s[c.level].PerClass[c.class]
		if math.Abs(got.Precision-c.want.Precision) > 1e-9 || math.Abs(got.Recall-c.want.Recall) > 1e-9 ||
			math.Abs(got.F1-c.want.F1) > 1e-9 || got.Support != c.want.Support {
			t.Errorf("at %.1f, %s = %+v, want %+v", s[c.level].Level, c.class, got, c.want)
		}
	}
}
