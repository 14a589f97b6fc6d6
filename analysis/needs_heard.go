package analysis

import (
	"slices"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/needs"
)

// needs lists, for each need, the client utterances (of speaker, or of
// everyone when speaker is nil) that mention it, and the practitioner
// answers that named it: a reflection or open question right after that
// uses one of the need's names or phrases.
func (s *session) needs(speaker *string) []ally.NeedMention {
	var out []ally.NeedMention
	hits := s.needHits()
	for k, n := range needs.Taxonomy() {
		m := ally.NeedMention{Need: n.ID, Name: n.Name, Utterances: []int{}, Sustain: []int{}, Named: []int{}}
		named := map[int]bool{}
		for i, u := range s.us {
			if u.Role != ally.RoleClient || (speaker != nil && u.Speaker != *speaker) || hits[i][k]&needMatched == 0 {
				continue
			}
			m.Utterances = append(m.Utterances, i)
			if u.Code.Label == ally.CodeSustain {
				m.Sustain = append(m.Sustain, i)
			}
			if r := s.response(i); r >= 0 && !named[r] && s.explores(r) && hits[r][k]&needNamed != 0 {
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

// needHits returns, for each utterance, the needs its words match or
// name, working them out once per analysis: the score's range reads the
// session forty times again with other codes, and the words stay the same.
func (s *session) needHits() [][]needHit {
	if s.hits != nil {
		return s.hits
	}
	tax := needs.Taxonomy()
	none := make([]needHit, len(tax)) // shared by every utterance that names no need
	s.hits = make([][]needHit, len(s.us))
	row := make([]needHit, len(tax))
	for i, u := range s.us {
		clauses := needs.ClauseStems(u.Text)
		hit := false
		for k, n := range tax {
			row[k] = 0
			switch u.Role {
			case ally.RoleClient:
				if n.Match(clauses) != "" {
					row[k] |= needMatched
				}
			case ally.RolePractitioner:
				if n.Named(clauses) {
					row[k] |= needNamed
				}
			}
			hit = hit || row[k] != 0
		}
		s.hits[i] = none
		if hit {
			s.hits[i] = slices.Clone(row)
		}
	}
	return s.hits
}

// explores reports whether practitioner utterance i explores what the
// client said: a reflection or an open question, with nothing reactive.
func (s *session) explores(i int) bool {
	return !s.reactive(i) && (s.is(i, ally.CodeReflection, "") || s.is(i, ally.CodeQuestion, ally.SubOpen))
}
