package noes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/ally-mi/ally/analysis/lex"
)

// The forms the client "no" detector reads a clause in: the words, where
// its clauses break, and what of them to quote.

// noForm turns text into the words the frames are matched against, padded
// with spaces: lower case, "|" at sentence breaks, "," at commas, "-" at
// dashes (a phrase broken off), hesitations and adverbs after "I" dropped
// (but the "really" of an opening "Not really"), stutters ("I- I")
// collapsed.
func noForm(text string) string {
	s := lex.DropQuoted(lex.Straighten(text))
	s = noDashes.Replace(s)
	var out []string
	add := func(w string) {
		n := len(out)
		switch {
		case w == "", hesitations[w]:
		case w == "really" && n > 0 && out[n-1] == "not" && (n == 1 || noBreaks[out[n-2]] > 0):
			out = append(out, w) // "Not really." opens an answer: weakNo
		case n > 0 && noAdverbs[w] && adverbHosts[out[n-1]]:
		case noBreaks[w] > 0 && (n == 0 || noBreaks[out[n-1]] > 0):
			if n > 0 && noBreaks[w] > noBreaks[out[n-1]] {
				out[n-1] = w
			}
		case n > 0 && w == out[n-1]:
		default:
			out = append(out, w)
		}
	}
	var b strings.Builder
	for _, r := range s {
		if r == '\'' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			continue
		}
		add(b.String())
		b.Reset()
		switch {
		case strings.ContainsRune(".!?;:", r):
			add("|")
		case r == ',' || r == '-':
			add(string(r))
		}
	}
	add(b.String())
	out = dropAsides(out)
	if n := len(out); n > 0 && out[n-1] != "|" {
		if noBreaks[out[n-1]] > 0 {
			out = out[:n-1]
		}
		out = append(out, "|")
	}
	return " " + strings.Join(out, " ") + " "
}

// noDashes set every dash apart as a word of its own, and make an
// ellipsis a full stop, for noForm.
var noDashes = strings.NewReplacer("—", " - ", "–", " - ", "--", " - ", " -", " - ", "- ", " - ", "…", ".")

// noBreaks rank the breaks of a noForm, weakest first: a comma, a dash, a
// sentence break.
var noBreaks = map[string]int{",": 1, "-": 2, "|": 3}

// dropAsides removes the asides standing between two breaks, with the
// second break.
func dropAsides(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		out = append(out, ws[i])
		if noBreaks[ws[i]] == 0 {
			continue
		}
		for _, a := range asides {
			j := i + 1 + len(a)
			if j < len(ws) && noBreaks[ws[j]] > 0 && slices.Equal(ws[i+1:j], a) {
				if noBreaks[ws[j]] > noBreaks[ws[i]] {
					out[len(out)-1] = ws[j]
				}
				i = j
				break
			}
		}
	}
	return out
}

// clauseAfter returns the words of form from position i up to the next
// break, and the break.
func clauseAfter(form string, i int) (ws []string, brk string) {
	for _, w := range strings.Fields(form[i:]) {
		if w == "," || w == "-" || w == "|" {
			return ws, w
		}
		ws = append(ws, w)
	}
	return ws, "|"
}

// cueWords returns the words of what a frame refuses worth quoting: the
// verb and what follows up to the first word of content, at most four,
// without a dangling "the" ("use the patch", "talk about him", "fight her"),
// or up to a treatment named ("going to those AA meetings").
func cueWords(rest []string) []string {
	n := 0
	for n < len(rest) && n < 4 {
		n++
		if n > 1 && !functionWords[rest[n-1]] {
			break
		}
	}
	for n > 1 && functionWords[rest[n-1]] && !proforms[rest[n-1]] && rest[n-1] != "up" && rest[n-1] != "him" && rest[n-1] != "her" {
		n--
	}
	// The treatment is quoted whole: "going to those AA meetings".
	if len(rest) > 1 && remedyAfter(rest[1:]) {
		seen := false
		for k := 1; k < min(len(rest), 5); k++ {
			if remedies[lex.Stem(rest[k])] {
				n, seen = max(n, k+1), true
			} else if seen {
				break
			}
		}
	}
	return rest[:n]
}

// pointsBack reports whether ws refer to what was proposed: "that", "do
// it", "take them".
func pointsBack(ws []string) bool {
	return len(ws) > 0 && (proforms[ws[0]] || len(ws) > 1 && proforms[ws[1]] && (ws[0] == "do" || ws[0] == "take" || ws[0] == "use" || ws[0] == "try"))
}
