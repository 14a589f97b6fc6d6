package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
)

// compiledNeed is a need with its phrases stemmed: phrases for the client's
// words (the need's stakes), barriers for what the change would cost them,
// names for the professional's, not for the contexts of all of them.
type compiledNeed struct {
	Need
	phrases, names, not []phrase
	barriers            []phrase
	// Entries are all the phrases a client may say about the need, its
	// Phrases (stakes) and then its Barriers, each marked with which it
	// is. The suggestion code reads Barrier to tell "it helps me relax"
	// (what the behaviour gives: "it gives you ...") from "I can't afford
	// it" (an obstacle to the change, to be heard and solved, not
	// answered with what the behaviour gives). match only finds stakes;
	// barrier only finds barriers; matchEntry finds either.
	Entries []needPhrase
}

// needPhrase is one of a need's client phrases, compiled.
type needPhrase struct {
	// Text is the phrase as written in Need.Phrases or Need.Barriers.
	Text string
	// Barrier is set for a phrase of Need.Barriers: an obstacle to the
	// change (money, time) rather than something the current behaviour
	// gives. A barrier is not reported as a need the resistance protects.
	Barrier bool
	stems   phrase
}

// compileNeeds stems the taxonomy's phrases. A professional names a need
// with one of its Names or one of its Phrases, as the client said it or
// turned to the second person ("helps me relax", "helps you relax").
func compileNeeds() []compiledNeed {
	var out []compiledNeed
	for _, n := range Needs() {
		c := compiledNeed{Need: n}
		for _, p := range n.Phrases {
			st := newPhrase(p, false)
			c.phrases = append(c.phrases, st)
			c.names = append(c.names, st, newPhrase(toSecondPerson(p), false))
			c.Entries = append(c.Entries, needPhrase{Text: p, stems: st})
		}
		for _, p := range n.Barriers {
			st := newPhrase(p, false)
			c.barriers = append(c.barriers, st)
			c.Entries = append(c.Entries, needPhrase{Text: p, Barrier: true, stems: st})
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

// match returns the first phrase (stake) of n found in the stems of a
// client's text, "" when none is. Barriers are not looked for.
func (n compiledNeed) match(text []string) string {
	for i, p := range n.phrases {
		if found(p, n.not, text, true) {
			return n.Phrases[i]
		}
	}
	return ""
}

// barrier returns the first barrier of n found in the stems of a client's
// text ("can't afford it", "too busy"), "" when none is.
func (n compiledNeed) barrier(text []string) string {
	for i, p := range n.barriers {
		if found(p, n.not, text, true) {
			return n.Barriers[i]
		}
	}
	return ""
}

// matchEntry returns the first of n's Entries found in the stems of a
// client's text, stakes before barriers, and whether one was.
func (n compiledNeed) matchEntry(text []string) (needPhrase, bool) {
	for _, e := range n.Entries {
		if found(e.stems, n.not, text, true) {
			return e, true
		}
	}
	return needPhrase{}, false
}

// named reports whether the stems of a professional's text name n back.
// Negation is not checked: "it isn't really the drink, it's the rest" names
// the need too.
func (n compiledNeed) named(text []string) bool {
	for _, p := range n.names {
		if found(p, n.not, text, false) {
			return true
		}
	}
	return false
}

// found reports whether p occurs in text outside every context in not that
// it does not itself contain ("pressure" in "blood pressure" is not found,
// "something to do with my hands" is, despite "to do with"), and, when
// guard is set, not right after a negation.
func found(p phrase, not []phrase, text []string, guard bool) bool {
	for _, s := range occurrences(p, text) {
		if guard && negated(text, s) {
			continue
		}
		inside := false
		for _, q := range not {
			for _, t := range occurrences(q, text) {
				overlap := t < s+len(p) && s < t+len(q)
				within := t >= s && t+len(q) <= s+len(p)
				if overlap && !within {
					inside = true
				}
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// occurrences returns where p starts in text, as consecutive stems.
func occurrences(p phrase, text []string) []int {
	var out []int
	if len(p) == 0 {
		return nil
	}
	for i := 0; i+len(p) <= len(text); i++ {
		if phrase(text[i : i+len(p)]).in(p) {
			out = append(out, i)
		}
	}
	return out
}

// negators deny what follows ("not relaxing", "don't enjoy it"). "Can't",
// "won't" and the like are not among them: "I can't sleep without it" and
// "my mind won't switch off" speak of a need that is not met, which is still
// the need.
var negators = map[string]bool{
	"not": true, "never": true, "don't": true, "dont": true, "doesn't": true, "doesnt": true, "didn't": true,
	"didnt": true, "isn't": true, "isnt": true, "wasn't": true, "wasnt": true, "aren't": true, "weren't": true,
	"haven't": true, "havent": true, "hasn't": true, "hadn't": true, "ain't": true, "hardly": true,
}

// softeners may stand between a negation and what it negates ("not really
// relaxing", "haven't been stressed"). Verbs of having and getting are not
// among them: "I don't get a break" still names the need for one.
var softeners = map[string]bool{
	"really": true, "very": true, "that": true, "so": true, "too": true, "much": true, "even": true, "been": true,
	"be": true, "feel": true, "a": true, "any": true, "all": true, "ever": true, "always": true, "actually": true, "big": true,
}

// negated reports whether the word at text[i] follows a negation, directly
// or across one or two softeners ("not really that relaxing").
func negated(text []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if negators[text[j]] {
			return true
		}
		if !softeners[text[j]] {
			return false
		}
	}
	return false
}

// toSecondPerson turns a client's first-person phrase into the words a
// professional would reflect it with: "helps me relax" becomes "helps you
// relax".
func toSecondPerson(s string) string {
	swap := map[string]string{"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
		"i'm": "you're", "im": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "am": "are"}
	ws := words(s)
	for i, w := range ws {
		if t, ok := swap[w]; ok {
			ws[i] = t
		}
	}
	return strings.Join(ws, " ")
}

// NeedsOf returns the IDs of the needs text mentions as the client's stake,
// in taxonomy order. Barriers do not count (see BarriersOf).
func NeedsOf(text string) []string {
	st := stems(text, false)
	var out []string
	for _, n := range compileNeeds() {
		if n.match(st) != "" {
			out = append(out, n.ID)
		}
	}
	return out
}

// BarriersOf returns the IDs of the needs one of whose Barriers text
// mentions ("I can't afford it" for practical), in taxonomy order.
func BarriersOf(text string) []string {
	st := stems(text, false)
	var out []string
	for _, n := range compileNeeds() {
		if n.barrier(st) != "" {
			out = append(out, n.ID)
		}
	}
	return out
}

// needs lists, for each need, the client utterances (of speaker, or of
// everyone when speaker is nil) that mention it, and the practitioner
// answers that named it: a reflection or open question right after that
// uses one of the need's names or phrases.
func (s *session) needs(speaker *string) []NeedMention {
	var out []NeedMention
	st := s.stems
	for _, n := range s.taxonomy {
		m := NeedMention{Need: n.ID, Name: n.Name, Utterances: []int{}, Sustain: []int{}, Named: []int{}}
		named := map[int]bool{}
		for i, u := range s.us {
			if u.Role != ally.RoleClient || (speaker != nil && u.Speaker != *speaker) || n.match(st[i]) == "" {
				continue
			}
			m.Utterances = append(m.Utterances, i)
			if u.Code.Label == ally.CodeSustain {
				m.Sustain = append(m.Sustain, i)
			}
			if r := s.response(i); r >= 0 && !named[r] && s.explores(r) && n.named(st[r]) {
				named[r] = true
				m.Named = append(m.Named, r)
			}
		}
		if len(m.Utterances) > 0 {
			out = append(out, m)
		}
	}
	if out == nil {
		out = []NeedMention{}
	}
	return out
}

// explores reports whether practitioner utterance i explores what the
// client said: a reflection or an open question, with nothing reactive.
func (s *session) explores(i int) bool {
	return !s.reactive(i) && (s.is(i, ally.CodeReflection, "") || s.is(i, ally.CodeQuestion, ally.SubOpen))
}
