package analysis

import (
	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
)

// needs lists, for each need, the client utterances (of speaker, or of
// everyone when speaker is nil) that mention it, and the practitioner
// answers that named it: a reflection or open question right after that
// uses one of the need's names or phrases.
func (s *session) needs(speaker *string) []ally.NeedMention {
	var out []ally.NeedMention
	for _, n := range needs.Taxonomy() {
		m := ally.NeedMention{Need: n.ID, Name: n.Name, Utterances: []int{}, Sustain: []int{}, Named: []int{}}
		named := map[int]bool{}
		for i, u := range s.us {
			if u.Role != ally.RoleClient || (speaker != nil && u.Speaker != *speaker) || n.Match(s.clauses[i]) == "" {
				continue
			}
			m.Utterances = append(m.Utterances, i)
			if u.Code.Label == ally.CodeSustain {
				m.Sustain = append(m.Sustain, i)
			}
			if r := s.response(i); r >= 0 && !named[r] && s.explores(r) && n.Named(s.clauses[r]) {
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
