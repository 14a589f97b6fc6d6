package analysis

import "github.com/ally-mi/ally"

// Guideline 3 thresholds, ally's own: the same bar for reflecting sustain
// and change talk, so that neglecting either side costs the same; a side
// taken after sustain talk is tolerated rarely. (There is deliberately no
// "gap" indicator: a gap of zero would reward reflecting neither side.)
// Answering sustain talk with the righting reflex is the plainest way of
// working against resistance, so it weighs as a core marker.
var (
	thReflSustain = threshold{"reflected_sustain", "Sustain talk reflected", "%", 30, 50, ally.SourceAlly, weightProcess}
	thReflChange  = threshold{"reflected_change", "Change talk reflected", "%", 30, 50, ally.SourceAlly, weightProcess}
	thSides       = threshold{"sides_taken", "Sides taken after sustain talk (unasked input, persuasion, confrontation)", "%", 15, 5, ally.SourceAlly, weightCore}
)

// reflectedAfter returns the client utterances coded label whose next
// practitioner utterance is a reflection, the confidence-weighted count of
// those and of all client utterances coded label, and how many there were.
func (s *session) reflectedAfter(label string) (ev []int, part, whole float64, n int) {
	for _, i := range s.clientWith(label, "") {
		n++
		whole += s.conf(i)
		if r := s.response(i); r >= 0 && s.listens(r) > 0 {
			ev = append(ev, i)
			part += s.conf(i) * s.listens(r)
		}
	}
	return ev, part, whole, n
}

// sidesTaken returns the practitioner utterances that answer sustain talk
// with the righting reflex, and their weight: each counts once, as the
// confidence in the sustain talk it answers times its push.
func (s *session) sidesTaken() ([]int, float64) {
	var out []int
	w := 0.0
	seen := map[int]bool{}
	for _, i := range s.clientWith(ally.CodeSustain, "") {
		if r := s.response(i); r >= 0 && !seen[r] && s.reactive(r) {
			seen[r] = true
			out = append(out, r)
			w += s.conf(i) * s.push(r)
		}
	}
	return out, w
}

// balance measures guideline 3.
func (s *session) balance() []ally.Indicator {
	sEv, sPart, sWhole, sN := s.reflectedAfter(ally.CodeSustain)
	cEv, cPart, cWhole, cN := s.reflectedAfter(ally.CodeChange)
	sides, sidesW := s.sidesTaken()
	return []ally.Indicator{
		thReflSustain.weighted(sPart, sWhole, sN, sEv),
		thReflChange.weighted(cPart, cWhole, cN, cEv),
		thSides.weighted(sidesW, sWhole, sN, sides),
	}
}

// thirds splits the session into three parts of equal utterance count and
// counts the client's change and sustain talk (of speaker, or of every
// client when speaker is "") in each.
func (s *session) thirds(speaker string) []ally.Third {
	out := []ally.Third{{Part: 1}, {Part: 2}, {Part: 3}}
	n := len(s.us)
	for i, u := range s.us {
		if u.Role != ally.RoleClient || (speaker != "" && u.Speaker != speaker) {
			continue
		}
		p := 3 * i / n
		switch u.Code.Label {
		case ally.CodeChange:
			out[p].Change++
		case ally.CodeSustain:
			out[p].Sustain++
		}
	}
	for k := range out {
		out[k].ChangeShare = share(out[k].Change, out[k].Sustain)
	}
	return out
}

// share returns change as a percentage of change plus sustain, nil when
// both are 0.
func share(change, sustain int) *float64 {
	if change+sustain == 0 {
		return nil
	}
	return ptr(100*float64(change)/float64(change+sustain), 1)
}
