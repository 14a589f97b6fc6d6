package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
)

// compiledNeed is a need with its phrases stemmed: phrases for the client's
// words (the need's stakes), states for its state words, names for the
// professional's, not for the contexts of all of them. A need's Barriers
// are not compiled: they are never looked for, so never reported.
type compiledNeed struct {
	Need
	phrases, names, not []phrase
	states              map[string]string
}

// taxonomy is ally's needs taxonomy compiled for matching, once for all
// analyses.
var taxonomy = compileNeeds()

// compileNeeds stems the taxonomy's phrases. A professional names a need
// with one of its Names or one of its Phrases, as the client said it or
// turned to the second person ("helps me relax", "helps you relax").
func compileNeeds() []compiledNeed {
	var out []compiledNeed
	for _, n := range Needs() {
		c := compiledNeed{Need: n, states: map[string]string{}}
		for _, p := range n.Phrases {
			st := newPhrase(p, false)
			c.phrases = append(c.phrases, st)
			c.names = append(c.names, st, newPhrase(toSecondPerson(p), false))
		}
		for _, w := range n.States {
			c.states[stem(w)] = w
		}
		for _, p := range n.Names {
			c.names = append(c.names, newPhrase(p, false))
		}
		for _, p := range n.Not {
			c.not = append(c.not, newPhrase(p, false))
		}
		out = append(out, c)
	}
	return out
}

// match returns the client's words for n found in text, the stems of a
// client's text, "" when there are none: the first of n's phrases that
// occurs (the phrase as written when it occurs word for word, else the
// stems it spans, intensifiers and all: "i'm super stress"), else the
// first of n's state words the client says of themselves (see state).
// text may hold clauseBreak between the clauses of the text (see
// clauseStems); without them, clauses are split at "but", "and" and
// "because" only.
func (n compiledNeed) match(text []string) string {
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

// named reports whether the stems of a professional's text name n back.
// Negation is not checked: "it isn't really the drink, it's the rest" names
// the need too.
func (n compiledNeed) named(text []string) bool {
	for _, p := range n.names {
		if _, _, ok := found(p, n.not, text, false); ok {
			return true
		}
	}
	return false
}

// toSecondPerson turns a client's first-person phrase into the words a
// professional would reflect it with: "helps me relax" becomes "helps you
// relax", by yourWords, "im" taken for "i'm".
func toSecondPerson(s string) string {
	ws := words(s)
	for i, w := range ws {
		if w == "im" {
			w = "i'm"
		}
		if t, ok := yourWords[w]; ok {
			ws[i] = t
		}
	}
	return strings.Join(ws, " ")
}

// NeedsOf returns the IDs of the needs text mentions as the client's stake,
// in taxonomy order. A need's Barriers are not looked for, so what the
// change would cost ("I can't afford it") is no need.
func NeedsOf(text string) []string {
	st := clauseStems(text)
	var out []string
	for _, n := range taxonomy {
		if n.match(st) != "" {
			out = append(out, n.ID)
		}
	}
	return out
}

// needs lists, for each need, the client utterances (of speaker, or of
// everyone when speaker is nil) that mention it, and the practitioner
// answers that named it: a reflection or open question right after that
// uses one of the need's names or phrases.
func (s *session) needs(speaker *string) []ally.NeedMention {
	var out []ally.NeedMention
	for _, n := range taxonomy {
		m := ally.NeedMention{Need: n.ID, Name: n.Name, Utterances: []int{}, Sustain: []int{}, Named: []int{}}
		named := map[int]bool{}
		for i, u := range s.us {
			if u.Role != ally.RoleClient || (speaker != nil && u.Speaker != *speaker) || n.match(s.clauses[i]) == "" {
				continue
			}
			m.Utterances = append(m.Utterances, i)
			if u.Code.Label == ally.CodeSustain {
				m.Sustain = append(m.Sustain, i)
			}
			if r := s.response(i); r >= 0 && !named[r] && s.explores(r) && n.named(s.clauses[r]) {
				named[r] = true
				m.Named = append(m.Named, r)
			}
		}
		if len(m.Utterances) > 0 {
			out = append(out, m)
		}
	}
	if out == nil {
		out = []ally.NeedMention{}
	}
	return out
}

// explores reports whether practitioner utterance i explores what the
// client said: a reflection or an open question, with nothing reactive.
func (s *session) explores(i int) bool {
	return !s.reactive(i) && (s.is(i, ally.CodeReflection, "") || s.is(i, ally.CodeQuestion, ally.SubOpen))
}
