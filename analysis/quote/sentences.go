package quote

import (
	"strings"
	"unicode"
)

// How a client's turn is split into sentences: at stops, and where the
// client broke off and began again.

// splitSentences splits text at . ! ? ; and …, but not inside "a.m.", "2.5" or
// after "Dr.".
func splitSentences(text string) []clientSentence {
	var out []clientSentence
	rs := []rune(text)
	start := 0
	for i, r := range rs {
		end := i == len(rs)-1
		if !strings.ContainsRune(".!?;…", r) && !end {
			continue
		}
		if !end && !strings.ContainsRune(" \t\n.!?;…\"'”’)", rs[i+1]) {
			continue
		}
		if r == '.' && !end && abbreviation(string(rs[start:i])) {
			continue
		}
		stop := i
		if !strings.ContainsRune(".!?;…", r) {
			stop = i + 1
		}
		for _, s := range splitRestarts(strings.TrimSpace(string(rs[start:stop]))) {
			if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
				cut := strings.HasSuffix(s, "-") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "–")
				out = append(out, clientSentence{text: s, question: r == '?', cut: cut})
			}
		}
		start = i + 1
	}
	return out
}

// splitRestarts splits s where the client broke off and started a new
// sentence: after a word ending in a dash, before a capital that is not
// "I" ("I was on-- It was like I was a couple of blocks away").
func splitRestarts(s string) []string {
	var out []string
	ws := strings.Fields(s)
	from := 0
	for i := 1; i < len(ws); i++ {
		if strings.TrimRight(ws[i-1], "-–—") != ws[i-1] && unicode.IsUpper(firstWordRune(ws[i])) &&
			subjectOf(wordCore(ws[i])) != "i" && wordCore(ws[i]) != wordCore(ws[i-1]) {
			out = append(out, strings.Join(ws[from:i], " "))
			from = i
		}
	}
	return append(out, strings.Join(ws[from:], " "))
}

// abbreviation reports whether s ends in a word a "." does not end a
// sentence after.
func abbreviation(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimLeft(f[len(f)-1], "(\"'“‘"))
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "vs", "etc", "approx":
		return true
	}
	return strings.Contains(w, ".")
}

// hasGap reports whether s lost words the transcriber could not make out
// ("[unintelligible 00:23:47]", "[crosstalk]"): what is left of it is not
// what the client said.
func hasGap(s string) bool {
	low := strings.ToLower(s)
	return strings.Contains(low, "[unintelligible") || strings.Contains(low, "[inaudible") || strings.Contains(low, "[crosstalk")
}
