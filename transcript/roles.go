package transcript

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/ally-mi/ally"
)

// Label words that give a speaker's role away; "dr" only as the first word.
var (
	practitionerLabels = map[string]bool{
		"therapist": true, "counselor": true, "counsellor": true, "coach": true, "facilitator": true,
		"practitioner": true, "clinician": true, "interviewer": true, "provider": true, "nurse": true,
		"doctor": true, "psychologist": true, "psychotherapist": true,
	}
	clientLabels = map[string]bool{
		"client": true, "patient": true, "participant": true, "member": true, "interviewee": true,
	}
)

// assignRoles decides who in t is the practitioner and who are clients,
// filling t.Speakers (in order of first appearance) and each utterance's
// Role. practitioner, when not "", names the practitioner and overrides the
// detection; names compare case- and space-insensitively. Otherwise labels
// ("Therapist", "Client 2") decide, then how each speaker talks. A
// transcript needs at least two speakers; errors are EINVALID.
func assignRoles(t *ally.Transcript, practitioner string) error {
	var names []string
	seen := map[string]bool{}
	for _, u := range t.Utterances {
		if !seen[u.Speaker] {
			seen[u.Speaker] = true
			names = append(names, u.Speaker)
		}
	}
	switch len(names) {
	case 0:
		return ally.Errorf(ally.EINVALID, "%s: no utterances found", t.Name)
	case 1:
		return ally.Errorf(ally.EINVALID, "%s: only one speaker (%q) found; ally needs a practitioner and at least one client", t.Name, names[0])
	}
	speakers := make([]ally.Speaker, len(names))
	for i, n := range names {
		speakers[i] = ally.Speaker{Name: n, Role: ally.RoleClient}
	}
	if practitioner != "" {
		if err := override(t.Name, speakers, practitioner); err != nil {
			return err
		}
	} else {
		detect := byLabel(speakers)
		if len(detect) > 0 {
			byBehaviour(speakers, detect, measure(t.Utterances))
		}
	}
	t.Speakers = speakers
	roles := make(map[string]ally.Role, len(speakers))
	for _, s := range speakers {
		roles[s.Name] = s.Role
	}
	for i := range t.Utterances {
		t.Utterances[i].Role = roles[t.Utterances[i].Speaker]
	}
	return nil
}

// override makes the named speaker the practitioner and everyone else a client.
func override(name string, speakers []ally.Speaker, practitioner string) error {
	want, match := foldName(practitioner), -1
	for i, s := range speakers {
		if foldName(s.Name) == want {
			match = i
			break
		}
	}
	if match < 0 {
		quoted := make([]string, len(speakers))
		for i, s := range speakers {
			quoted[i] = fmt.Sprintf("%q", s.Name)
		}
		return ally.Errorf(ally.EINVALID, "%s: no speaker is called %q; the speakers are %s",
			name, practitioner, strings.Join(quoted, ", "))
	}
	for i := range speakers {
		s := &speakers[i]
		if i == match {
			s.Role, s.Confidence, s.Reason = ally.RolePractitioner, 1, "set by --practitioner"
		} else {
			s.Role, s.Confidence = ally.RoleClient, 1
			s.Reason = fmt.Sprintf("%q set as practitioner by --practitioner", speakers[match].Name)
		}
	}
	return nil
}

// foldName lower-cases a name and drops dots and extra spaces, so
// "dr  smith" matches "Dr. Smith".
func foldName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, ".", " "))), " ")
}

// labelOf returns the role a speaker's name gives away and the word that
// did, or "" when the name says nothing ("Sam", "Speaker 1").
func labelOf(name string) (ally.Role, string) {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) })
	var role ally.Role
	var word string
	for i, w := range words {
		lw := strings.ToLower(w)
		var r ally.Role
		switch {
		case practitionerLabels[lw] || (i == 0 && lw == "dr" && len(words) > 1):
			r = ally.RolePractitioner
		case clientLabels[lw]:
			r = ally.RoleClient
		default:
			continue
		}
		if role != "" && role != r {
			return "", "" // "Client Coach": contradictory, trust behaviour
		}
		role, word = r, w
	}
	return role, word
}

// byLabel sets the roles labels decide and returns the indexes of the
// speakers still to be decided by behaviour, among whom one is the
// practitioner.
func byLabel(speakers []ally.Speaker) []int {
	var prac, client, unknown []int
	for i := range speakers {
		switch r, _ := labelOf(speakers[i].Name); r {
		case ally.RolePractitioner:
			prac = append(prac, i)
		case ally.RoleClient:
			client = append(client, i)
		default:
			unknown = append(unknown, i)
		}
	}
	labelled := func(i int, role ally.Role) {
		_, w := labelOf(speakers[i].Name)
		speakers[i].Role, speakers[i].Confidence, speakers[i].Reason = role, 0.97, fmt.Sprintf("label %q", w)
	}
	switch {
	case len(prac) > 0 && len(prac) < len(speakers):
		for _, i := range prac {
			labelled(i, ally.RolePractitioner)
		}
		for _, i := range client {
			labelled(i, ally.RoleClient)
		}
		for _, i := range unknown {
			speakers[i].Role, speakers[i].Confidence = ally.RoleClient, 0.95
			speakers[i].Reason = fmt.Sprintf("%q is labelled the practitioner", speakers[prac[0]].Name)
		}
		return nil
	case len(client) > 0 && len(unknown) == 1:
		for _, i := range client {
			labelled(i, ally.RoleClient)
		}
		i := unknown[0]
		speakers[i].Role, speakers[i].Confidence = ally.RolePractitioner, 0.95
		speakers[i].Reason = "the other speakers are labelled clients"
		return nil
	case len(client) > 0 && len(unknown) > 1:
		for _, i := range client {
			labelled(i, ally.RoleClient)
		}
		return unknown
	}
	all := make([]int, len(speakers))
	for i := range all {
		all[i] = i
	}
	return all
}

// byBehaviour makes the candidate who talks most like a practitioner the
// practitioner, and the other candidates clients.
func byBehaviour(speakers []ally.Speaker, cands []int, m map[string]*speech) {
	names := make([]string, len(cands))
	for k, i := range cands {
		names[k] = speakers[i].Name
	}
	p := rankByBehaviour(names, m, len(speakers) > 2)
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	var q, r, t int
	for _, n := range names {
		q, r, t = q+m[n].questions, r+m[n].reflections, t+m[n].turns
	}
	for k, i := range cands {
		s := &speakers[i]
		if k == best {
			s.Role, s.Confidence = ally.RolePractitioner, p[k]
		} else {
			s.Role, s.Confidence = ally.RoleClient, 1-p[k]
		}
		s.Reason = describe(m[s.Name], q, r, t, len(speakers) > 2, names[best])
	}
}

// describe says in a few words what the behaviour decision rested on.
func describe(s *speech, questions, reflections, turns int, group bool, leader string) string {
	var parts []string
	if questions > 0 {
		parts = append(parts, fmt.Sprintf("asks %d of %d questions", s.questions, questions))
	}
	if reflections > 0 && s.reflections > 0 {
		parts = append(parts, fmt.Sprintf("makes %d of %d reflections", s.reflections, reflections))
	}
	if group {
		parts = append(parts, fmt.Sprintf("takes %d of %d turns", s.turns, turns))
	}
	if s.opens {
		parts = append(parts, "opens the session")
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%q talks more like the practitioner", leader)
	}
	if len(parts) > 1 {
		return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	return parts[0]
}
