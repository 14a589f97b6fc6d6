package analysis

import (
	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/noes"
)

// noes lists the client "no"s of speaker (every client when nil), each
// with how the practitioner received it.
func (s *session) noes(speaker *string) []ally.No {
	out := []ally.No{}
	for i, u := range s.us {
		if u.Role != ally.RoleClient || (speaker != nil && u.Speaker != *speaker) {
			continue
		}
		no, ok := noes.Find(u.Text, u.Code.Label == ally.CodeChange, s.prompt(i))
		if !ok || !s.sureNo(i, no) {
			continue
		}
		n := ally.No{Index: i, Speaker: u.Speaker, Kind: no.Kind, Cue: no.Cue, Received: s.received(s.response(i))}
		if r := s.response(i); r >= 0 {
			n.Response = &r
		}
		out = append(out, n)
	}
	return out
}

// prompt returns the practitioner utterance client utterance i answers,
// the last one before it, with what the session made of it; nil when
// there is none.
func (s *session) prompt(i int) *noes.Prompt {
	p := -1
	for j := i - 1; j >= 0; j-- {
		if s.us[j].Role == ally.RolePractitioner {
			p = j
			break
		}
	}
	if p < 0 {
		return nil
	}
	pushes := s.beh[p].Confront || s.persuades(p)
	return &noes.Prompt{
		Text:           s.us[p].Text,
		Question:       s.is(p, ally.CodeQuestion, ""),
		AsksPermission: s.beh[p].AskPermission,
		OffersOptions:  s.beh[p].Options,
		Pushes:         pushes,
		Pressed:        pushes || s.inputUnasked(p) && !s.handsBack(p) && s.us[p].Code.Subcode != ally.SubInformation,
		Advice:         s.is(p, ally.CodeInput, ally.SubAdvice) || s.is(p, ally.CodeInput, ally.SubOptions) || s.is(p, ally.CodeInput, ally.SubNegotiation),
		Input:          s.is(p, ally.CodeInput, ""),
		Reactive:       s.reactive(p),
	}
}

// received judges how practitioner utterance r received a "no".
func (s *session) received(r int) string {
	switch {
	case r < 0:
		return "no response"
	case s.reactive(r):
		return "badly"
	case s.with(r):
		return "well"
	}
	return "neutral"
}
