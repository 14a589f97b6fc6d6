package report_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/report"
)

// longSession is an hour-long session of 600 coded utterances.
func longSession() *ally.Transcript {
	t := timedSession()
	base := t.Utterances
	t.Utterances = nil
	for i := range 600 {
		u := base[i%len(base)]
		u.Index = i
		u.Start, u.End = sec(float64(6*i)), sec(float64(6*i+5))
		u.Text = fmt.Sprintf("%s (%d)", u.Text, i)
		t.Utterances = append(t.Utterances, u)
	}
	return t
}

func BenchmarkText(b *testing.B) { benchmark(b, report.Text) }
func BenchmarkJSON(b *testing.B) { benchmark(b, report.JSON) }
func BenchmarkHTML(b *testing.B) {
	benchmark(b, func(w io.Writer, t *ally.Transcript, a *ally.Analysis) error {
		return report.HTML(w, t, a, report.HTMLOptions{})
	})
}
func BenchmarkCSV(b *testing.B) {
	benchmark(b, func(w io.Writer, t *ally.Transcript, _ *ally.Analysis) error { return report.CSV(w, t) })
}

// benchmark renders an hour-long session with an analysis of it.
func benchmark(b *testing.B, render func(io.Writer, *ally.Transcript, *ally.Analysis) error) {
	t := longSession()
	a := analysis.Analyze(t, analysis.Options{TenderSpots: []string{"drinking"}})
	for b.Loop() {
		if err := render(io.Discard, t, a); err != nil {
			b.Fatal(err)
		}
	}
}
