package behaviour

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Echoes: when a practitioner's directive only says back the client's own
// "I should ...".

// asSaidBack returns client text as flat text in the practitioner's
// person ("I have to look after my mum": "you have to look after your
// mum"), without hedges, and with commas and dashes as sentence breaks,
// since they end the clause an echo must repeat.
func asSaidBack(text string) string {
	text = echoBreaks.Replace(text)
	ws := strings.Fields(lex.Flat(text))
	for i, w := range ws {
		if y, ok := lex.SecondPerson(w); ok {
			ws[i] = y
		}
	}
	return " " + strings.Join(withoutHedges(ws), " ") + " "
}

// echoBreaks turn commas and dashes into sentence breaks for asSaidBack.
var echoBreaks = strings.NewReplacer(",", ";", " - ", ";", "—", ";", "–", ";")

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
// cut down", "you have to be up at five"), after clause, says back the
// client's own clause ("I should cut down", "I have to be up at five for
// work") in prev, the client's text as asSaidBack gives it; said is the
// client's text as flat gives it, hedges and all. One shared word is not
// enough: "I need to get going" does not make "you need to get help" an echo,
// nor "I should go" "you should go to AA" (see repeats). A negated or
// intensified directive is never an echo ("don't just try" for "I'll try"),
// unless the client used the intensifier too.
func echoes(clause, rest, p, prev, said string) bool {
	if prev == "" || sharpened(clause, p, said) {
		return false
	}
	back := withoutHedges(clauseWords(strings.TrimPrefix(rest, p), nil))
	own := withoutHedges(strings.Fields(p))
	mine := " " + strings.Join(own, " ") + " "
	for _, i := range lex.IndexAll(prev, mine) {
		if repeats(contentWords(own), back, clauseWords(prev[i+len(mine)-1:], clauseBreaks)) {
			return true
		}
	}
	return false
}

// sharpened reports whether the directive p, after clause, is negated ("don't
// just try") or carries an intensifier ("you really need to", "just try")
// that the client's own words, said, do not.
func sharpened(clause, p, said string) bool {
	c := strings.Fields(clause)
	if len(c) > 0 && sharpeners[c[len(c)-1]] {
		return true
	}
	w := strings.Fields(p)
	if len(c) > 0 {
		w = append(w, c[len(c)-1])
	}
	for _, x := range w {
		if echoIntensifiers[x] && !strings.Contains(said, " "+x+" ") {
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
	whole := n == len(theirs)
	if !whole && content > 0 && n < len(said) && objectPronouns[said[n]] {
		n, whole = n+1, true
	}
	if extended(said[n:]) {
		return false
	}
	if after > 0 && content >= 2 {
		return true
	}
	return whole && content > 0 && (n == len(said) || clauseStarts[said[n]])
}

// extended reports whether the practitioner's words after the echoed part,
// rest, carry the directive on to something the client did not say: a
// conjunction followed by a verb rather than a new subject ("you should call
// your sister and tell her you're drinking again"). "And it's been hard to
// pick up the phone" opens a clause of its own.
func extended(rest []string) bool {
	if len(rest) < 2 || !clauseBreaks[rest[0]] && rest[0] != "or" {
		return false
	}
	if rest[1] == "then" && len(rest) > 2 {
		rest = rest[1:]
	}
	return !subjectWords[rest[1]] && !clauseStarts[rest[1]]
}
