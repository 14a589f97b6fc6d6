package analysis

import (
	"strings"
	"unicode"
)

// normalize lower-cases s, straightens curly quotes and pads it with spaces,
// so phrase patterns can anchor on word boundaries with a leading or
// trailing space.
func normalize(s string) string {
	return " " + normalizer.Replace(strings.ToLower(s)) + " "
}

// normalizer straightens curly quotes and turns dashes into spaces.
var normalizer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", " ", "–", " ")

// words splits s into lower-case words of letters, digits and apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(normalize(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// stem reduces a lower-case word to a crude stem, enough for "drinks",
// "drinking" and "drinker's" to meet "drink", and "parties" to meet "party".
// It is deliberately simple: matching is against short lists of phrases
// written with this stemmer in mind, not open text retrieval.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:len(w)-3])
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = undouble(w[:len(w)-2])
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")):
		w = w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		w = w[:len(w)-1]
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// undouble drops a doubled final consonant left by a stripped suffix
// ("stopp" from "stopped").
func undouble(w string) string {
	n := len(w)
	if n > 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// determiners are dropped from phrases before matching, so the tender spot
// "my father" also meets the client's "your father" and "the father".
var determiners = map[string]bool{
	"my": true, "your": true, "his": true, "her": true, "our": true, "their": true,
	"the": true, "a": true, "an": true,
}

// stems returns the stems of the words of s, with determiners dropped when
// drop is set.
func stems(s string, drop bool) []string {
	var out []string
	for _, w := range words(s) {
		if drop && determiners[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// phrase is a sequence of stems matched as consecutive words.
type phrase []string

// newPhrase stems a written phrase for matching.
func newPhrase(s string, drop bool) phrase { return phrase(stems(s, drop)) }

// in reports whether p occurs as consecutive stems in text.
func (p phrase) in(text []string) bool {
	if len(p) == 0 {
		return false
	}
	for i := 0; i+len(p) <= len(text); i++ {
		ok := true
		for j := range p {
			if text[i+j] != p[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// containsAny reports whether the normalised text contains any of the
// patterns, and returns the first that matched.
func containsAny(norm string, patterns []string) (string, bool) {
	for _, p := range patterns {
		if strings.Contains(norm, p) {
			return p, true
		}
	}
	return "", false
}

// hasPrefixAny reports whether the normalised text starts with any of the
// patterns (after its padding space).
func hasPrefixAny(norm string, patterns []string) bool {
	return startsWithAny(strings.TrimLeft(norm, " ,.-"), patterns)
}

// startsWithAny reports whether s starts with any of the patterns, spaces
// included.
func startsWithAny(s string, patterns []string) bool {
	for _, p := range patterns {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// wordCount counts the words of s, for talk-time shares.
func wordCount(s string) int { return len(words(s)) }

// wordSet returns the space-separated words of s as a set.
func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// stemSet returns the stems of the space-separated words of s as a set.
func stemSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[stem(w)] = true
	}
	return set
}

// commonWords are words too common to mark a subject: a tender spot made of
// nothing else would be met in nearly every utterance, and a client who
// repeats one has not taken up the practitioner's words.
var commonWords = wordSet(`i me you he she it we they him us them this that these those there
	is am are was were be been do does did have has had will would can could and or but so if
	to of in on at for with about from by as not no yes just very really what who when how`)
