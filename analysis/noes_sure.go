package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/lex"
	"github.com/ally-mi/ally/analysis/noes"
)

// sureNo reports whether the "no" found in client utterance i is sure
// enough to list (docs/analysis.md, "Client 'no's"): a quick "okay" under
// pressure is a no only when the client had just pushed back, and a "yes,
// but" only when it opens the turn and what follows the "but" is a
// statement of some length that does not agree.
func (s *session) sureNo(i int, n noes.No) bool {
	if n.Kind != noes.Covert {
		return true
	}
	switch {
	case noes.QuickYes(n.Cue) && plainAssent(n.Cue):
		return s.pushedBack(i)
	case strings.Contains(" "+n.Cue+" ", " but "):
		return yesButRefuses(s.us[i].Text, n.Cue)
	}
	return true
}

// pushedBack reports whether the same client's turn before the
// practitioner turn that client utterance i answers spoke against the
// change: coded sustain talk, or holding a "no" of its own.
func (s *session) pushedBack(i int) bool {
	seenPrac := false
	for j := i - 1; j >= 0; j-- {
		u := s.us[j]
		if u.Role == ally.RolePractitioner {
			seenPrac = true
			continue
		}
		if !seenPrac || u.Speaker != s.us[i].Speaker {
			continue
		}
		if u.Code.Label == ally.CodeSustain {
			return true
		}
		_, ok := noes.Find(u.Text, u.Code.Label == ally.CodeChange, s.prompt(j))
		return ok
	}
	return false
}

// yesButRefuses reports whether the "yes, but" cue in text refuses: it
// opens the turn (within its first six words), and after its "but" come at
// least three words that neither ask ("yeah but how much are we
// talking?") nor agree ("yeah, but I think you're right").
func yesButRefuses(text, cue string) bool {
	f := lex.Flat(text)
	k := strings.Index(strings.ReplaceAll(f, "|", ""), cue)
	if k < 0 {
		return true
	}
	flat := strings.ReplaceAll(f, "|", "")
	if len(strings.Fields(flat[:k])) > 6 {
		return false
	}
	low := strings.ToLower(lex.Straighten(text))
	b := strings.Index(low, "but")
	if b < 0 {
		return true
	}
	rest := low[b+3:]
	if end := strings.IndexAny(rest, ".!"); end >= 0 {
		rest = rest[:end]
	}
	if strings.Contains(rest, "?") || len(lex.Words(rest)) < 3 {
		return false
	}
	_, agrees := lex.ContainsAny(" "+strings.Join(lex.Words(rest), " ")+" ", []string{" you're right ", " you are right ", " that's true ", " good idea ", " makes sense "})
	return !agrees
}

// plainAssent reports whether a quick-yes cue is a plain assent ("okay",
// "sure", "I guess"), which is as often a yes; "whatever you say", "if you
// say so" and "you're the expert" are a no however they come.
func plainAssent(cue string) bool {
	for _, w := range []string{"whatever", "say so", "expert", "boss"} {
		if strings.Contains(cue, w) {
			return false
		}
	}
	return true
}
