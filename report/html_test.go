package report_test

import (
	"bytes"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		golden string
		t      *ally.Transcript
		a      *ally.Analysis
	}{
		{"html-timed.golden", timedSession(), timedAnalysis()},
		{"html-group.golden", untimedGroup(), groupAnalysis()},
		{"html-wide.golden", wideSession(), wideAnalysis()},
		{"html-empty.golden", &ally.Transcript{Name: "empty.txt", Format: "txt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.HTML(&buf, tt.t, tt.a, cliOptions); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())
			checkHTML(t, buf.String())
		})
	}
}

// cliOptions frame a report as the command line does.
var cliOptions = report.HTMLOptions{TenderSpotsHint: "Name yours with --tender-spots."}

// TestHTMLFragment checks that the fragment is the page's body, framed by
// the caller's title and tender-spot hint, with no document of its own.
func TestHTMLFragment(t *testing.T) {
	var page, frag bytes.Buffer
	opt := report.HTMLOptions{Title: "Sam M. · 3 March", TenderSpotsHint: "Name yours in Settings."}
	if err := report.HTML(&page, timedSession(), timedAnalysis(), opt); err != nil {
		t.Fatal(err)
	}
	if err := report.HTMLFragment(&frag, timedSession(), timedAnalysis(), opt); err != nil {
		t.Fatal(err)
	}
	got := frag.String()
	for _, bad := range []string{"<html", "<head>", "<body", "<style", "alcohol-1.vtt", "--tender-spots"} {
		if strings.Contains(got, bad) {
			t.Errorf("fragment contains %q", bad)
		}
	}
	for _, want := range []string{"<h1>Sam M. · 3 March</h1>", "Name yours in Settings."} {
		if !strings.Contains(got, want) {
			t.Errorf("fragment lacks %q", want)
		}
	}
	if !strings.Contains(page.String(), "<body>\n"+got+"</body>") {
		t.Error("the page's body is not the fragment")
	}
}

// TestHTMLEscapes checks that transcript text cannot become markup.
func TestHTMLEscapes(t *testing.T) {
	s := untimedGroup()
	s.Utterances[0].Text = `<script>alert(1)</script><a href="https://example.org">x</a>`
	s.Speakers[1].Name = `Ana <b>`
	var buf bytes.Buffer
	if err := report.HTML(&buf, s, groupAnalysis(), report.HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script", `<a href="https://example.org"`, "Ana <b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	if !strings.Contains(page, "&lt;3 &amp; all") {
		t.Error(`page lacks the escaped "<3 & all"`)
	}
}

func TestSummaryHTML(t *testing.T) {
	sessions := []ally.SessionSummary{ally.Summarize(timedSession(), timedAnalysis()), ally.Summarize(untimedGroup(), nil)}
	failures := []report.Failure{{Name: "broken.srt", Message: "broken.srt: line 3: bad timestamp"}}
	var buf bytes.Buffer
	if err := report.SummaryHTML(&buf, sessions, failures); err != nil {
		t.Fatal(err)
	}
	golden(t, "summary-html.golden", buf.Bytes())
	checkHTML(t, buf.String())
}

var (
	attrURL  = regexp.MustCompile(`(?i)\b(?:href|src|action|xlink:href)\s*=\s*"([^"]*)"`)
	anchorID = regexp.MustCompile(`\bid="([^"]+)"`)
)

// checkHTML checks what makes a page safe to open anywhere: no script, no
// request to anywhere, and every in-page link leading somewhere.
func checkHTML(t *testing.T, page string) {
	t.Helper()
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.HasSuffix(strings.TrimSpace(page), "</html>") {
		t.Error("page is not a whole HTML document")
	}
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Error("page has a script")
	}
	if strings.Contains(page, "@import") || strings.Contains(page, "@font-face") {
		t.Error("style sheet loads something")
	}
	ids := map[string]bool{}
	for _, m := range anchorID.FindAllStringSubmatch(page, -1) {
		if ids[m[1]] {
			t.Errorf("id %q is used twice", m[1])
		}
		ids[m[1]] = true
	}
	for _, m := range attrURL.FindAllStringSubmatch(page, -1) {
		url := m[1]
		if !strings.HasPrefix(url, "#") {
			t.Errorf("link to %q leaves the page", url)
			continue
		}
		if !ids[url[1:]] {
			t.Errorf("link to %q has no target", url)
		}
	}
	for _, tag := range []string{"svg", "table", "section", "ol", "ul", "li", "a", "p", "blockquote"} {
		open := regexp.MustCompile(`<` + tag + `[ >]`)
		closing := "</" + tag + ">"
		if o, c := len(open.FindAllString(page, -1)), strings.Count(page, closing); o != c {
			t.Errorf("%d <%s> but %d %s", o, tag, c, closing)
		}
	}
}

// TestHTMLNoForm checks that an embedding page's form follows each "no" of
// the session once, not again in the group session's client cards.
func TestHTMLNoForm(t *testing.T) {
	var buf bytes.Buffer
	opt := report.HTMLOptions{NoForm: func(n ally.No) template.HTML {
		return template.HTML(fmt.Sprintf(`<form class="log-no" data-u="%d"></form>`, n.Index))
	}}
	if err := report.HTMLFragment(&buf, untimedGroup(), groupAnalysis(), opt); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(buf.String(), `<form class="log-no" data-u="1"></form>`); got != 1 {
		t.Errorf("got %d forms for the one no, want 1", got)
	}
}
