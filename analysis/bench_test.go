package analysis_test

import (
	"fmt"
	"testing"

	"github.com/ally-mi/ally/analysis"
)

// BenchmarkAnalyze reads sessions of growing length; the time per
// utterance should stay about the same, since a transcript may be as long
// as the reader's 20 MB limit allows:
//
//	go test ./analysis -run XXX -bench Analyze -benchtime 3x
func BenchmarkAnalyze(b *testing.B) {
	exchange := []turn{
		{"p", "question", "open", "How does the wine fit into your evenings?"},
		{"c", "sustain", "", "It's the only thing that switches me off after work, and I'm not giving it up."},
		{"p", "reflection", "complex", "It gives you a way to close the day."},
		{"c", "change", "", "I guess I'd like to be sharper at work, and the kids notice the wine too."},
		{"p", "reflection", "complex", "Part of you wants the rest the wine gives, and part of you wants clear mornings."},
		{"c", "neutral", "", "Maybe. Work was busy this week."},
	}
	for _, n := range []int{100, 1000, 5000} {
		t := MustTranscript(b, repeat(n, exchange...)...)
		b.Run(fmt.Sprintf("%d utterances", len(t.Utterances)), func(b *testing.B) {
			for b.Loop() {
				analysis.Analyze(t, analysis.Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(t.Utterances)), "µs/utterance")
		})
	}
}
