package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ally-mi/ally/analysis/lex"
)

// Whose words a quote holds: the client's first person turned to the
// professional's second, what the client said to the professional
// rather than about themselves left out, and names kept as written.

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
var toProfessional = lex.WordSet("tell told telling need want wanted promise promised ask asked asking hear heard trust thank owe give gave")

// secondPerson turns first-person words into second-person ones (see
// lex.SaidBack), so a suggestion can hand the client's words back to them,
// with the verb "to be" agreeing ("I was" → "you were", "am I" → "are
// you"), and the professional as the object of the client's "I" into "me".
func secondPerson(ws []string) []string {
	cores := make([]string, len(ws))
	for i, w := range ws {
		cores[i] = wordCore(w)
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		c := cores[i]
		to, ok := lex.SaidBack(c)
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
	addressing = []string{"understand", "get it", "get me", "think", "thought", "said", "say", "saying", "put it", "put that",
		"tell me", "telling me", "told me", "want me", "wanted me", "ask me", "asking me", "asked me",
		"expect me", "mean", "right", "wrong", "listen", "listening", "people", "guys"}
	addressSkips = lex.WordSet("don't do did didn't just really always still never keep kept all can't cannot " +
		"wouldn't won't probably already even might may are were have had would will not gonna")
)

// When "you" opens its clause, after only subjectLeads, it is the
// professional too if what follows, after at most two addressSkips, is
// unknowing (after a negation: "you don't know", "you have no idea"), or
// if the client's first person comes within nearMe words of it: "you
// need to live my life", "you'd have to be me". "You can't relax after a
// day like mine" stays.
var (
	unknowing    = []string{"no idea", "any idea", "a clue", "no clue"}
	negKnowing   = []string{"know", "knew", "realise", "realize", "have a clue", "have any idea", "see what", "see how"}
	negations    = lex.WordSet("don't didn't not can't cannot couldn't wouldn't won't")
	subjectLeads = lex.WordSet("but and so because cause cos well yeah yes no look okay ok oh then if honestly")
	firstPerson  = lex.WordSet("i i'm i've i'd i'll me my mine myself")
)

// nearMe is how many words after a "you" that opens its clause the
// client's first person makes it the professional.
const nearMe = 5

// quoteClauseOpeners open a new clause within a sentence.
var quoteClauseOpeners = lex.WordSet("but and so because cause cos")

// unaddress drops what the client said to the professional rather than
// about themselves: each clause (cut at a comma, ";" or ":", or before
// "but", "and", "so" or "because") holding a "you" that is the
// professional (see addressed), with the "but" after it when it opened
// the sentence, and assents before a "but" after a comma
// ("it's bad, I know, but" → "it's bad, but"; at the start of a quote they
// go with the openers, see content). It is empty when only fillers would
// be left ("I know, I know, but you don't know what my days are like").
func unaddress(ws []string) []string {
	var out []string
	dropped := false
	for start := 0; start < len(ws); {
		end := start + 1
		for end < len(ws) && !strings.ContainsRune(",;:", lastRuneOf(ws[end-1])) && !quoteClauseOpeners[wordCore(ws[end])] {
			end++
		}
		addr := addressed(ws[start:end])
		dropped = dropped || addr
		switch {
		case !addr:
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
	if dropped && onlyFillers(out) {
		return nil
	}
	return out
}

// addressed reports whether a clause holds a "you" that is the
// professional.
func addressed(ws []string) bool {
	for i, w := range ws {
		switch wordCore(w) {
		case "you", "you're", "you've", "you'd", "you'll":
		default:
			continue
		}
		j, neg := i+1, false
		for j < len(ws) && j < i+3 && addressSkips[wordCore(ws[j])] {
			neg = neg || negations[wordCore(ws[j])]
			j++
		}
		if prefixLen(ws[j:], addressing) > 0 {
			return true
		}
		if !opensClause(ws[:i]) {
			continue
		}
		if prefixLen(ws[j:], unknowing) > 0 || neg && prefixLen(ws[j:], negKnowing) > 0 {
			return true
		}
		if j < len(ws) && (wordCore(ws[j]) == "know" || wordCore(ws[j]) == "see") && !neg {
			continue // "you know I love it" is the client's
		}
		for _, v := range ws[i+1 : min(i+1+nearMe, len(ws))] {
			if firstPerson[wordCore(v)] {
				return true
			}
		}
	}
	return false
}

// opensClause reports whether ws, the words of a clause before a "you",
// are only subjectLeads.
func opensClause(ws []string) bool {
	for _, w := range ws {
		if !subjectLeads[wordCore(w)] {
			return false
		}
	}
	return true
}

// onlyFillers reports whether ws are all openers and assents ("I know, I
// know,"), what is left of a turn when what followed them was said to
// the professional.
func onlyFillers(ws []string) bool {
	for n := 1; n > 0 && len(ws) > 0; ws = ws[n:] {
		n = max(prefixLen(ws, openers), prefixLen(ws, assents))
	}
	return len(ws) == 0
}

// lowerUnlessName lower-cases the first letter of sentence s of text
// unless its first word is a name (see keepsCapital).
func lowerUnlessName(s, text string) string {
	if f := strings.Fields(s); len(f) > 0 && !keepsCapital(wordCore(f[0]), f[0], text) {
		return lowerFirst(s)
	}
	return s
}

// keepsCapital reports whether a first word keeps its capital: "I", an acronym
// ("AA"), or a name: written capitalised inside a sentence of text, or at
// its start before a verb said of people ("Karen says") when it is not a
// common word that starts sentences ("Everyone says").
func keepsCapital(c, w, text string) bool {
	if subjectOf(c) == "i" && unicode.IsUpper(firstWordRune(w)) {
		return true // "I", "I'm": a quote as said keeps them
	}
	if len(c) > 1 && strings.ToUpper(c) == strings.Trim(w, ",.;:!?\"'") {
		return true
	}
	fs := strings.Fields(text)
	for k, t := range fs {
		if wordCore(t) != c || !unicode.IsUpper(firstWordRune(t)) {
			continue
		}
		if k > 0 && !strings.ContainsRune(".!?", lastRuneOf(fs[k-1])) ||
			k+1 < len(fs) && saidOfPeople[wordCore(fs[k+1])] && !notNames[c] {
			return true
		}
	}
	return false
}

// saidOfPeople are verbs that, after a capitalised first word, show it is
// a name ("Karen says I drink too much").
var saidOfPeople = lex.WordSet("says said thinks thought tells told wants wanted asks asked nags nagged reckons " +
	"believes knows knew worries worried")

// notNames start sentences before those verbs without being names.
var notNames = lex.WordSet("i you he she it we they everyone everybody someone somebody nobody anyone anybody " +
	"people one my your his her our their the a an this that who which what no all some most each every " +
	"mom mum dad doctor doctors wife husband partner boss friends parents kids family")

// firstWordRune returns the first letter or digit of w, utf8.RuneError if
// none.
func firstWordRune(w string) rune {
	i := strings.IndexFunc(w, isWordRune)
	if i < 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(w[i:])
	return r
}
