package analysis

import "github.com/ally-mi/ally"

// compiledNeed is a need with its phrases stemmed.
type compiledNeed struct {
	Need
	phrases []phrase
}

// compileNeeds stems the taxonomy's phrases.
func compileNeeds() []compiledNeed {
	var out []compiledNeed
	for _, n := range Needs() {
		c := compiledNeed{Need: n}
		for _, p := range n.Phrases {
			c.phrases = append(c.phrases, newPhrase(p, false))
		}
		out = append(out, c)
	}
	return out
}

// matchNeed returns the first phrase of n found in the stems of a text, ""
// when none is.
func (n compiledNeed) match(text []string) string {
	for i, p := range n.phrases {
		if p.in(text) {
			return n.Phrases[i]
		}
	}
	return ""
}

// NeedsOf returns the IDs of the needs text mentions, in taxonomy order.
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

// needs lists, for each need, the client utterances (of speaker, or of
// everyone when speaker is nil) that mention it, and the practitioner
// answers that named it: a reflection or open question right after, using
// one of the need's phrases.
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
			if r := s.response(i); r >= 0 && !named[r] && s.explores(r) && n.match(st[r]) != "" {
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
