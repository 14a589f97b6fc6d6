// Package needs holds ally's needs taxonomy, the needs a client's
// resistance may be protecting (rest, a break, connection, confidence,
// sleep ...), and the matcher that hears them in a client's words and in a
// professional's answer. Phrases are matched on stems (see lex.Stem), with
// intensifiers skipped and negations and everyday contexts ruled out, so a
// reader can check each match by hand.
package needs

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Need is one entry of ally's needs taxonomy: something a client's current
// behaviour may be protecting.
type Need struct {
	// ID is the stable name used in JSON.
	ID string
	// Name is how ally shows the need.
	Name string
	// Gives completes "it gives you ..." in a suggested reflection.
	Gives string
	// Phrases are what a client says when the behaviour serves the need
	// ("it helps me relax", "the only break I get"), matched stem by stem
	// (see lex.Stem), case-insensitively, as consecutive words. They name the
	// client's stake, not a topic: "my wife" or "my job" says who or what a
	// sentence is about, not what the resistance protects. A single word is
	// a phrase only when it is a stake wherever a client says it ("relax",
	// "unwind", "enjoy"); a word that may be someone else's ("my son has
	// social anxiety"), a request ("can we take a break?"), a complaint
	// ("she won't leave me alone") or a cost ("the money") is written as
	// the client's own stake instead ("helps with my anxiety", "the only
	// break I get", "takes the stress off"). A phrase right after a
	// negation ("not really relaxing") does not count; a phrase that holds
	// its own negation ("can't relax") does. Intensifiers and hedges may
	// stand between a phrase's words ("I'm so stressed", "gives me a bit
	// of energy").
	Phrases []string
	// States are single words for a state the need answers ("lonely",
	// "stressed", "comfort", "freedom"), matched stem by stem like
	// Phrases but counted only when the client says them of themselves:
	// in a clause whose nearest person before the word is the client
	// ("it stops me feeling lonely", "I'm super stressed"), or with no
	// person before it and the client named after it ("the only comfort I
	// have") or an impersonal subject and no one else ("things have been
	// stressful at home"). "My son has social anxiety", "he says it's
	// stress", "my wife is lonely" are someone else's; a negated state
	// ("I'm not lonely") and one inside a Not context do not count. A
	// state word's stem must not be shared with an everyday word of
	// another meaning ("bored" stems like "boring", so it is not one).
	States []string
	// Barriers are what a client says when the change would cost them
	// something practical, money or time ("I can't afford it", "I'm too
	// busy"): an obstacle in the way of the change, not something the
	// current behaviour gives. They are written down to keep them out of
	// Phrases (a test checks the two do not meet and that no barrier is
	// reported as the need); nothing looks for them, so they are never
	// reported as a need the resistance protects.
	Barriers []string
	// Names are the words a professional uses to name the need back ("so
	// it's your break"), besides the Phrases turned to the second person.
	Names []string
	// Not are everyday phrases that hold a phrase or name without meaning
	// the need ("blood pressure", "give me a break", "can we take a
	// break"): a match inside one of them does not count.
	Not []string

	// The phrases stemmed for matching (see compile): phrases for the
	// client's words, names for the professional's, not for the contexts
	// of all of them, states by stem.
	phrases, names, not []lex.Phrase
	states              map[string]string
}

// taxonomy is ally's needs taxonomy compiled for matching, once for all
// analyses; nothing changes it after.
var taxonomy = compile(table())

// Taxonomy returns ally's needs taxonomy, compiled for matching, in the
// order reports list the needs. The slice is shared: callers read it and
// never change it.
func Taxonomy() []Need { return taxonomy }

// compile stems the phrases of ns. A professional names a need
// with one of its Names or one of its Phrases, as the client said it or
// turned to the second person ("helps me relax", "helps you relax").
// A need's Barriers are not compiled: they are never looked for, so never
// reported.
func compile(ns []Need) []Need {
	var out []Need
	for _, n := range ns {
		n.states = map[string]string{}
		for _, p := range n.Phrases {
			st := lex.NewPhrase(p, false)
			n.phrases = append(n.phrases, st)
			n.names = append(n.names, st, lex.NewPhrase(toSecondPerson(p), false))
		}
		for _, w := range n.States {
			n.states[lex.Stem(w)] = w
		}
		for _, p := range n.Names {
			n.names = append(n.names, lex.NewPhrase(p, false))
		}
		for _, p := range n.Not {
			n.not = append(n.not, lex.NewPhrase(p, false))
		}
		out = append(out, n)
	}
	return out
}

// Match returns the client's words for n found in text, the stems of a
// client's text, "" when there are none: the first of n's phrases that
// occurs (the phrase as written when it occurs word for word, else the
// stems it spans, intensifiers and all: "i'm super stress"), else the
// first of n's state words the client says of themselves (see state).
// text may hold clauseBreak between the clauses of the text (see
// ClauseStems); without them, clauses are split at "but", "and" and
// "because" only.
func (n Need) Match(text []string) string {
	for i, p := range n.phrases {
		if s, e, ok := found(p, n.not, text, true); ok {
			if e-s == len(p) {
				return n.Phrases[i]
			}
			return strings.Join(text[s:e], " ")
		}
	}
	return n.state(text)
}

// Named reports whether the stems of a professional's text name n back.
// Negation is not checked: "it isn't really the drink, it's the rest" names
// the need too.
func (n Need) Named(text []string) bool {
	for _, p := range n.names {
		if _, _, ok := found(p, n.not, text, false); ok {
			return true
		}
	}
	return false
}

// toSecondPerson turns a client's first-person phrase into the words a
// professional would reflect it with: "helps me relax" becomes "helps you
// relax", by lex.SecondPerson, "im" taken for "i'm".
func toSecondPerson(s string) string {
	ws := lex.Words(s)
	for i, w := range ws {
		if w == "im" {
			w = "i'm"
		}
		if t, ok := lex.SecondPerson(w); ok {
			ws[i] = t
		}
	}
	return strings.Join(ws, " ")
}

// Any reports whether the stems of a client's text mention any need of
// the taxonomy as the client's stake (see Need.Match).
func Any(text []string) bool {
	for _, n := range taxonomy {
		if n.Match(text) != "" {
			return true
		}
	}
	return false
}
