package analysis

import (
	"strings"
	"unicode"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/behaviour"
	"github.com/ally-mi/ally/analysis/lex"
	"github.com/ally-mi/ally/analysis/quote"
)

// session is a transcript prepared for the indicators: each practitioner
// utterance's behaviours and whether it had permission, and for every
// utterance the next practitioner utterance after it.
type session struct {
	us []ally.Utterance
	// beh holds the detected behaviours, zero for client utterances.
	beh []behaviour.Flags
	// permitted marks practitioner utterances given with permission.
	permitted []bool
	// closing marks practitioner utterances that end the session or arrange
	// the next one (see closes).
	closing []bool
	// next is the index of the next practitioner utterance, -1 if none.
	next []int
	// needHits holds, for each utterance, which needs of the taxonomy its
	// words match (for a client's) or name (for a practitioner's), in
	// taxonomy order; nil until needHits is first asked. They depend on the
	// words alone, so a session read again (redraw) keeps them.
	hits [][]needHit
	// changeQuotes memoizes changeWords by utterance index.
	changeQuotes map[int]quote.Line
}

// needHit says whether an utterance's words match a need's phrases (a
// client's words) or name the need (a practitioner's).
type needHit uint8

const (
	needMatched needHit = 1 << iota
	needNamed
)

// newSession prepares t.
func newSession(t *ally.Transcript) *session {
	n := len(t.Utterances)
	s := &session{us: t.Utterances, beh: make([]behaviour.Flags, n), permitted: make([]bool, n), closing: make([]bool, n), next: make([]int, n)}
	asked := -1 // index of the last practitioner utterance that asked permission
	practTurns := 0
	askedAt := 0
	for i := range s.us {
		u := s.us[i]
		if u.Role != ally.RolePractitioner {
			continue
		}
		practTurns++
		var prev *ally.Utterance
		if i > 0 {
			prev = &s.us[i-1]
		}
		s.beh[i] = behaviour.Detect(u, prev)
		// Permission lasts for the practitioner turn that asked and the two
		// after it: long enough to give the advice that was asked for.
		s.permitted[i] = s.beh[i].AskPermission || (asked >= 0 && practTurns-askedAt <= 2) || s.clientAsked(i) || s.clientQuestioned(i)
		s.closing[i] = closes(u.Text)
		if s.beh[i].AskPermission {
			asked, askedAt = i, practTurns
		}
	}
	nxt := -1
	for i := n - 1; i >= 0; i-- {
		s.next[i] = nxt
		if s.us[i].Role == ally.RolePractitioner {
			nxt = i
		}
	}
	s.unanswered()
	return s
}

// unanswered fixes the response of a group client's utterance when another
// client took the floor before the practitioner spoke: the practitioner
// was then answering the other client ("Your daughter is a big reason to
// change", after Linda spoke of her daughter, does not answer Bill's "I'm
// not quitting" before her). The response is then the first of the next two
// practitioner turns that names the client ("Bill, you sound sure about
// that"), made before the client speaks again, else none. A backchannel
// ("Mm.", "Yeah.", "Nice one.") does not take the floor.
func (s *session) unanswered() {
	for i, u := range s.us {
		r := s.next[i]
		if u.Role != ally.RoleClient || r < 0 || addresses(s.us[r].Text, u.Speaker) || !s.floorTaken(i, r) {
			continue
		}
		s.next[i] = -1
		turns := 0
		for j := r; j < len(s.us) && turns < 2 && s.us[j].Speaker != u.Speaker; j++ {
			if s.us[j].Role != ally.RolePractitioner {
				continue
			}
			turns++
			if addresses(s.us[j].Text, u.Speaker) {
				s.next[i] = j
				break
			}
		}
	}
}

// floorTaken reports whether another client said something of substance
// between client utterance i and practitioner utterance r.
func (s *session) floorTaken(i, r int) bool {
	for j := i + 1; j < r; j++ {
		if s.us[j].Role == ally.RoleClient && s.us[j].Speaker != s.us[i].Speaker && len(lex.Words(s.us[j].Text)) > backchannelWords {
			return true
		}
	}
	return false
}

// backchannelWords is the most words an utterance can have and still only
// acknowledge ("Nice one, mate.") rather than take the floor.
const backchannelWords = 3

// addresses reports whether text names speaker by the first word of their
// name, as written ("Bill, what do you make of that?"): a name that is also
// a word ("Will", "May") counts only with its capital.
func addresses(text, speaker string) bool {
	name := strings.Fields(speaker + " x")[0]
	if len([]rune(name)) < 2 {
		return false
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if w == name || strings.TrimSuffix(w, "'s") == name {
			return true
		}
	}
	return false
}

// adviceRequests are client phrases that ask for advice, which gives the
// practitioner permission to give it.
var adviceRequests = []string{
	" what should i", " what can i do", " what do you think i should", " any advice", " any suggestions",
	" what do you suggest", " what would you suggest", " what would you do", " should i ", " how do i ",
	" what do i do", " can you help me", " tell me what to do", " what are my options",
}

// clientAsked reports whether the client utterances just before i asked for
// advice.
func (s *session) clientAsked(i int) bool {
	for j := i - 1; j >= 0 && s.us[j].Role == ally.RoleClient; j-- {
		if _, ok := lex.ContainsAny(lex.Flat(s.us[j].Text), adviceRequests); ok {
			return true
		}
	}
	return false
}

// is reports whether utterance i carries the label (and subcode, when sub
// is not "").
func (s *session) is(i int, label, sub string) bool {
	c := s.us[i].Code
	return c.Label == label && (sub == "" || c.Subcode == sub)
}

// adviceUnasked reports whether practitioner utterance i gives advice
// without permission. Advice worded to hand the decision back ("you can try
// it and see, it's your call") is what MITI 4.2.1 calls persuasion with
// permission, so it does not count.
func (s *session) adviceUnasked(i int) bool {
	return s.is(i, ally.CodeInput, ally.SubAdvice) && !s.permitted[i] && !s.closing[i] && !s.handsBack(i)
}

// persuades reports whether practitioner utterance i persuades without
// permission: MITI 4.2.1 codes unasked advice as persuasion too. An
// utterance that confronts is counted as confronting only.
func (s *session) persuades(i int) bool {
	if s.beh[i].Confront || s.closing[i] {
		return false
	}
	return (s.beh[i].Persuade && !s.permitted[i]) || s.adviceUnasked(i)
}

// inputUnasked reports whether practitioner utterance i is input the
// client did not ask for: information, advice or negotiation given without
// permission. Offering options is an invitation, not a push.
func (s *session) inputUnasked(i int) bool {
	return s.is(i, ally.CodeInput, "") && s.us[i].Code.Subcode != ally.SubOptions && !s.permitted[i] && !s.closing[i]
}

// push returns how much practitioner utterance i counts as the righting
// reflex: 1 when the phrase rules find confrontation or persuasion without
// permission, else the coder's confidence when it is input the client did
// not ask for, else 0. The input subtype is not trusted to tell advice from
// information: both, unasked, put the professional in the expert's seat.
// Input that hands the decision back (emphasises autonomy or seeks
// collaboration, "you can try it and see; we'll look at it together") does
// not push.
func (s *session) push(i int) float64 {
	switch {
	case s.beh[i].Confront:
		return 1
	case s.closing[i]:
		return 0 // "Take care, see you in a month" directs nothing
	case s.beh[i].Persuade && !s.permitted[i]:
		return 1
	case s.inputUnasked(i) && !s.handsBack(i):
		return s.conf(i)
	}
	return 0
}

// handsBack reports whether practitioner utterance i emphasises the client's
// autonomy or seeks collaboration, by the phrase rules, and neither confronts
// nor persuades.
func (s *session) handsBack(i int) bool {
	b := s.beh[i]
	return (b.Autonomy || b.SeekCollaboration) && !b.NonAdherent()
}

// reactive reports whether practitioner utterance i pushes against the
// client: unasked input, persuasion or confrontation (the righting reflex).
func (s *session) reactive(i int) bool { return s.push(i) > 0 }

// conf returns the coder's confidence in utterance i's code, 0 when it is
// uncoded and 1 when the code carries no confidence (hand-coded data).
func (s *session) conf(i int) float64 {
	c := s.us[i].Code
	switch {
	case c.Label == "":
		return 0
	case c.Confidence <= 0:
		return 1
	}
	return c.Confidence
}

// listens returns how much practitioner utterance i counts as a
// reflection: the coder's confidence when it is coded a reflection and
// nothing in it pushes, else 0.
func (s *session) listens(i int) float64 {
	if !s.is(i, ally.CodeReflection, "") || s.reactive(i) {
		return 0
	}
	return s.conf(i)
}

// with reports whether practitioner utterance i goes with the client: a
// reflection, an open question, an affirmation, a bid for collaboration or
// an emphasis on autonomy, with nothing reactive in it.
func (s *session) with(i int) bool {
	if s.reactive(i) {
		return false
	}
	b := s.beh[i]
	return s.is(i, ally.CodeReflection, "") || s.is(i, ally.CodeQuestion, ally.SubOpen) || b.Affirm || b.Autonomy || b.SeekCollaboration
}

// response returns the next practitioner utterance after i, -1 if none.
func (s *session) response(i int) int { return s.next[i] }

// practitioner returns the indexes of the practitioner utterances.
func (s *session) practitioner() []int {
	var out []int
	for i, u := range s.us {
		if u.Role == ally.RolePractitioner {
			out = append(out, i)
		}
	}
	return out
}

// clientWith returns the indexes of client utterances coded label, of the
// given speaker ("" for every client).
func (s *session) clientWith(label, speaker string) []int {
	var out []int
	for i, u := range s.us {
		if u.Role == ally.RoleClient && u.Code.Label == label && (speaker == "" || u.Speaker == speaker) {
			out = append(out, i)
		}
	}
	return out
}

// clientSpeakers returns the client speakers in order of first utterance.
func (s *session) clientSpeakers() []string {
	var out []string
	seen := map[string]bool{}
	for _, u := range s.us {
		if u.Role == ally.RoleClient && !seen[u.Speaker] {
			seen[u.Speaker] = true
			out = append(out, u.Speaker)
		}
	}
	return out
}
