package analysis

import "github.com/ally-mi/ally"

// clients returns one section per client when there is more than one.
func (s *session) clients() []ClientSection {
	speakers := s.clientSpeakers()
	if len(speakers) < 2 {
		return nil
	}
	var out []ClientSection
	for _, sp := range speakers {
		c := ClientSection{
			Speaker: sp,
			Change:  len(s.clientWith(ally.CodeChange, sp)),
			Sustain: len(s.clientWith(ally.CodeSustain, sp)),
			Needs:   s.needs(&sp),
			Noes:    s.noes(&sp),
			Balance: s.thirds(sp),
		}
		c.ChangeShare = share(c.Change, c.Sustain)
		out = append(out, c)
	}
	return out
}
