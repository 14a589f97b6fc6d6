package quote

import (
	"strings"
	"unicode"

	"github.com/ally-mi/ally/analysis/lex"
)

// When the client's words are turned into the second person and when they
// are quoted as said instead. A rewrite is said by the professional as
// their own sentence, so it must read as one; anything the rewriter cannot
// be sure of is handed back in the client's own words.

// rewritable reports whether ws, tidied words of the client's in the first
// person, can be said back as a second-person sentence: at least MinWords
// words, a clause (a subject and its verb, not a fragment such as
// "stomach problems, and agitation" or "that I'll fall again"), no "we"
// (which speaks for others too), no times or numbers, no quoted speech,
// no filler left in it ("I'm like back again") and no start broken off
// inside it ("it's not really like a it's not a habit").
func rewritable(ws []string) bool {
	if len(ws) < MinWords || !hasClause(ws) || subordinate(ws) {
		return false
	}
	for i, w := range ws {
		c := wordCore(w)
		switch {
		case plural[c], strings.ContainsAny(w, "0123456789"), c == "o'clock", i > 0 && strings.ContainsAny(w, "\"“”"):
			return false
		case c == "like" && likeFiller(ws, i):
			return false
		case i > 0 && i+1 < len(ws) && garbleLeads[c] && !strings.ContainsAny(w, ",;:") && clauseSubjects[wordCore(ws[i+1])]:
			return false
		}
	}
	return true
}

// continued reports whether sentence s carries on one the client began in
// an earlier turn ("-really a little frightened that..."): what it says
// may need that beginning to be a sentence.
func continued(s string) bool { return strings.HasPrefix(strings.TrimSpace(s), "-") }

// clauseStarts may open a sentence that needs nothing before it.
var clauseStarts = lex.WordSet("i i'm i've i'd i'll it it's that that's there there's he he's she she's they they're " +
	"you you're my this nobody everyone everybody people")

// plural are the first-person plural words: "we" may be the client and
// the professional ("we have to discuss it") or the client and others,
// and "you" cannot say which.
var plural = lex.WordSet("we we're we've we'd we'll us our ours ourselves")

// clauseSubjects open a clause: after garbleLeads they mark a start broken
// off and made again ("that would be I don't").
var clauseSubjects = lex.WordSet("i i'm i've i'd i'll it's that's there's he's she's they're you're we're he she they we")

// garbleLeads cannot stand just before a new clause's subject. "Is" can:
// "the downside is I'm gonna gain weight".
var garbleLeads = lex.WordSet("a an the to of my your his her their its be with for from in on at by about very")

// likeFiller reports whether the "like" at i is a filler: written beside a
// comma, said twice, or after a person's "to be" ("I was like lost"),
// where it is no verb and no comparison.
func likeFiller(ws []string, i int) bool {
	if strings.HasSuffix(ws[i], ",") || i > 0 && strings.HasSuffix(ws[i-1], ",") {
		return true
	}
	if i+1 < len(ws) && wordCore(ws[i+1]) == "like" {
		return true
	}
	return i > 0 && (personBe[wordCore(ws[i-1])] || beforeFillerLike[wordCore(ws[i-1])])
}

// beforeFillerLike are words after which "like" is a filler, not a verb
// or a comparison: "I'll have like all my senses", "and like that stops".
var beforeFillerLike = lex.WordSet("have has had got get and but or so")

// personBe are a person's forms of "to be" that a filler "like" follows.
var personBe = lex.WordSet("i'm you're he's she's we're they're was were")

// hasClause reports whether ws hold a subject with its verb: a pronoun
// with a verb contracted to it ("it's"), a verb that needs a subject
// ("don't", "was", "gonna", "sounds"), or a subject pronoun followed by
// a word ("I get edgy").
func hasClause(ws []string) bool {
	for i, w := range ws {
		c := wordCore(w)
		if pronounVerbs[c] || finiteVerbs[c] || strings.HasSuffix(c, "n't") {
			return true
		}
		if i+1 < len(ws) && subjects[c] && !strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// subjects are the pronouns that are the subject of the verb after them.
var subjects = lex.WordSet("i you he she it we they")

// pronounVerbs are pronouns with their verb contracted to them.
var pronounVerbs = lex.WordSet("i'm i've i'd i'll you're you've you'd you'll he's he'd he'll she's she'd she'll " +
	"it's it'd it'll we're we've we'd we'll they're they've they'd they'll that's there's what's who's " +
	"everything's everyone's nobody's nothing's somebody's something's im ive")

// finiteVerbs say that a clause has its verb: the auxiliaries, and verbs
// common enough in sessions in their -s or past forms.
var finiteVerbs = lex.WordSet("am is are was were do does did has have had will would can could should shall " +
	"must might may gonna wanna gotta sounds seems feels looks makes gets keeps helps works goes takes puts " +
	"means says comes needs wants likes got went felt made said told came took put thought knew saw gave")

// subordinate reports whether ws are a subordinate clause alone: opening
// with "that" and a subject ("that I'll fall again"), with "which", or
// with "if", "when", "unless", "although"... and no main clause after a
// comma ("if I had their support of my family" is one, "if I go to bed at
// ten, I have no life" is not).
func subordinate(ws []string) bool {
	first := wordCore(ws[0])
	switch {
	case first == "that" && len(ws) > 1 && (clauseSubjects[wordCore(ws[1])] || subjects[wordCore(ws[1])]):
		return true
	case first == "which" || first == "whereas" || reasonLeads[first]:
		return true
	case nounThenRelative(ws):
		return true
	case !conditionLeads[first]:
		return false
	}
	for i, w := range ws[:len(ws)-1] {
		if strings.HasSuffix(w, ",") && hasClause(ws[i+1:]) {
			return false
		}
	}
	return true
}

// nounThenRelative reports whether ws are a noun phrase with a relative
// clause and no verb of their own: "anything that's going to get me home",
// "coming from a place where you don't get that".
func nounThenRelative(ws []string) bool {
	for i, w := range ws {
		c := wordCore(w)
		if i == 0 || !relatives[c] && c != "that's" || c == "that" && prepositions[wordCore(ws[i-1])] {
			continue // "the downside to that is" has no relative clause
		}
		return !hasClause(ws[:i])
	}
	return false
}

// prepositions before "that" make it a pronoun, not a relative.
var prepositions = lex.WordSet("to of in on at for with about from like than into by")

// relatives open a relative clause.
var relatives = lex.WordSet("that which who whom whose where")

// reasonLeads open a reason with nothing it is the reason for: "because I
// never really opened up to anybody".
var reasonLeads = lex.WordSet("because cause 'cause cos")

// conditionLeads open a clause that needs a main clause after it.
var conditionLeads = lex.WordSet("if when whenever unless although though while since until")

// asSaid returns ws, the client's tidied words in the first person, as
// they are quoted: in their own case but for a capital first letter, and
// ending with end when the sentence ended with it ("?").
func asSaid(ws []string, end string) string {
	out := strings.TrimRight(strings.Trim(strings.Join(ws, " "), " ,;:-–—"), ".!?…")
	if out == "" {
		return ""
	}
	if (strings.Count(out, "\"")+strings.Count(out, "“")+strings.Count(out, "”"))%2 == 1 {
		// A quote left open: a stray mark at the start goes, else the
		// client's quote is closed where the sentence ends.
		if strings.ContainsAny(out[:1], "\"“”") {
			out = strings.TrimLeft(out, "\"“”")
		} else {
			out += "\""
		}
	}
	return SingleQuotes(capitalFirst(out)) + end
}

// capitalFirst upper-cases the first letter of s when s starts with it,
// after any opening quote: "£7 a day" stays as it is.
func capitalFirst(s string) string {
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
		case !strings.ContainsRune("\"'“‘", r):
			return s
		}
	}
	return s
}
