package needs

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// State words: a need heard in how the client says they feel ("I've been so
// lonely"), counted only when they say it of themselves.

// clauseBreak stands between two clauses in the stems of a text. No word
// stems to it, so no phrase, context or negation reaches across it.
const clauseBreak = ","

// ClauseStems returns the stems of text with clauseBreak at every , ; : .
// ! or ?, so a phrase is not matched across two sentences and a state word
// is judged in its own clause.
func ClauseStems(text string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;:.!?", r) }) {
		st := lex.Stems(part, false)
		if len(st) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, clauseBreak)
		}
		out = append(out, st...)
	}
	return out
}

// Words that end a clause, besides clauseBreak.
var needClauseWords = lex.StemSet("but and because cause 'cause cuz")

// Words of the client themselves, and of someone else, as stems. "my" is
// someone else's unless it is "my own": "my son has social anxiety" is
// the son's state, "my wife is lonely" the wife's.
var selfWords, otherWords = lex.StemSet("i me i'm im i've ive i'd i'll myself"),
	lex.StemSet(`he she they him her his their them he's she's they're they've they'd he'd she'd we we're our us
		my everyone everybody people kids wife husband son daughter partner friend mom mum dad`)

// impersonal subjects open a clause about the client's own life with no
// one named: "it's less lonely than sitting at home", "things have been
// stressful at home".
var impersonal = lex.StemSet("it it's its this that that's things life everything everything's")

// fillers may open a clause before its subject.
var fillers = lex.StemSet("well yeah yes um uh oh like just honestly really so then now")

// state returns the first of n's state words ("lonely", "stressed",
// "comfort") that text's client says of themselves, "" when none. A state
// word counts when its clause is the client's: the nearest person before
// it is the client ("it stops me feeling lonely", "I'm super stressed"),
// or none is and the clause names the client after it ("it's the only
// comfort I have") or opens with an impersonal subject and names no one
// else ("things have been stressful at home"). Someone else's state ("my
// son has social anxiety", "he says it's stress", "my wife is lonely", "the
// kids get bored") does not count, nor a negated one ("I'm not lonely"),
// nor one inside a not-context.
func (n Need) state(text []string) string {
	if len(n.states) == 0 {
		return ""
	}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != clauseBreak && !needClauseWords[text[i]] {
			continue
		}
		if w := n.stateIn(text, start, i); w != "" {
			return w
		}
		start = i + 1
	}
	return ""
}

// stateIn is state for the clause text[from:to].
func (n Need) stateIn(text []string, from, to int) string {
	for j := from; j < to; j++ {
		w, ok := n.states[text[j]]
		if !ok {
			continue
		}
		if !negated(text[from:], j-from) && !inside(j, 1, n.not, text[from:to], from) && clientsClause(text, from, to, j) {
			return w
		}
	}
	return ""
}

// clientsClause reports whether the state word at text[j] of the clause
// text[from:to] is the client's (see state).
func clientsClause(text []string, from, to, j int) bool {
	myOwn := func(k int) bool { return text[k] == "my" && k+1 < to && text[k+1] == "own" }
	isSelf := func(k int) bool { return selfWords[text[k]] || myOwn(k) }
	isOther := func(k int) bool { return otherWords[text[k]] && !myOwn(k) }
	for k := j - 1; k >= from; k-- {
		switch {
		case isSelf(k):
			return true
		case isOther(k):
			return false
		}
	}
	self, other := false, false
	for k := j + 1; k < to; k++ {
		self = self || isSelf(k)
		other = other || isOther(k)
	}
	if self {
		return true
	}
	k := from
	for k < j && fillers[text[k]] {
		k++
	}
	return k < j && impersonal[text[k]] && !other
}
