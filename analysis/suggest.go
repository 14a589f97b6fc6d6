package analysis

import (
	"strings"
	"unicode"
)

// swaps turn the client's first person into the practitioner's second
// person, so a suggestion can hand the client's words back to them.
var swaps = map[string]string{
	"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you",
	"my": "your", "mine": "yours", "myself": "yourself", "am": "are", "we": "you", "we're": "you're",
	"us": "you", "our": "your", "ourselves": "yourselves", "im": "you're", "ive": "you've",
}

// fillers open many spoken sentences and carry nothing into a reflection.
var fillers = []string{"well", "yeah", "yes", "um", "uh", "er", "so", "and", "but", "oh", "i mean", "like", "you know", "okay", "ok", "hmm", "mm", "no"}

// clientWords returns the sentence of text best suited to reflect (the one
// holding want, else the longest) in the second person, at most 18 words,
// without a final stop.
func clientWords(text, want string) string {
	sentences := strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == ';' })
	best := ""
	for _, s := range sentences {
		s = strings.TrimSpace(s)
		if want != "" && strings.Contains(strings.ToLower(s), want) {
			best = s
			break
		}
		if len(strings.Fields(s)) > len(strings.Fields(best)) {
			best = s
		}
	}
	ws := strings.Fields(best)
	for len(ws) > 0 {
		w := strings.ToLower(strings.Trim(ws[0], ",-–—"))
		two := ""
		if len(ws) > 1 {
			two = w + " " + strings.ToLower(strings.Trim(ws[1], ",-–—"))
		}
		dropped := false
		for _, f := range fillers {
			if two == f {
				ws, dropped = ws[2:], true
				break
			}
			if w == f {
				ws, dropped = ws[1:], true
				break
			}
		}
		if !dropped {
			break
		}
	}
	if len(ws) > 18 {
		ws = ws[:18]
	}
	for i, w := range ws {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		if to, ok := swaps[strings.ToLower(strings.ReplaceAll(core, "’", "'"))]; ok && core != "" {
			ws[i] = strings.Replace(w, core, to, 1)
		}
	}
	out := strings.Trim(strings.Join(ws, " "), " ,-–—")
	// Lower-case the first letter so the words can sit inside a sentence.
	for i, r := range out {
		return out[:i] + string(unicode.ToLower(r)) + out[i+len(string(r)):]
	}
	return out
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
