package report_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

func TestJSON(t *testing.T) {
	tests := []struct {
		golden string
		t      *ally.Transcript
		a      *ally.Analysis
	}{
		{"json-timed.golden", timedSession(), timedAnalysis()},
		{"json-group.golden", untimedGroup(), groupAnalysis()},
		{"json-unanalysed.golden", timedSession(), nil},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.JSON(&buf, tt.t, tt.a); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())
		})
	}
}

// TestJSONStreamed checks that the document, written utterance by
// utterance, is byte for byte the one encoded whole, even when names and
// words look like the document's own keys.
func TestJSONStreamed(t *testing.T) {
	tricky := timedSession()
	tricky.Name = "a\n  \"utterances\": [],\n b"
	tricky.Utterances[0].Text = "\n  \"utterances\": [],\n <b>&</b>"
	empty := timedSession()
	empty.Utterances = nil
	for name, tt := range map[string]struct {
		t *ally.Transcript
		a *ally.Analysis
	}{
		"timed":    {timedSession(), timedAnalysis()},
		"group":    {untimedGroup(), groupAnalysis()},
		"tricky":   {tricky, timedAnalysis()},
		"no words": {empty, nil},
	} {
		t.Run(name, func(t *testing.T) {
			var got, want bytes.Buffer
			if err := report.JSON(&got, tt.t, tt.a); err != nil {
				t.Fatal(err)
			}
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(ally.NewDocument(tt.t, tt.a)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("streamed document differs from the whole one:\n%s\nwant:\n%s", got.Bytes(), want.Bytes())
			}
		})
	}
}

// TestJSONContract decodes the output generically and checks the keys and
// values other parts of ally rely on, independently of the Go types.
func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := report.JSON(&buf, untimedGroup(), groupAnalysis()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Score      *float64
		Guidelines []map[string]any
		MITI       map[string]any
		Needs      []map[string]any
		Noes       []map[string]any
		Balance    []map[string]any
		Moments    []map[string]any
		Clients    []map[string]any
		Name       string
		Format     string
		Speakers   []map[string]any
		Utterances []map[string]any
		Summary    struct {
			Counts    map[string]int
			BySpeaker map[string]map[string]int `json:"by_speaker"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Score == nil || *doc.Score != 38 {
		t.Errorf("score = %v, want 38 at the top level", doc.Score)
	}
	if got, want := len(doc.Guidelines), 5; got != want {
		t.Errorf("%d guidelines, want %d", got, want)
	}
	for _, key := range []string{"id", "name", "status", "score", "indicators"} {
		if _, ok := doc.Guidelines[0][key]; !ok {
			t.Errorf("guideline has no %q", key)
		}
	}
	if _, ok := doc.MITI["reflection_to_question"]; !ok {
		t.Error("miti has no reflection_to_question")
	}
	if len(doc.Noes) != 1 || len(doc.Moments) != 1 || len(doc.Balance) != 3 || len(doc.Clients) != 2 {
		t.Errorf("noes %d, moments %d, balance %d, clients %d; want 1, 1, 3, 2",
			len(doc.Noes), len(doc.Moments), len(doc.Balance), len(doc.Clients))
	}
	if got, want := doc.Name, "dui-group.txt"; got != want {
		t.Errorf("name = %q, want %q", got, want)
	}
	for _, key := range []string{"name", "role", "confidence", "reason", "utterances"} {
		if _, ok := doc.Speakers[0][key]; !ok {
			t.Errorf("speaker has no %q", key)
		}
	}
	for _, key := range []string{"index", "speaker", "role", "start", "end", "text", "code", "subcode", "confidence"} {
		if _, ok := doc.Utterances[0][key]; !ok {
			t.Errorf("utterance has no %q", key)
		}
	}
	if doc.Utterances[0]["start"] != nil {
		t.Errorf("start = %v, want null for an untimed utterance", doc.Utterances[0]["start"])
	}
	if got, want := len(doc.Summary.Counts), 7; got != want {
		t.Errorf("summary has %d codes, want %d: %v", got, want, doc.Summary.Counts)
	}
	if got, want := doc.Summary.Counts["sustain"], 1; got != want {
		t.Errorf("sustain = %d, want %d", got, want)
	}
	if got, want := doc.Summary.BySpeaker["Ana"]["sustain"], 1; got != want {
		t.Errorf("Ana's sustain = %d, want %d", got, want)
	}
	if _, ok := doc.Summary.BySpeaker["Lee"]; !ok {
		t.Error("Lee, whose utterance is uncoded, is missing from by_speaker")
	}
}
