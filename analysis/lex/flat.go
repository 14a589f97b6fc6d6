package lex

import (
	"strings"
	"unicode"
)

// Flat turns text into the form the phrase patterns are written against:
// lower case, words separated by single spaces, sentence breaks (. ! ? ; :)
// as " | ", other punctuation dropped, padded with a space at both ends.
// Text inside double quotes is removed first: a practitioner quoting what
// someone else said ("you should quit") is not saying it.
func Flat(s string) string {
	s = DropQuoted(Straighten(s))
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'':
			b.WriteRune(r)
			space = false
		case strings.ContainsRune(".!?;:", r):
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("| ")
			space = true
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// DropQuoted removes every span between a pair of double quotes.
func DropQuoted(s string) string {
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i+1:], '"')
		if j < 0 {
			return s
		}
		s = s[:i] + " " + s[i+1+j+1:]
	}
}

// IndexAll returns every position of p in f.
func IndexAll(f, p string) []int {
	var out []int
	for off := 0; ; {
		i := strings.Index(f[off:], p)
		if i < 0 {
			return out
		}
		out = append(out, off+i)
		off += i + 1
	}
}

// ContainsAny reports whether the padded text norm contains any of the
// patterns, and returns the first that matched.
func ContainsAny(norm string, patterns []string) (string, bool) {
	for _, p := range patterns {
		if strings.Contains(norm, p) {
			return p, true
		}
	}
	return "", false
}

// HasPrefixAny reports whether the padded text norm starts with any of the
// patterns (after its padding space and any leading punctuation).
func HasPrefixAny(norm string, patterns []string) bool {
	return StartsWithAny(strings.TrimLeft(norm, " ,.-"), patterns)
}

// StartsWithAny reports whether s starts with any of the patterns, spaces
// included.
func StartsWithAny(s string, patterns []string) bool {
	for _, p := range patterns {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
