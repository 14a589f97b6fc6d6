package mi

import (
	"strings"
	"unicode"
)

// tokenize lowercases text and splits it into words and the punctuation that
// carries meaning in MI coding (? ! . ,). Contractions are split the way
// GloVe's vocabulary splits them ("don't" → "do", "n't"), so negation is a
// token of its own.
func tokenize(text string) []string {
	var toks []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		toks = appendWord(toks, b.String())
		b.Reset()
	}
	for _, r := range text {
		switch {
		case r == '’' || r == '‘' || r == '`':
			r = '\''
			fallthrough
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'':
			b.WriteRune(unicode.ToLower(r))
		case r == '?' || r == '!' || r == '.' || r == ',':
			flush()
			toks = append(toks, string(r))
		default:
			flush()
		}
	}
	flush()
	return toks
}

// suffixes are the contraction endings split off a word.
var suffixes = []string{"n't", "'re", "'ve", "'ll", "'s", "'d", "'m"}

// appendWord appends w, with its contraction ending split off, to toks.
func appendWord(toks []string, w string) []string {
	w = strings.Trim(w, "'")
	if w == "" {
		return toks
	}
	for _, s := range suffixes {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			stem := w[:len(w)-len(s)]
			switch {
			case s == "n't" && stem == "ca":
				stem = "can" // GloVe keeps "ca" + "n't"; "can" generalises better
			case s == "n't" && stem == "wo":
				stem = "will"
			}
			return append(toks, stem, s)
		}
	}
	return append(toks, w)
}
