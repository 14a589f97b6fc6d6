package transcript_test

import (
	"testing"

	"github.com/ally-mi/ally/transcript"
)

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"array", `[{"speaker":"Jamie","text":"Where to start?","start":1.5,"end":3},
{"speaker":"Alex","text":"Emails.","start":4,"end":5.25}]`,
			[]want{{"Jamie", "Where to start?", 1.5, 3, 1}, {"Alex", "Emails.", 4, 5.25, 2}}},
		{"utterances object, string times, unknown fields, key case", `{"title":"x","meta":{"a":[1,2]},"utterances":[
  {"Speaker":"Jamie","Text":"Where?","start":"00:00:01.5","end":"00:02","confidence":0.9},
  {"speaker":"Alex","text":"Here.","start":"4","end":null}
]}`,
			[]want{{"Jamie", "Where?", 1.5, 2, 2}, {"Alex", "Here.", 4, -1, 3}}},
		{"segments with numbered speakers and aliases", `{"Segments":[{"speaker":0,"content":"Why?"},{"speaker":1,"utterance":"Because."},{"name":"Speaker 1","text":"Yes","start_time":7}]}`,
			[]want{{"Speaker 0", "Why?", -1, -1, 1}, {"Speaker 1", "Because. Yes", 7, -1, 1}}},
		{"empty texts skipped", `[{"speaker":"A","text":"How?"},{"speaker":"","text":""},{"speaker":"B","text":"So."}]`,
			[]want{{"A", "How?", -1, -1, 1}, {"B", "So.", -1, -1, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.json", tt.in, transcript.Options{})
			if tr.Format != "json" {
				t.Errorf("format: got %q, want json", tr.Format)
			}
			checkUtterances(t, tr, tt.want)
			checkInvariants(t, tr)
		})
	}
}
