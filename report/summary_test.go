package report_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

func TestSummarize(t *testing.T) {
	tests := []struct {
		name         string
		t            *ally.Transcript
		practitioner string
		clients      int
		changeTalk   string
		ratio        string
	}{
		{"timed", timedSession(), "Dr Rivera", 1, "50.0", "0.50"},
		{"group", untimedGroup(), "Facilitator", 2, "0.0", "-"},
		{"empty", &ally.Transcript{}, "", 0, "-", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ally.Summarize(tt.t, nil)
			if got, want := s.Practitioner, tt.practitioner; got != want {
				t.Errorf("practitioner = %q, want %q", got, want)
			}
			if got, want := s.Clients, tt.clients; got != want {
				t.Errorf("clients = %d, want %d", got, want)
			}
			if got, want := format(s.ChangeTalk, "%.1f"), tt.changeTalk; got != want {
				t.Errorf("change talk = %s, want %s", got, want)
			}
			if got, want := format(s.ReflectionsPerQuestion, "%.2f"), tt.ratio; got != want {
				t.Errorf("reflections per question = %s, want %s", got, want)
			}
		})
	}
}

func TestSummaryRender(t *testing.T) {
	sessions := []ally.SessionSummary{ally.Summarize(timedSession(), timedAnalysis()), ally.Summarize(untimedGroup(), nil)}
	failures := []report.Failure{
		{Name: "broken.srt", Message: "broken.srt: line 3: bad timestamp \"00:00:xx\""},
		{Name: "odd.vtt", Message: "something without the name"},
	}
	renderers := []struct {
		golden string
		render func(io.Writer, []ally.SessionSummary, []report.Failure) error
	}{
		{"summary-text.golden", report.SummaryText},
		{"summary-json.golden", report.SummaryJSON},
		{"summary-csv.golden", report.SummaryCSV},
	}
	for _, r := range renderers {
		t.Run(r.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := r.render(&buf, sessions, failures); err != nil {
				t.Fatal(err)
			}
			golden(t, r.golden, buf.Bytes())
		})
	}
}

// TestSummaryJSONEmpty checks that empty lists are arrays, not null, so
// consumers can iterate without a check.
func TestSummaryJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := report.SummaryJSON(&buf, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "{\n  \"sessions\": [],\n  \"failures\": []\n}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// format renders an optional number, "-" when it is nil.
func format(v *float64, f string) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf(f, *v)
}
