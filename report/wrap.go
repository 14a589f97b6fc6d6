package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// width is the widest line the text reports print, so they read in a
// standard terminal without the terminal's own wrapping shredding them.
const width = 80

// wrap breaks s into lines of at most w runes. The first line starts with
// first and the others with rest, which gives a hanging indent. A word
// longer than a line is cut, so no line is ever wider than w: transcripts
// carry URLs and run-together words that would otherwise break the layout.
// Widths count runes, which is exact for the scripts transcripts mostly use
// but undercounts double-width characters.
func wrap(s string, w int, first, rest string) []string {
	var (
		lines []string
		line  strings.Builder
		n     int  // runes on the current line
		bare  bool // the current line holds only its prefix
	)
	start := func(prefix string) {
		line.Reset()
		line.WriteString(prefix)
		n = utf8.RuneCountInString(prefix)
		bare = true
	}
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
	}
	start(first)
	for _, word := range strings.Fields(clean(s)) {
		wl := utf8.RuneCountInString(word)
		if !bare && n+1+wl > w {
			flush()
			start(rest)
		}
		if !bare {
			line.WriteByte(' ')
			n++
		}
		for n+wl > w {
			// Cut the word at the line's end; at least one rune per line
			// so an oversized prefix cannot loop forever.
			k := max(w-n, 1)
			cut := runePrefix(word, k)
			line.WriteString(cut)
			flush()
			start(rest)
			word = word[len(cut):]
			wl -= k
		}
		line.WriteString(word)
		n += wl
		bare = false
	}
	flush()
	return lines
}

// clean replaces control characters with spaces, so that text from a file
// cannot move the cursor or recolour the user's terminal.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// runePrefix returns the first k runes of s.
func runePrefix(s string, k int) string {
	i := 0
	for j := range s {
		if i == k {
			return s[:j]
		}
		i++
	}
	return s
}

// fit shortens s to at most w runes, marking the cut with "…". keepEnd keeps
// the end of s, which is where file paths carry the part that tells them
// apart.
func fit(s string, w int, keepEnd bool) string {
	s = clean(s)
	n := utf8.RuneCountInString(s)
	if n <= w {
		return s
	}
	if w < 1 {
		return ""
	}
	if keepEnd {
		r := []rune(s)
		return "…" + string(r[n-w+1:])
	}
	return runePrefix(s, w-1) + "…"
}
