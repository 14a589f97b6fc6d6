package analysis

import (
	"strings"
)

// Echoes: when a practitioner's directive only says back the client's own
// "I should ...".

// asSaidBack returns client text as flat text in the practitioner's
// person ("I have to look after my mum": "you have to look after your
// mum"), without hedges, and with commas and dashes as sentence breaks,
// since they end the clause an echo must repeat.
func asSaidBack(text string) string {
	text = strings.NewReplacer(",", ";", " - ", ";", "—", ";", "–", ";").Replace(text)
	var out []string
	for _, w := range strings.Fields(flat(text)) {
		if y, ok := yourWords[w]; ok {
			w = y
		}
		if !hedges[w] {
			out = append(out, w)
		}
	}
	return " " + strings.Join(out, " ") + " "
}

// withoutHedges returns words w without hedges.
func withoutHedges(w []string) []string {
	var out []string
	for _, x := range w {
		if !hedges[x] {
			out = append(out, x)
		}
	}
	return out
}

// echoes reports whether the directive p at the start of rest ("you should
// cut down", "you have to be up at five") says back the client's own clause
// ("I should cut down", "I have to be up at five for work") in prev, the
// client's text as asSaidBack gives it. One shared word is not enough: "I
// need to get going" does not make "you need to get help" an echo, nor "I
// should go" "you should go to AA" (see repeats).
func echoes(rest, p, prev string) bool {
	if prev == "" {
		return false
	}
	said := withoutHedges(clauseWords(strings.TrimPrefix(rest, p), nil))
	own := withoutHedges(strings.Fields(p))
	mine := " " + strings.Join(own, " ") + " "
	for _, i := range indexAll(prev, mine) {
		if repeats(contentWords(own), said, clauseWords(prev[i+len(mine)-1:], clauseBreaks)) {
			return true
		}
	}
	return false
}

// clauseWords returns the words of flat text s up to the end of its
// sentence, or up to the first word in breaks.
func clauseWords(s string, breaks map[string]bool) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if w == "|" || breaks[w] {
			break
		}
		out = append(out, w)
	}
	return out
}

// contentWords counts the words of w that are neither function words nor
// the subject and modal of a directive.
func contentWords(w []string) int {
	n := 0
	for _, x := range w {
		if !echoFunctionWords[x] && !modalWords[x] {
			n++
		}
	}
	return n
}

// repeats reports whether the practitioner's words after a directive, said,
// repeat the client's words after it, theirs; base counts the content words
// of the directive itself ("stop" in "have to stop"). Together they must
// repeat two content words ("be up at five"), at least one of them after the
// directive ("it's important that I stay calm" does not excuse "it's
// important that you stop drinking"), or the client's whole clause with
// nothing added before the practitioner's clause ends ("you should go, it's
// late" for "I should go"; "you ought to call her" for "I ought to call my
// sister", a pronoun standing for the client's object).
func repeats(base int, said, theirs []string) bool {
	n := 0
	for n < len(said) && n < len(theirs) && said[n] == theirs[n] {
		n++
	}
	after := contentWords(said[:n])
	content := base + after
	if after > 0 && content >= 2 {
		return true
	}
	whole := n == len(theirs)
	if !whole && content > 0 && n < len(said) && objectPronouns[said[n]] {
		n, whole = n+1, true
	}
	return whole && content > 0 && (n == len(said) || clauseStarts[said[n]])
}
