package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ally-mi/ally/analysis/lex"
)

// How a quoted sentence is tidied into words the professional can say back.

// tidyWords splits s into words without [annotations], interjections
// ("um"), false starts ("I--", "don't-"; a last word cut off keeps its
// letters), stutters ("I-I"), a parenthetical "you know," or "I mean,"
// (with the comma before it when it cuts a phrase: "I smoked, you know, as
// a young adult", not "vegetables, you know, never have"), words said
// twice ("I don't, I don't") and starts made again ("I just, I don't").
func tidyWords(s string) []string {
	ws := strings.Fields(dashBreaks.Replace(dropBrackets(s)))
	var out []string
	for i := 0; i < len(ws); i++ {
		w, n := unstutter(strings.TrimLeft(ws[i], "-–—")), 0
		if i == len(ws)-1 {
			w = strings.TrimRight(w, "-–—")
		}
		switch c := wordCore(w); {
		case w == "" || c == "" && strings.ContainsAny(w, "\"“”") || interjections[c]:
			n = 1
		case strings.HasSuffix(w, "-") && strings.IndexFunc(w, unicode.IsLetter) >= 0:
			n = 1
		case parentheticalLen(ws[i:]) > 0 && (i == 0 || strings.HasSuffix(ws[i-1], ",") || !hedgeAsides[c]):
			n = parentheticalLen(ws[i:]) // "what it's like, I'm" keeps its "like"
		case len(out) > 0 && c != "" && wordCore(out[len(out)-1]) == c:
			if !unicode.IsLetter(lastRuneOf(out[len(out)-1])) {
				out[len(out)-1] = w // "no, no." is "no."
			}
			continue
		default:
			out = append(out, w)
			continue
		}
		if last := len(out) - 1; strings.HasSuffix(ws[i+n-1], ",") && last >= 0 &&
			(danglingWords[wordCore(out[last])] || i+n == len(ws) || !ownClauseStarts[wordCore(ws[i+n])]) {
			out[last] = strings.TrimRight(out[last], ",")
		}
		i += n - 1
	}
	return unrestart(unrepeat(out))
}

// parentheticals are asides said between commas, dropped wherever they
// occur: "I smoked, you know, as a young adult", "I don't think, like, I
// am not sure".
var parentheticals = []string{"you know,", "i mean,", "i guess,", "i think,", "i don't know,", "like,",
	"you know what i mean,", "kind of,", "sort of,"}

// hedgeAsides are parentheticals only after a comma: "it's, like, fun",
// not "what it's like, I'm on my feet".
var hedgeAsides = lex.WordSet("like kind sort")

// parentheticalLen returns how many words at the start of ws are one of
// parentheticals, 0 if none: "I don't know," with its comma, never "I
// don't know what to do".
func parentheticalLen(ws []string) int {
	best := 0
	for _, p := range parentheticals {
		pw := strings.Fields(p)
		if len(pw) > best && len(pw) <= len(ws) && sameWords(ws[:len(pw)], pw) {
			best = len(pw)
		}
	}
	return best
}

// dashBreaks part words joined by a dash the client broke off at: "a
// bit--I suppose" is "a bit-- I suppose".
var dashBreaks = strings.NewReplacer("--", "-- ", "—", "— ")

// ownClauseStarts may open a clause of their own after a comma, which the
// comma before a dropped "you know," then keeps.
var ownClauseStarts = lex.WordSet("never not always but and so because or then i i'm i've i'd i'll you we they he " +
	"she it it's that's there's nobody no")

// dropBrackets removes transcribers' notes such as "[unintelligible]".
func dropBrackets(s string) string {
	for {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']')
		if i < 0 || j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// trimFillers drops openers from the start and closers from the end of ws,
// unless fewer than MinWords words would remain: then ws is kept whole.
func trimFillers(ws []string) []string {
	if t := content(ws); len(t) >= MinWords {
		return t
	}
	return ws
}

// content returns ws without openers, assents before a "but" ("I hear
// you, but", "I know, I know, but") and closers, however few words remain.
func content(ws []string) []string {
	for n := openerLen(ws); n > 0; n = openerLen(ws) {
		ws = ws[n:]
	}
	for n := suffixLen(ws, closers); n > 0; n = suffixLen(ws, closers) {
		ws = ws[:len(ws)-n]
	}
	return ws
}

// openerLen returns how many words at the start of ws are an opener or
// assents before a "but"; a "no" that opens "no way", "no one", "no more"
// without a comma is none ("no more drinking" is not "more drinking").
func openerLen(ws []string) int {
	n := prefixLen(ws, openers)
	if n == 1 && len(ws) > 1 && wordCore(ws[0]) == "no" && !strings.HasSuffix(ws[0], ",") && noUnits[wordCore(ws[1])] {
		n = 0
	}
	return max(n, assentsThenBut(ws))
}

// noUnits make one unit with a "no" before them.
var noUnits = lex.WordSet("way one more longer matter idea chance thanks")

// prefixLen returns how many words of ws the longest matching phrase
// covers at its start, 0 if none matches.
func prefixLen(ws []string, phrases []string) int {
	best := 0
	for _, p := range phrases {
		pw := strings.Fields(p)
		if len(pw) > best && len(pw) <= len(ws) && sameWords(ws[:len(pw)], pw) {
			best = len(pw)
		}
	}
	return best
}

// suffixLen is prefixLen for the end of ws.
func suffixLen(ws []string, phrases []string) int {
	best := 0
	for _, p := range phrases {
		after, comma := strings.CutPrefix(p, ", ")
		pw := strings.Fields(after)
		n := len(ws) - len(pw)
		if len(pw) > best && n >= 0 && sameWords(ws[n:], pw) && (!comma || n > 0 && strings.HasSuffix(ws[n-1], ",")) {
			best = len(pw)
		}
	}
	return best
}

// sameWords reports whether ws are the lower-case words want, punctuation
// aside; a word of want ending in a comma must end in one in ws too.
func sameWords(ws, want []string) bool {
	for i, w := range want {
		if wordCore(ws[i]) != strings.TrimSuffix(w, ",") || strings.HasSuffix(w, ",") && !strings.HasSuffix(ws[i], ",") {
			return false
		}
	}
	return true
}

// shorten cuts ws to maxWords at a clause break (see clauseEnd); a quote
// cut short, or broken off by the client, never ends on a dangling "and"
// or "the".
func shorten(ws []string, cut bool) []string {
	if len(ws) > maxWords {
		n := clauseEnd(ws)
		ws, cut = ws[:n], cut || n == maxWords
	}
	for cut && len(ws) > MinWords && danglingWords[wordCore(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// clauseEnd returns how many words of ws, more than maxWords of them, to
// keep so that a clause is not cut in half ("so you can eat" for "so I can
// eat what I want"): up to the last comma or the last "and", "but", "so"
// or "because" in the second half of maxWords, else in all of it after
// MinWords words; maxWords when there is no break at all, the quote then
// ending where the limit falls.
func clauseEnd(ws []string) int {
	for _, from := range []int{maxWords / 2, MinWords} {
		for i := maxWords - 1; i >= from; i-- {
			if strings.HasSuffix(ws[i], ",") {
				return i + 1
			}
		}
		for i := maxWords; i >= from; i-- {
			if quoteClauseOpeners[wordCore(ws[i])] {
				return i
			}
		}
	}
	return maxWords
}

// wordCore returns w lower-cased without surrounding punctuation or quotes,
// with curly apostrophes straightened: "'cause," gives "cause".
func wordCore(w string) string {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	return strings.TrimFunc(w, func(r rune) bool { return !isWordRune(r) || r == '\'' })
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// lastRuneOf returns the last rune of w, utf8.RuneError if w is empty.
func lastRuneOf(w string) rune {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r
}

// lowerFirst lower-cases the first letter of s.
func lowerFirst(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToLower(r)) + s[i+len(string(r)):]
		}
	}
	return s
}

// Capitalize upper-cases the first letter of s.
func Capitalize(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// Cut returns an utterance's text trimmed to at most n words.
func Cut(text string, n int) string {
	f := strings.Fields(text)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}
