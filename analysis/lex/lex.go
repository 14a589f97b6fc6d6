// Package lex holds the word-level tools the analysis packages share: the
// normaliser (lower case, straight quotes), the word splitter and stemmer,
// phrase matching on stems, and substring tests on padded text. It is
// deliberately separate from the coder's own stemmer in mi/, which the
// trained model depends on and which must not move with these.
package lex

import (
	"strings"
	"unicode"
)

// Straighten lower-cases s and straightens curly quotes, so phrase rules
// and quoted speech are found whichever quotes a word processor put in.
// Every other form of text in the analysis builds on it.
func Straighten(s string) string {
	return straightener.Replace(strings.ToLower(s))
}

// straightener straightens curly quotes.
var straightener = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// Words splits s into lower-case words of letters, digits and apostrophes.
func Words(s string) []string {
	return strings.FieldsFunc(Straighten(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// WordSet returns the space-separated words of s as a set.
func WordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// StemSet returns the stems of the space-separated words of s as a set.
func StemSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[Stem(w)] = true
	}
	return set
}

// determiners are dropped from phrases before matching, so the tender spot
// "my father" also meets the client's "your father" and "the father".
var determiners = WordSet("my your his her our their the a an")

// IsDeterminer reports whether the lower-case word w is a determiner
// ("my", "the", "a" ...).
func IsDeterminer(w string) bool { return determiners[w] }

// commonWords are words too common to mark a subject: a tender spot made of
// nothing else would be met in nearly every utterance, and a client who
// repeats one has not taken up the practitioner's words.
var commonWords = WordSet(`i me you he she it we they him us them this that these those there
	is am are was were be been do does did have has had will would can could and or but so if
	to of in on at for with about from by as not no yes just very really what who when how`)

// IsCommon reports whether the lower-case word w is too common to mark a
// subject ("I", "it", "about").
func IsCommon(w string) bool { return commonWords[w] }
