package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAnalyzeExamples runs the built binary, with its embedded model, on
// two example sessions and checks the structure of each report, not what
// the model made of the words.
func TestAnalyzeExamples(t *testing.T) {
	t.Parallel() // mostly waits on other processes: overlap it with the other slow tests
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"zoom-alcohol.vtt", "dui-group.txt"} {
		path := filepath.Join(examples, name)
		t.Run(name, func(t *testing.T) {
			r := runBinary(t, dir, "analyze", "--format", "json", "--tender-spots", "drinking", path)
			if r.code != 0 {
				t.Fatalf("json: exit %d; stderr: %s", r.code, r.stderr)
			}
			var doc map[string]json.RawMessage
			if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			for _, key := range []string{"name", "format", "speakers", "utterances", "summary",
				"score", "guidelines", "miti", "needs", "noes", "balance", "moments"} {
				if _, ok := doc[key]; !ok {
					t.Errorf("document has no %q", key)
				}
			}
			var score *float64
			var guidelines []struct{ ID, Status string }
			json.Unmarshal(doc["score"], &score)
			json.Unmarshal(doc["guidelines"], &guidelines)
			if score == nil || *score < 0 || *score > 100 {
				t.Errorf("score = %v, want a number in [0,100]", score)
			}
			if got, want := len(guidelines), 5; got != want {
				t.Errorf("%d guidelines, want %d", got, want)
			}

			r = runBinary(t, dir, "analyze", path)
			if r.code != 0 {
				t.Fatalf("text: exit %d; stderr: %s", r.code, r.stderr)
			}
			for _, want := range []string{"Who is who", "Working with resistance", "G5 Give the option to say no",
				"MITI summary", "Moments that matter", "Coded transcript"} {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("text report lacks %q", want)
				}
			}
			checkWidth(t, r.stdout)

			r = runBinary(t, dir, "analyze", "--format", "html", "-o", "out.html", path)
			if r.code != 0 {
				t.Fatalf("html: exit %d; stderr: %s", r.code, r.stderr)
			}
			page := readFile(t, filepath.Join(dir, "out.html"))
			for _, want := range []string{"<svg", `id="scorecard"`, `id="transcript"`, `id="u0"`} {
				if !strings.Contains(page, want) {
					t.Errorf("page lacks %q", want)
				}
			}
			checkHTML(t, page)
			// The file is written as the page renders, standard output
			// only once it is whole: the two must not differ.
			if r = runBinary(t, dir, "analyze", "--format", "html", path); r.stdout != page {
				t.Errorf("the page written to a file differs from the one on standard output")
			}
		})
	}

	r := runBinary(t, dir, "analyze", "--format", "html", examples)
	if r.code != 0 {
		t.Fatalf("summary: exit %d; stderr: %s", r.code, r.stderr)
	}
	if got, want := strings.Count(r.stdout, "<tr>")-1, 8; got != want {
		t.Errorf("summary page has %d sessions, want %d", got, want)
	}
	checkHTML(t, r.stdout)
}

// checkWidth checks that no line of a text report is wider than 80 columns.
func checkWidth(t *testing.T, out string) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > 80 {
			t.Errorf("line %d is %d columns wide, want at most 80:\n%s", i+1, n, line)
		}
	}
}

var (
	attrURL  = regexp.MustCompile(`(?i)\b(?:href|src|action|xlink:href)\s*=\s*"([^"]*)"`)
	anchorID = regexp.MustCompile(`\bid="([^"]+)"`)
)

// checkHTML checks that a page makes no request, runs no script and that
// every in-page link has a target.
func checkHTML(t *testing.T, page string) {
	t.Helper()
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Error("page has a script")
	}
	ids := map[string]bool{}
	for _, m := range anchorID.FindAllStringSubmatch(page, -1) {
		ids[m[1]] = true
	}
	for _, m := range attrURL.FindAllStringSubmatch(page, -1) {
		if url := m[1]; !strings.HasPrefix(url, "#") {
			t.Errorf("link to %q leaves the page", url)
		} else if !ids[url[1:]] {
			t.Errorf("link to %q has no target", url)
		}
	}
}

// readFile returns the content of the file at path.
func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
