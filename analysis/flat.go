package analysis

import (
	"strings"
	"unicode"
)

// flat turns text into the form the phrase patterns are written against:
// lower case, words separated by single spaces, sentence breaks (. ! ? ; :)
// as " | ", other punctuation dropped, padded with a space at both ends.
// Text inside double quotes is removed first: a practitioner quoting what
// someone else said ("you should quit") is not saying it.
func flat(s string) string {
	s = dropQuoted(straighten(s))
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

// straighten lower-cases s and straightens curly quotes, so quoted speech
// is found whichever quotes a word processor put in.
func straighten(s string) string {
	return straightener.Replace(strings.ToLower(s))
}

// straightener straightens curly quotes.
var straightener = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// dropQuoted removes every span between a pair of double quotes.
func dropQuoted(s string) string {
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

// clauseBefore returns the part of the flat text between the last sentence
// break before position i and i.
func clauseBefore(f string, i int) string {
	if k := strings.LastIndex(f[:i], "|"); k >= 0 {
		return f[k+1 : i]
	}
	return f[:i]
}

// indexAll returns every position of p in f.
func indexAll(f, p string) []int {
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
