package report_test

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

// TestWarnings shows what the reader read around in every report of one
// session: the text and HTML reports list it, the JSON document has it
// under "warnings".
func TestWarnings(t *testing.T) {
	tr := timedSession()
	tr.Warnings = []ally.Warning{
		{Line: 12, Message: `cue timing "00:00:09.000 --> 00:00:75.000" is malformed; the cue's text is kept without its times`},
		{Message: "3 more warnings like these"},
	}
	want := []string{`line 12: cue timing "00:00:09.000 --> 00:00:75.000" is malformed`, "3 more warnings like these"}

	var text, page bytes.Buffer
	if err := report.Text(&text, tr, timedAnalysis()); err != nil {
		t.Fatal(err)
	}
	if err := report.HTML(&page, tr, timedAnalysis(), report.HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": strings.Join(strings.Fields(text.String()), " "), "html": page.String()} {
		for _, w := range want {
			if name == "html" {
				w = html.EscapeString(w)
			}
			if !strings.Contains(out, w) {
				t.Errorf("%s report lacks %q", name, w)
			}
		}
	}

	var doc bytes.Buffer
	if err := report.JSON(&doc, tr, nil); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Warnings []ally.Warning `json:"warnings"`
	}
	if err := json.Unmarshal(doc.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Warnings) != 2 || got.Warnings[0].Line != 12 || got.Warnings[1].String() != want[1] {
		t.Errorf("JSON warnings: got %+v", got.Warnings)
	}
}
