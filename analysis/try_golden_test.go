package analysis

// An internal test, like suggest_test.go: the suggestion builders are
// unexported. It keeps the "Try" line each of a table of real client
// sentences gets, with a reader's verdict on it.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
	"github.com/ally-mi/ally/analysis/noes"
	"github.com/ally-mi/ally/analysis/quote"
	"github.com/ally-mi/ally/internal/allytest"
)

// trySentence returns the moment a client sentence of the talk type would
// most likely be shown as, and the "Try" line it gets there, built as
// moments.go builds it from one utterance: a "no" received badly when the
// sentence holds one, resistance reflected (one side only, no change talk
// having come before) for sustain talk, and a tender spot for the rest.
func trySentence(talk, text string) (kind, try string) {
	if found, ok := noes.Find(text, talk == ally.CodeChange, nil); ok {
		n := ally.No{Kind: found.Kind, Cue: found.Cue}
		style := noStyle(n, text)
		return "no received badly", tryNoBadly(style, asSaid(text, n.Cue), noWords(text, n, style), quote.Line{})
	}
	if talk == ally.CodeSustain {
		return "resistance reflected", tryBothSides(quote.Resistant(text, "", needs.Any), quote.Line{})
	}
	return "tender spot", tryTender(quote.Resistant(text, "", needs.Any), text)
}

// TestTryGolden writes the "Try" line each sentence of
// testdata/try/sentences.tsv gets to testdata/try/lines.golden, each
// under a verdict in brackets: "ok", "wrong: why", or "?" for a line not
// read yet. With -update a verdict is kept while its line is unchanged
// and becomes "?" when the line changes, and the test fails until every
// line has been read again and judged.
func TestTryGolden(t *testing.T) {
	path := filepath.Join("testdata", "try", "lines.golden")
	verdicts := readVerdicts(t, path)
	var b strings.Builder
	b.WriteString("# The \"Try\" line each client sentence of sentences.tsv gets (see try_golden_test.go),\n" +
		"# under a reader's verdict: [ok], [wrong: why], or [?] not read yet.\n")
	right, wrong, unread := 0, 0, 0
	for _, row := range readSentences(t) {
		kind, try := trySentence(row.talk, row.text)
		v, ok := verdicts[row.id]
		if !ok || v.try != try {
			v.verdict = "?"
		}
		switch {
		case v.verdict == "ok":
			right++
		case v.verdict == "?":
			unread++
		default:
			wrong++
		}
		fmt.Fprintf(&b, "\n[%s] %s %s, %s\n  client: %s\n  try:    %s\n", v.verdict, row.id, row.talk, kind, row.text, try)
	}
	allytest.Golden(t, path, []byte(b.String()))
	t.Logf("judged right: %d of %d (%d wrong, %d not read)", right, right+wrong+unread, wrong, unread)
	if unread > 0 {
		t.Errorf("%d lines of %s are not judged yet: read each [?] and mark it [ok] or [wrong: why]", unread, path)
	}
}

// sentence is one row of testdata/try/sentences.tsv.
type sentence struct{ id, talk, text string }

// readSentences reads testdata/try/sentences.tsv, its "#" lines aside.
func readSentences(tb testing.TB) []sentence {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "try", "sentences.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []sentence
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 {
			tb.Fatalf("sentences.tsv: want 4 columns in %q", line)
		}
		out = append(out, sentence{id: f[1] + ":" + f[2], talk: f[0], text: f[3]})
	}
	return out
}

// judged is a line of the golden file with its verdict.
type judged struct{ verdict, try string }

// readVerdicts reads the verdicts of the golden file at path, by sentence
// id; none when there is no file yet.
func readVerdicts(tb testing.TB, path string) map[string]judged {
	tb.Helper()
	out := map[string]judged{}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var id string
	var v judged
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "["):
			end := strings.Index(line, "] ")
			if end < 0 {
				tb.Fatalf("%s: no verdict in %q", path, line)
			}
			v = judged{verdict: line[1:end]}
			id, _, _ = strings.Cut(line[end+2:], " ")
		case strings.HasPrefix(line, "  try:    "):
			v.try = strings.TrimPrefix(line, "  try:    ")
			out[id] = v
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}
