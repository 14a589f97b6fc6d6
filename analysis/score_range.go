package analysis

import (
	"math/rand/v2"
	"sort"

	"github.com/ally-mi/ally"
)

// How the score's range is drawn (docs/analysis.md, "How sure the score
// is"): rangeDraws readings of the session, each with every code drawn from
// the coder's confidence and the session rebuilt from stretches of
// rangeBlock utterances drawn with replacement; the range is the middle
// 80% of their scores.
const (
	rangeDraws = 40
	rangeBlock = 8
	rangeTail  = 0.1
)

// Labels a code may be drawn as when the coder's own is not kept.
var (
	clientLabels       = []string{ally.CodeChange, ally.CodeSustain, ally.CodeNeutral}
	practitionerLabels = []string{ally.CodeReflection, ally.CodeQuestion, ally.CodeInput, ally.CodeOther}
)

// scoreRange returns [low, high] around score: how far it may be off,
// from the coder's uncertainty and from how few utterances the session
// has. The draws are seeded by the session's length, so a report is the
// same every time it is made.
func (s *session) scoreRange(score float64, spots []string) []float64 {
	rng := rand.New(rand.NewPCG(uint64(len(s.us)), 0x616c6c79))
	var scores []float64
	for range rangeDraws {
		if v := s.redraw(rng).score(spots); v != nil {
			scores = append(scores, *v)
		}
	}
	if len(scores) == 0 {
		return []float64{score, score}
	}
	sort.Float64s(scores)
	k := int(rangeTail * float64(len(scores)))
	lo, hi := min(scores[k], score), max(scores[len(scores)-1-k], score)
	return []float64{round(lo, 1), round(hi, 1)}
}

// score computes the overall score alone.
func (s *session) score(spots []string) *float64 {
	m := s.miti()
	return overall([]ally.Guideline{
		guideline("G1", "", s.tenderSpots(spots)),
		guideline("G2", "", s.needsExplored(s.needs(nil))),
		guideline("G3", "", s.balance()),
		guideline("G4", "", s.pace(m)),
		guideline("G5", "", s.sayingNo(s.noes(nil))),
	})
}

// redraw returns the session read again: stretches of it drawn with
// replacement up to its length, and every code kept with the coder's
// confidence in it, else drawn from the role's other labels. What the
// phrase rules found in each utterance travels with it.
func (s *session) redraw(rng *rand.Rand) *session {
	n := len(s.us)
	hits := s.needHits()
	v := &session{us: make([]ally.Utterance, 0, n), next: make([]int, n), hits: make([][]needHit, 0, n)}
	for len(v.us) < n {
		start := rng.IntN(n)
		for i := start; i < min(n, start+rangeBlock) && len(v.us) < n; i++ {
			u := s.us[i]
			u.Index = len(v.us)
			u.Code = drawCode(rng, u.Role, u.Code, s.conf(i))
			v.us = append(v.us, u)
			v.beh = append(v.beh, s.beh[i])
			v.permitted = append(v.permitted, s.permitted[i])
			v.closing = append(v.closing, s.closing[i])
			v.hits = append(v.hits, hits[i])
		}
	}
	nxt := -1
	for i := n - 1; i >= 0; i-- {
		v.next[i] = nxt
		if v.us[i].Role == ally.RolePractitioner {
			nxt = i
		}
	}
	v.unanswered()
	return v
}

// drawCode keeps c with probability conf, else draws another label of the
// role; a drawn code is certain within its draw.
func drawCode(rng *rand.Rand, role ally.Role, c ally.Code, conf float64) ally.Code {
	if c.Label == "" || rng.Float64() < conf {
		return ally.Code{Label: c.Label, Subcode: c.Subcode, Confidence: 1}
	}
	labels := practitionerLabels
	if role == ally.RoleClient {
		labels = clientLabels
	}
	var others []string
	for _, l := range labels {
		if l != c.Label {
			others = append(others, l)
		}
	}
	return ally.Code{Label: others[rng.IntN(len(others))], Confidence: 1}
}
