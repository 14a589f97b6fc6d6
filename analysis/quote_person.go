package analysis

import (
	"strings"
	"unicode/utf8"
)

// Whose words a quote holds: the client's first person turned to the
// professional's second, and what the client said to the professional
// rather than about themselves left out.

// swaps turn the client's first person into the practitioner's second
// person, so a suggestion can hand the client's words back to them.
var swaps = map[string]string{
	"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you",
	"my": "your", "mine": "yours", "myself": "yourself", "we": "you", "we're": "you're", "we've": "you've",
	"we'd": "you'd", "we'll": "you'll", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
	"im": "you're", "ive": "you've",
}

// beAfterI are the forms of "to be" that only agree with "I": "I was" must
// become "you were", while "it was" stays.
var beAfterI = map[string]string{"am": "are", "was": "were", "wasn't": "weren't", "wasnt": "weren't"}

// midAdverbs, and words ending in "-ly", may sit between "I" and its verb
// ("I really was", "I normally am").
var midAdverbs = map[string]bool{"really": true, "just": true, "always": true, "never": true, "actually": true,
	"honestly": true, "still": true, "even": true, "also": true, "only": true, "probably": true, "definitely": true}

// toProfessional are the verbs whose object "you", after the client's "I",
// is the professional: "I told you" is said back "you told me", while the
// "you" of "it makes you feel good" is anyone's and stays.
var toProfessional = wordSet("tell told telling need want wanted promise promised ask asked asking hear heard trust thank owe give gave")

// secondPerson turns first-person words into second-person ones, with the
// verb "to be" agreeing ("I was" → "you were", "am I" → "are you"), and
// the professional as the object of the client's "I" into "me".
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
		if c == "you" && i > 1 && toProfessional[cores[i-1]] && firstPersonIn(cores[max(0, i-4):i-1]) {
			to, ok = "me", true
		}
		if ok && c != "" {
			out[i] = replaceCore(w, to)
		}
	}
	return out
}

// firstPersonIn reports whether cores hold the client's "I".
func firstPersonIn(cores []string) bool {
	for _, c := range cores {
		if c == "i" || c == "i'm" || c == "i've" || c == "i'll" || c == "i'd" {
			return true
		}
	}
	return false
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

// addressing is what follows a "you" that is the professional, after at
// most two addressSkips: "you don't understand", "you think I should
// quit", "you keep telling me", "you're right". A generic "you" ("you just
// can't relax") is followed by none of them.
var (
	addressing = []string{"understand", "get it", "get me", "think", "thought", "said", "say", "saying",
		"tell me", "telling me", "told me", "want me", "wanted me", "ask me", "asking me", "asked me",
		"expect me", "mean", "right", "wrong", "listen", "listening", "people", "guys"}
	addressSkips = wordSet("don't do did didn't just really always still never keep kept all can't cannot " +
		"wouldn't won't probably already even might may are were have had would will")
)

// quoteClauseOpeners open a new clause within a sentence.
var quoteClauseOpeners = wordSet("but and so because cause cos")

// unaddress drops what the client said to the professional rather than
// about themselves: each clause (cut at a comma, ";" or ":", or before
// "but", "and", "so" or "because") holding a "you" that is the
// professional (see addressing), with the "but" after it when it opened
// the sentence, and assents before a "but" after a comma
// ("it's bad, I know, but" → "it's bad, but"; at the start of a quote they
// go with the openers, see content).
func unaddress(ws []string) []string {
	var out []string
	for start := 0; start < len(ws); {
		end := start + 1
		for end < len(ws) && !strings.ContainsRune(",;:", lastRuneOf(ws[end-1])) && !quoteClauseOpeners[wordCore(ws[end])] {
			end++
		}
		switch {
		case !addressed(ws[start:end]):
			out = append(out, ws[start:end]...)
		case len(out) == 0 && end < len(ws) && quoteClauseOpeners[wordCore(ws[end])]:
			end++ // "you keep telling me to quit but I'm fine" is "I'm fine"
		}
		start = end
	}
	for i := 1; i < len(out); i++ {
		if n := assentsThenBut(out[i:]); n > 0 && strings.HasSuffix(out[i-1], ",") {
			out = append(out[:i:i], out[i+n-1:]...)
		}
	}
	return out
}

// addressed reports whether a clause holds a "you" that is the
// professional.
func addressed(ws []string) bool {
	for i, w := range ws {
		switch wordCore(w) {
		case "you", "you're", "you've", "you'd":
		default:
			continue
		}
		j := i + 1
		for j < len(ws) && j < i+3 && addressSkips[wordCore(ws[j])] {
			j++
		}
		if prefixLen(ws[j:], addressing) > 0 {
			return true
		}
	}
	return false
}

// assentsThenBut returns how many words of ws a run of assents and the
// "but" after it cover ("I know, I know, but"), 0 when ws do not open
// with one.
func assentsThenBut(ws []string) int {
	n := 0
	for m := prefixLen(ws, assents); m > 0; m = prefixLen(ws[n:], assents) {
		n += m
	}
	if n > 0 && n < len(ws) && wordCore(ws[n]) == "but" {
		return n + 1
	}
	return 0
}
