package analysis_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/internal/allytest"
)

// goldenOptions are the tender spots each hand-coded session is analysed with.
var goldenOptions = map[string]analysis.Options{
	"alcohol-against": {TenderSpots: []string{"drinking", "my father"}},
	"smoking-with":    {TenderSpots: []string{"smoking"}},
	"dui-group":       {},
}

// MustReadTranscript reads a hand-coded transcript from testdata/sessions.
func MustReadTranscript(tb testing.TB, name string) *ally.Transcript {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sessions", name+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	var t ally.Transcript
	if err := json.Unmarshal(b, &t); err != nil {
		tb.Fatal(err)
	}
	return &t
}

// TestAnalyzeGolden compares the analysis of each hand-coded session with
// testdata/<name>.golden.json; run with -update to rewrite them.
func TestAnalyzeGolden(t *testing.T) {
	for name, opt := range goldenOptions {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(analysis.Analyze(MustReadTranscript(t, name), opt), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			allytest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
		})
	}
}
