package lex

import "strings"

// Stem reduces a lower-case word to a crude stem, enough for "drinks",
// "drinking" and "drinker's" to meet "drink", and "parties" to meet "party".
// It is deliberately simple: matching is against short lists of phrases
// written with this stemmer in mind, not open text retrieval.
func Stem(w string) string {
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

// VerbStem is Stem for a verb: the short "-ing" forms Stem leaves alone
// ("doing", "going", "using") are taken to their verb too. The client "no"
// reader judges the verb after a refusal frame ("I'm not going to") with
// it. Stem itself keeps them: the needs and tender-spot phrases were
// written and checked with it ("keep me going", "being told what to do"),
// and taking them to their verbs would change what those phrases meet.
func VerbStem(w string) string {
	if v, ok := shortIng[w]; ok {
		return v
	}
	return Stem(w)
}

// shortIng are the "-ing" forms Stem leaves alone, with their verbs.
var shortIng = map[string]string{"doing": "do", "going": "go", "using": "use", "being": "be", "dying": "die",
	"lying": "lie", "seeing": "see", "owing": "owe"}

// Stems returns the stems of the words of s, with determiners dropped when
// drop is set.
func Stems(s string, drop bool) []string {
	var out []string
	for _, w := range Words(s) {
		if drop && determiners[w] {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

// Phrase is a sequence of stems matched as consecutive words.
type Phrase []string

// NewPhrase stems a written phrase for matching, with determiners dropped
// when drop is set.
func NewPhrase(s string, drop bool) Phrase { return Phrase(Stems(s, drop)) }

// In reports whether p occurs as consecutive stems in text.
func (p Phrase) In(text []string) bool {
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
