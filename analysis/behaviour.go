package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
)

// Behaviours are the MITI 4.2.1 behaviour counts ally detects in one
// practitioner utterance, plus the two consent behaviours of guideline 5.
// AnnoMI does not label them, so they come from phrase rules (see
// behaviour_phrases.go), not from the coder.
type Behaviours struct {
	Affirm            bool `json:"affirm"`
	SeekCollaboration bool `json:"seek_collaboration"`
	Autonomy          bool `json:"emphasize_autonomy"`
	Confront          bool `json:"confront"`
	Persuade          bool `json:"persuade"`
	// AskPermission is the part of seeking collaboration that asks before
	// advising or raising a subject.
	AskPermission bool `json:"ask_permission"`
	// Options is offering a choice between ways forward.
	Options bool `json:"options"`
}

// Adherent reports whether the utterance holds an MI-adherent behaviour.
func (b Behaviours) Adherent() bool { return b.Affirm || b.SeekCollaboration || b.Autonomy }

// NonAdherent reports whether the utterance holds an MI-non-adherent
// behaviour (persuasion is non-adherent only without permission, which the
// caller decides; see Analyze).
func (b Behaviours) NonAdherent() bool { return b.Confront || b.Persuade }

// DetectBehaviours returns the behaviours in practitioner utterance u. prev
// is the utterance before it, nil at the start: when the client just said "I
// should cut down", a practitioner's "you should cut down" echoes them and is
// not persuasion. A confronting sentence is neither an affirmation ("if you
// really cared about your kids") nor also a persuasion. Client utterances
// have no behaviours.
func DetectBehaviours(u ally.Utterance, prev *ally.Utterance) Behaviours {
	var b Behaviours
	if u.Role == ally.RoleClient {
		return b
	}
	f := flat(u.Text)
	unconfronted, confronts := confront(f)
	_, b.Affirm = containsAny(unconfronted, affirmPhrases)
	_, b.AskPermission = containsAny(f, permissionPhrases)
	_, b.SeekCollaboration = containsAny(f, collaborationPhrases)
	b.SeekCollaboration = b.SeekCollaboration || b.AskPermission
	_, b.Autonomy = containsAny(f, autonomyPhrases)
	b.Autonomy = b.Autonomy || invitesObjection(f)
	_, b.Options = containsAny(f, optionPhrases)
	b.Confront = confronts
	b.Persuade = persuade(unconfronted, prev, questions(u.Text))
	return b
}

// invitesObjection reports whether a sentence of f invites the client to
// object to what the practitioner said or did ("is there anything I said
// today that didn't sit right with you?"): checking for a "no" the client
// kept back. The sentence must name the practitioner's own words, so a
// reflection ("what your boss said didn't sit right with you") is not one.
func invitesObjection(f string) bool {
	for _, s := range strings.Split(f, "|") {
		s = " " + strings.TrimSpace(s) + " "
		_, mine := containsAny(s, ownWords)
		_, objection := containsAny(s, objectionPhrases)
		if mine && objection {
			return true
		}
	}
	return false
}

// questions reports, for each sentence of text in the order flat splits
// them, whether it ends with a question mark.
func questions(text string) []bool {
	var out []bool
	for _, r := range dropQuoted(straighten(text)) {
		if strings.ContainsRune(".!?;:", r) {
			out = append(out, r == '?')
		}
	}
	return out
}

// whWords open the part of a question that asks the client for their own
// plan: "what do you need to do next?" evokes, it does not direct.
var whWords = []string{" what ", " how ", " when ", " where ", " who ", " which ", " whether "}

// evokes reports whether the directive at position i of f sits in a
// question after a wh-word of the same sentence.
func evokes(f string, i int, question []bool) bool {
	k := strings.Count(f[:i], "|")
	if k >= len(question) || !question[k] {
		return false
	}
	_, ok := containsAny(" "+clauseBefore(f, i)+" ", whWords)
	return ok
}

// confront reports whether f confronts, and returns f with every
// confronting sentence blanked: "You need to face the facts" is one
// confrontation, not also a persuasion.
func confront(f string) (string, bool) {
	found := false
	sentences := strings.Split(f, "|")
	for i, s := range sentences {
		if _, ok := containsAny(" "+strings.TrimSpace(s)+" |", confrontPhrases); ok {
			found = true
			sentences[i] = " "
		}
	}
	return strings.Join(sentences, "|"), found
}

// persuade reports whether f argues, warns or directs. A directive phrase
// does not count inside a clause that reports someone else's words or
// thoughts, after a reflective "so" opening the clause, inside a question
// after a wh-word (question marks the sentences of f that are questions),
// when it echoes the client's own "I should ..." in prev, or when it names
// the client's obligation as the reason for where they are ("you're here
// because you have to be"). A sentence that opens with a command, or that
// turns to one after "but I'd say", directs, unless the command hands
// control to the client ("take your time", "think about what matters to
// you").
func persuade(f string, prev *ally.Utterance, question []bool) bool {
	var echo string
	if prev != nil && prev.Role == ally.RoleClient {
		echo = flat(prev.Text)
	}
	for _, p := range persuadePhrases {
		for _, i := range indexAll(f, p) {
			clause := clauseBefore(f, i)
			if reported(clause) || strings.TrimSpace(clause) == "so" || evokes(f, i, question) || echoes(f[i:], p, echo) || obligedReason(clause, f[i:], p) {
				continue
			}
			return true
		}
	}
	for _, s := range strings.Split(f, "|") {
		if imperative(s) {
			return true
		}
		if _, rest, ok := strings.Cut(s, " but i'd say "); ok && imperative(rest) {
			return true
		}
	}
	return false
}

// imperative reports whether sentence s of flat text opens with a command
// to the client ("try the patch"), after a filler opening ("so", "well").
func imperative(s string) bool {
	s = strings.TrimLeft(s, " ")
	s = strings.TrimPrefix(s, "and ")
	s = strings.TrimPrefix(s, "so ")
	s = strings.TrimPrefix(s, "well ")
	s = strings.TrimPrefix(s, "honestly ")
	s = strings.TrimPrefix(s, "i'd say ")
	return hasPrefixAny(" "+s, imperativeOpeners) && !hasPrefixAny(" "+s, handOverOpeners) && !evokingThought(s)
}

// evokingThought reports whether sentence s asks the client to think about
// their own wants or values ("think about what matters most to you"), which
// evokes rather than directs. "Think about what this is doing to your
// health" is not one; it is caught by the persuasion phrases anyway.
func evokingThought(s string) bool {
	for _, open := range []string{"think about ", "have a think about ", "consider "} {
		if rest, ok := strings.CutPrefix(s, open); ok {
			if !hasPrefixAny(" "+rest, []string{"what ", "what's ", "how ", "whether ", "which ", "where ", "when ", "why "}) {
				return false
			}
			_, ok := containsAny(" "+rest+" ", ownValues)
			return ok
		}
	}
	return false
}

// reasonWords open a clause that gives a reason.
var reasonWords = map[string]bool{"because": true, "since": true, "cause": true, "'cause": true}

// obligedReason reports whether the directive at the start of rest, after
// clause, gives the client's obligation as the reason for where they already
// are, with its verb left out because it points back ("you're here because
// you have to be", "you only come because you've got to"): a reflection of a
// mandated client, not an instruction. "Because you have to be careful"
// still directs.
func obligedReason(clause, rest, p string) bool {
	c := strings.Fields(clause)
	if len(c) == 0 || !reasonWords[c[len(c)-1]] {
		return false
	}
	after := strings.Fields(strings.TrimPrefix(rest, p))
	if len(after) > 0 && after[0] == "be" {
		after = after[1:]
	}
	if len(after) == 0 {
		return true
	}
	switch after[0] {
	case "|", "and", "but", "so", "here", "there", "anyway":
		return true
	}
	return false
}

// reported reports whether a clause prefix introduces someone else's words
// or thoughts, rather than the practitioner's own opinion.
func reported(clause string) bool {
	clause = " " + clause + " "
	if _, own := containsAny(clause, ownOpinion); own {
		return false
	}
	_, ok := containsAny(clause, reportingWords)
	return ok
}

// echoes reports whether the directive at the start of rest ("you should
// cut down", "you have to be up at five") repeats the client's first-person
// version ("I should cut down", "I have to be up at five") in prev. The
// directive's next word must match, and the one after it too when the first
// is "be": the client's "I have to be honest" does not make "you have to be
// careful" an echo.
func echoes(rest, p, prev string) bool {
	if prev == "" {
		return false
	}
	after := strings.Fields(strings.TrimPrefix(rest, p))
	if len(after) == 0 || after[0] == "|" {
		return false
	}
	n := 1
	if after[0] == "be" && len(after) > 1 && after[1] != "|" {
		n = 2
	}
	mine := strings.TrimRight(strings.Replace(p, " you", " i", 1), " ")
	return strings.Contains(prev, mine+" "+strings.Join(after[:n], " ")+" ")
}
