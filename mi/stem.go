package mi

import "strings"

// stem strips common English inflections so "drinking", "drinks" and
// "drinked" meet at "drink". It is deliberately crude: it only has to map
// related forms together, not produce dictionary words.
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ingly", "ing", "edly", "ed", "ies", "es", "s", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			base := w[:len(w)-len(suf)]
			if suf == "ies" {
				return base + "y"
			}
			if n := len(base); n >= 2 && base[n-1] == base[n-2] && base[n-1] != 's' && base[n-1] != 'l' {
				base = base[:n-1] // "stopped" → "stop"
			}
			return base
		}
	}
	return w
}
