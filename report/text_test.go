package report_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

func TestText(t *testing.T) {
	tests := []struct {
		golden string
		t      *ally.Transcript
		a      *ally.Analysis
	}{
		{"text-timed.golden", timedSession(), timedAnalysis()},
		{"text-group.golden", untimedGroup(), groupAnalysis()},
		{"text-wide.golden", wideSession(), wideAnalysis()},
		{"text-empty.golden", &ally.Transcript{Name: "empty.txt", Format: "txt"}, nil},
		{"text-unanalysed.golden", timedSession(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.Text(&buf, tt.t, tt.a); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())
		})
	}
}

// TestTextWidth checks that no line of any text report is wider than a
// standard terminal, whatever the names and utterances.
func TestTextWidth(t *testing.T) {
	sessions := []*ally.Transcript{timedSession(), untimedGroup(), wideSession()}
	var summaries []ally.SessionSummary
	for _, s := range sessions {
		var buf bytes.Buffer
		if err := report.Text(&buf, s, analysisOf(s)); err != nil {
			t.Fatal(err)
		}
		checkWidth(t, s.Name, buf.String())
		summaries = append(summaries, ally.Summarize(s, analysisOf(s)))
	}
	failures := []report.Failure{{Name: wideSession().Name, Message: strings.Repeat("something went wrong ", 10)}}
	var buf bytes.Buffer
	if err := report.SummaryText(&buf, summaries, failures); err != nil {
		t.Fatal(err)
	}
	checkWidth(t, "summary", buf.String())
}

func checkWidth(t *testing.T, name, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("%s: line %d is %d columns wide, want at most 80:\n%s", name, i+1, n, line)
		}
		if strings.ContainsRune(line, '\x1b') {
			t.Errorf("%s: line %d contains an escape character", name, i+1)
		}
	}
}

// TestTextKeepsWords checks that wrapping loses no word of an utterance.
func TestTextKeepsWords(t *testing.T) {
	s := wideSession()
	var buf bytes.Buffer
	if err := report.Text(&buf, s, analysisOf(s)); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(buf.String()), " ")
	want := strings.Join(strings.Fields(s.Utterances[0].Text[:200]), " ")
	if !strings.Contains(got, want) {
		t.Errorf("report lost words of the utterance; want it to contain %q", want)
	}
}
