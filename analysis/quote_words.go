package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a quoted sentence is tidied into words the professional can say back.

// handBack tidies a sentence of the client's into words the professional
// can say: disfluencies and end fillers dropped, cut to maxWords, in the
// second person, lower-case first unless a name or acronym (judged on the
// whole utterance text).
func handBack(s, text string) string {
	broken := strings.TrimRight(s, "-–—") != s
	ws := secondPerson(shorten(trimFillers(tidyWords(s)), broken))
	out := strings.TrimRight(strings.Trim(strings.Join(ws, " "), " ,;:-–—"), ".!?…")
	if strings.Count(out, "\"")+strings.Count(out, "“")+strings.Count(out, "”") == 1 {
		out = strings.Trim(out, "\"“” ") // a quote cut in half
	}
	out = singleQuotes(out)
	if len(ws) > 0 && !keepsCapital(wordCore(ws[0]), ws[0], text) {
		out = lowerFirst(out)
	}
	return out
}

// singleQuotes turns the client's double quotes into single ones, so they
// can sit inside a suggestion's quote.
func singleQuotes(s string) string {
	return strings.NewReplacer("\"", "'", "“", "'", "”", "'").Replace(s)
}

// tidyWords splits s into words without [annotations], interjections
// ("um"), false starts ("I--", "don't-"; a last word cut off keeps its
// letters), stutters ("I-I"), a parenthetical "you know," or "I mean,",
// and words said twice in a row ("I don't I don't").
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
		case len(out) > 0 && c != "" && wordCore(out[len(out)-1]) == c && unicode.IsLetter(lastRuneOf(out[len(out)-1])):
			continue
		default:
			out = append(out, w)
			continue
		}
		if strings.HasSuffix(ws[i+n-1], ",") && len(out) > 0 {
			out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",")
		}
		i += n - 1
	}
	return unrepeat(out)
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

// sameRun reports whether a and b are the same words, and a is not cut
// from b by punctuation ("I don't, I don't" is emphasis, kept).
func sameRun(a, b []string) bool {
	if !unicode.IsLetter(lastRuneOf(a[len(a)-1])) {
		return false
	}
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
// unless fewer than minWords words would remain: then ws is kept whole.
func trimFillers(ws []string) []string {
	if t := content(ws); len(t) >= minWords {
		return t
	}
	return ws
}

// content returns ws without openers and closers, however few words remain.
func content(ws []string) []string {
	for n := prefixLen(ws, openers); n > 0; n = prefixLen(ws, openers) {
		ws = ws[n:]
	}
	for n := suffixLen(ws, closers); n > 0; n = suffixLen(ws, closers) {
		ws = ws[:len(ws)-n]
	}
	return ws
}

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

// shorten cuts ws to maxWords, at the last comma when one falls in the
// second half; a quote cut short, or broken off by the client, never ends
// on a dangling "and" or "the".
func shorten(ws []string, cut bool) []string {
	if len(ws) > maxWords {
		n := maxWords
		for i := maxWords - 1; i >= maxWords/2; i-- {
			if strings.HasSuffix(ws[i], ",") {
				n = i + 1
				break
			}
		}
		ws, cut = ws[:n], true
	}
	for cut && len(ws) > minWords && danglingWords[wordCore(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// secondPerson turns first-person words into second-person ones, with the
// verb "to be" agreeing: "I was" → "you were", "am I" → "are you".
func secondPerson(ws []string) []string {
	cores := make([]string, len(ws))
	for i, w := range ws {
		cores[i] = wordCore(w)
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		c := cores[i]
		to, ok := swaps[c]
		if be, isBe := beAfterI[c]; isBe && afterI(cores, i) {
			to, ok = be, true
		}
		if ok && c != "" {
			out[i] = replaceCore(w, to)
		}
	}
	return out
}

// afterI reports whether the verb at i has "I" as subject: just before
// it, midAdverbs aside, or just after it in a question.
func afterI(cores []string, i int) bool {
	if i+1 < len(cores) && cores[i+1] == "i" {
		return true
	}
	j := i - 1
	for j >= 0 && (midAdverbs[cores[j]] || strings.HasSuffix(cores[j], "ly")) {
		j--
	}
	return j >= 0 && cores[j] == "i"
}

// replaceCore replaces the letters of w with to, keeping its punctuation.
func replaceCore(w, to string) string {
	start := strings.IndexFunc(w, isWordRune)
	end := strings.LastIndexFunc(w, isWordRune)
	_, size := utf8.DecodeRuneInString(w[end:])
	return w[:start] + to + w[end+size:]
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

// keepsCapital reports whether a first word keeps its capital: an acronym
// ("AA"), or a word written capitalised inside a sentence of text (a name).
func keepsCapital(c, w, text string) bool {
	if len(c) > 1 && strings.ToUpper(c) == strings.Trim(w, ",.;:!?\"'") {
		return true
	}
	prev := ""
	for _, t := range strings.Fields(text) {
		if wordCore(t) == c && unicode.IsUpper(firstWordRune(t)) && prev != "" && !strings.ContainsRune(".!?", lastRuneOf(prev)) {
			return true
		}
		prev = t
	}
	return false
}

// firstWordRune returns the first letter or digit of w, utf8.RuneError if
// none.
func firstWordRune(w string) rune {
	i := strings.IndexFunc(w, isWordRune)
	if i < 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(w[i:])
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

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
