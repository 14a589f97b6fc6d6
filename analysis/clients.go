package analysis

import (
	"slices"

	"github.com/ally-mi/ally"
)

// clients returns one section per client when there is more than one.
func (s *session) clients() []ally.ClientSection {
	speakers := s.clientSpeakers()
	if len(speakers) < 2 {
		return nil
	}
	var out []ally.ClientSection
	for _, sp := range speakers {
		c := ally.ClientSection{
			Speaker: sp,
			Change:  len(s.clientWith(ally.CodeChange, sp)),
			Sustain: len(s.clientWith(ally.CodeSustain, sp)),
			Needs:   s.needs(&sp),
			Noes:    s.noes(&sp),
			Balance: s.thirds(sp),
		}
		c.ChangeShare = share(c.Change, c.Sustain)
		c.Guidelines, c.Score = s.clientGuidelines(sp)
		var inds []ally.Indicator
		for _, g := range c.Guidelines {
			inds = append(inds, g.Indicators...)
		}
		c.Status = indicatorsStatus(inds)
		out = append(out, c)
	}
	return out
}

// clientGuidelines reads the guidelines that turn on how the professional
// answered the client's own words (G2, G3 and G5) for one client of a group:
// the session as it is, with every other client's talk left uncoded, so
// only this client's change and sustain talk, needs and "no"s count. The
// practitioner-only guidelines (G1, G4) belong to the group as a whole.
// The score is the weighted mean of these three, as for the session; the
// count of invitations to say no is left out of G5, since it does not
// depend on who was invited.
func (s *session) clientGuidelines(speaker string) ([]ally.Guideline, *float64) {
	us := make([]ally.Utterance, len(s.us))
	copy(us, s.us)
	for i := range us {
		if us[i].Role == ally.RoleClient && us[i].Speaker != speaker {
			us[i].Code = ally.Code{}
		}
	}
	// Behaviours, permission, responses and stems come from the words and
	// who said them, not from the codes, so the view shares them.
	v := *s
	v.us = us
	gs := []ally.Guideline{
		guideline("G2", "Assume positive intent", v.needsExplored(v.needs(&speaker))),
		guideline("G3", "Take care of both sides", v.balance()),
		guideline("G5", "Give the option to say no", slices.DeleteFunc(v.sayingNo(v.noes(&speaker)),
			func(ind ally.Indicator) bool { return ind.ID == thInvitations.id })),
	}
	return gs, overall(gs)
}
