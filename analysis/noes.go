package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
)

// strongNo phrases are a "no" wherever they occur.
var strongNo = []string{
	" i don't want to", " i dont want to", " i don't wanna", " i won't", " i'm not going to", " i'm not gonna",
	" i am not going to", " no way", " i'm not ready", " i am not ready", " i'd rather not", " i would rather not",
	" not for me", " i disagree", " i don't agree", " that won't work", " that wouldn't work", " that doesn't work for me",
	" i'm not interested", " leave me alone", " i can't do that", " i don't need to", " i don't think i need",
	" i refuse", " forget it", " not gonna happen", " not going to happen",
}

// weakNo phrases are a "no" only when the client is answering an offer or
// pressure, or the utterance is coded sustain talk: "No." to "Have you been
// to hospital?" is an answer, not resistance.
var weakNo = []string{"no ", "nope", "nah", "not really", "not yet", "not now", "i don't think so", "i can't", "i don't know about that"}

// yesBut phrases agree in order to disagree.
var yesBut = []string{" yes but ", " yeah but ", " yep but ", " sure but ", " okay but ", " ok but ", " i know but ", " i guess but ", " right but ", " true but "}

// quickYes are the short assents that, right after advice or pressure,
// often mean "I'd rather not argue".
var quickYes = []string{"sure", "okay", "ok", "fine", "i guess", "whatever", "if you say so", "maybe", "yeah i guess", "alright", "all right", "i suppose", "i know", "yeah yeah"}

// subjectChanges open a turn away from what was being discussed.
var subjectChanges = []string{"anyway", "anyways", "by the way", "can we talk about something", "can i go", "let's talk about something", "speaking of", "moving on", "whatever"}

// noOf returns the kind of "no" client utterance i is and its cue, or "" if
// it is none.
func (s *session) noOf(i int) (kind, cue string) {
	f := flat(s.us[i].Text)
	prev := -1 // the practitioner utterance being answered
	for j := i - 1; j >= 0; j-- {
		if s.us[j].Role == ally.RolePractitioner {
			prev = j
			break
		}
	}
	pressed := prev >= 0 && s.reactive(prev)
	offered := prev >= 0 && (pressed || s.is(prev, ally.CodeInput, "") || s.beh[prev].AskPermission || s.beh[prev].Options)
	if p, ok := containsAny(f, strongNo); ok {
		return "overt", strings.TrimSpace(p)
	}
	if p, ok := containsAny(strings.ReplaceAll(f, "|", ""), yesBut); ok {
		return "covert", strings.TrimSpace(p)
	}
	body := strings.TrimSpace(strings.ReplaceAll(f, "|", " "))
	body = strings.Join(strings.Fields(body), " ")
	if offered || s.us[i].Code.Label == ally.CodeSustain {
		for _, p := range weakNo {
			if strings.HasPrefix(body+" ", p) {
				return "overt", strings.TrimSpace(p)
			}
		}
	}
	if pressed {
		for _, p := range quickYes {
			if body == p {
				return "covert", p
			}
		}
		for _, p := range subjectChanges {
			if strings.HasPrefix(body, p+" ") || body == p {
				return "covert", p
			}
		}
	}
	return "", ""
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

// noes lists the client "no"s of speaker (every client when nil).
func (s *session) noes(speaker *string) []No {
	out := []No{}
	for i, u := range s.us {
		if u.Role != ally.RoleClient || (speaker != nil && u.Speaker != *speaker) {
			continue
		}
		kind, cue := s.noOf(i)
		if kind == "" {
			continue
		}
		n := No{Index: i, Speaker: u.Speaker, Kind: kind, Cue: cue, Received: s.received(s.response(i))}
		if r := s.response(i); r >= 0 {
			n.Response = &r
		}
		out = append(out, n)
	}
	return out
}
