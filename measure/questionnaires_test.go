package measure_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/measure"
)

// fill returns n answers adding up to total, as evenly as 0–3 allows.
func fill(n, total int) []int {
	out := make([]int, n)
	for i := range out {
		a := min(3, total)
		out[i], total = a, total-a
	}
	return out
}

func TestScoreAndSeverity(t *testing.T) {
	tests := []struct {
		q     measure.Questionnaire
		total int
		band  string
	}{
		{measure.PHQ9(), 0, "minimal"}, {measure.PHQ9(), 4, "minimal"},
		{measure.PHQ9(), 5, "mild"}, {measure.PHQ9(), 9, "mild"},
		{measure.PHQ9(), 10, "moderate"}, {measure.PHQ9(), 14, "moderate"},
		{measure.PHQ9(), 15, "moderately severe"}, {measure.PHQ9(), 19, "moderately severe"},
		{measure.PHQ9(), 20, "severe"}, {measure.PHQ9(), 27, "severe"},
		{measure.GAD7(), 0, "minimal"}, {measure.GAD7(), 4, "minimal"},
		{measure.GAD7(), 5, "mild"}, {measure.GAD7(), 9, "mild"},
		{measure.GAD7(), 10, "moderate"}, {measure.GAD7(), 14, "moderate"},
		{measure.GAD7(), 15, "severe"}, {measure.GAD7(), 21, "severe"},
	}
	for _, tt := range tests {
		answers := fill(len(tt.q.Items), tt.total)
		got, err := tt.q.Score(answers)
		if err != nil || got != tt.total {
			t.Fatalf("%s.Score(%v) = %d, %v; want %d", tt.q.Name, answers, got, err, tt.total)
		}
		if b, ok := tt.q.Severity(got); !ok || b.Name != tt.band {
			t.Errorf("%s total %d: band %q, %v; want %q", tt.q.Name, got, b.Name, ok, tt.band)
		}
	}
	if got := measure.PHQ9().Max(); got != 27 {
		t.Errorf("PHQ-9 max %d, want 27", got)
	}
	if got := measure.GAD7().Max(); got != 21 {
		t.Errorf("GAD-7 max %d, want 21", got)
	}
}

func TestScoreRefuses(t *testing.T) {
	tests := []struct {
		name    string
		q       measure.Questionnaire
		answers []int
	}{
		{"PHQ-9 none", measure.PHQ9(), nil},
		{"PHQ-9 eight", measure.PHQ9(), make([]int, 8)},
		{"PHQ-9 ten", measure.PHQ9(), make([]int, 10)},
		{"PHQ-9 four", measure.PHQ9(), []int{0, 0, 0, 0, 4, 0, 0, 0, 0}},
		{"PHQ-9 negative", measure.PHQ9(), []int{0, 0, 0, 0, 0, 0, 0, 0, -1}},
		{"GAD-7 nine", measure.GAD7(), make([]int, 9)},
		{"GAD-7 six", measure.GAD7(), make([]int, 6)},
		{"GAD-7 four", measure.GAD7(), []int{4, 0, 0, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		if got, err := tt.q.Score(tt.answers); ally.ErrorCode(err) != ally.EINVALID || got != 0 {
			t.Errorf("%s: got %d, %v; want 0 and EINVALID", tt.name, got, err)
		}
	}
}

// TestWording guards the items against edits: the questionnaires are
// valid only in their own words.
func TestWording(t *testing.T) {
	phq, gad := measure.PHQ9(), measure.GAD7()
	if len(phq.Items) != 9 || len(gad.Items) != 7 || len(measure.Options) != 4 || len(measure.DifficultyOptions) != 4 {
		t.Fatalf("got %d, %d items, %d options, %d difficulty options", len(phq.Items), len(gad.Items), len(measure.Options), len(measure.DifficultyOptions))
	}
	for _, want := range []string{
		phq.Items[0] + "|Little interest or pleasure in doing things",
		phq.Items[8] + "|Thoughts that you would be better off dead or of hurting yourself in some way",
		gad.Items[0] + "|Feeling nervous, anxious, or on edge",
		gad.Items[6] + "|Feeling afraid as if something awful might happen",
		measure.Options[2] + "|More than half the days",
	} {
		got, w, _ := strings.Cut(want, "|")
		if got != w {
			t.Errorf("got %q, want %q", got, w)
		}
	}
	if !strings.HasPrefix(measure.Copyright, "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues") {
		t.Errorf("copyright line changed: %q", measure.Copyright)
	}
}
