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
	ws := strings.Fields(dropBrackets(s))
	var out []string
	for i := 0; i < len(ws); i++ {
		w, n := unstutter(strings.TrimLeft(ws[i], "-–—")), 0
		if i == len(ws)-1 {
			w = strings.TrimRight(w, "-–—")
		}
		switch c := wordCore(w); {
		case w == "" || interjections[c]:
			n = 1
		case strings.HasSuffix(w, "-") && strings.IndexFunc(w, unicode.IsLetter) >= 0:
			n = 1
		case i+1 < len(ws) && (c == "you" && wordCore(ws[i+1]) == "know" || c == "i" && wordCore(ws[i+1]) == "mean") &&
			strings.HasSuffix(ws[i+1], ","):
			n = 2
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

// ownClauseStarts may open a clause of their own after a comma, which the
// comma before a dropped "you know," then keeps.
var ownClauseStarts = lex.WordSet("never not always but and so because or then i i'm i've i'd i'll you we they he " +
	"she it it's that's there's nobody no")

// unrestart drops a start the client broke off and made again with the
// same word, with only adverbs between: "I just, I don't" → "I don't".
func unrestart(ws []string) []string {
	for i := 0; i < len(ws); i++ {
		for j := i + 2; j <= i+3 && j < len(ws); j++ {
			if restartWords[wordCore(ws[i])] && wordCore(ws[i]) == wordCore(ws[j]) && allAdverbs(ws[i+1:j]) {
				ws = append(ws[:i:i], ws[j:]...)
				break
			}
		}
	}
	return ws
}

// restartWords are the subjects a client starts again with.
var restartWords = lex.WordSet("i we you it that he she they there this")

// allAdverbs reports whether ws are all midAdverbs or hedges ("like").
func allAdverbs(ws []string) bool {
	for _, w := range ws {
		if c := wordCore(w); !midAdverbs[c] && c != "like" && c != "kind" && c != "kinda" && c != "sort" {
			return false
		}
	}
	return true
}

// unrepeat drops the first of two same runs of two or three words in a row.
func unrepeat(ws []string) []string {
	for n := 3; n >= 2; n-- {
		for i := 0; i+2*n <= len(ws); i++ {
			if sameRun(ws[i:i+n], ws[i+n:i+2*n]) {
				ws = append(ws[:i:i], ws[i+n:]...)
				i--
			}
		}
	}
	return ws
}

// sameRun reports whether a and b are the same words, punctuation aside.
func sameRun(a, b []string) bool {
	for i := range a {
		if wordCore(a[i]) != wordCore(b[i]) {
			return false
		}
	}
	return true
}

// unstutter returns "I" for "I-I", "I'd" for "I-I'd" and "that's" for
// "that's-that's".
func unstutter(w string) string {
	for {
		a, b, ok := strings.Cut(w, "-")
		if !ok || wordCore(a) == "" || !strings.HasPrefix(wordCore(b), wordCore(a)) {
			return w
		}
		w = b
	}
}

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
		ws, cut = ws[:clauseEnd(ws)], true
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
