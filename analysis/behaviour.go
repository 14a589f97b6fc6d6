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
	_, b.Autonomy = containsAny(withoutLoadedPrompts(f), autonomyPhrases)
	b.Autonomy = b.Autonomy || invitesObjection(f)
	_, b.Options = containsAny(f, optionPhrases)
	b.Confront = confronts
	b.Persuade = persuade(unconfronted, prev, questions(u.Text), b.Autonomy)
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
		if _, ok := containsAny(" "+strings.TrimSpace(s)+" |", confrontPhrases); ok || comesOn(s) {
			found = true
			sentences[i] = " "
		}
	}
	return strings.Join(sentences, "|"), found
}

// comesOn reports whether sentence s of flat text opens with "come on" as a
// protest ("come on, you're smarter than this"), not as a welcome ("come on
// in").
func comesOn(s string) bool {
	w := strings.Fields(dropCommandFillers(s))
	if len(w) < 2 || w[0] != "come" || w[1] != "on" {
		return false
	}
	return len(w) == 2 || !comeOnWelcomes[w[2]]
}

// suggestionExcused reports whether the persuasion phrase p at position i of
// f is not a push after all: "unless you want it to be" leaves the choice to
// the client, and "you could" suggests only when it opens a clause of a
// statement ("you could ask Mark to smoke outside", "maybe you could ..."),
// not after other words ("if you could change one thing", "so you could see
// the kids", "and you could envision yourself"), in a question ("is that
// something you could try?"), in a sentence that offers options ("you could
// either ... or ...") or in a phrase that names the client's choice, a state
// or a possibility ("you could choose", "you could be right", "you could
// lose your job").
// A tentative suggestion in an utterance that also emphasises the client's
// autonomy (autonomy: "you could try the patch if you want, it's your call")
// is advice given with the decision handed back, MITI's persuasion with
// permission; a firmer directive ("you need to") still counts.
func suggestionExcused(f string, i int, p string, question []bool, autonomy bool) bool {
	switch p {
	case " unless you":
		return startsWithAny(f[i:], unlessChoices)
	case " you could ":
		if autonomy || startsWithAny(f[i:], notSuggestions) {
			return true
		}
		k := strings.Count(f[:i], "|")
		if k < len(question) && question[k] {
			return true
		}
		s := f[strings.LastIndex(f[:i], "|")+1:]
		if j := strings.Index(s, "|"); j >= 0 {
			s = s[:j]
		}
		if _, ok := containsAny(" "+s+" ", optionPhrases); ok {
			return true
		}
		for _, w := range strings.Fields(clauseBefore(f, i)) {
			if !couldOpeners[w] {
				return true
			}
		}
	}
	return false
}

// persuade reports whether f argues, warns or directs. A directive phrase
// does not count inside a clause that reports someone else's words or
// thoughts, after a reflective "so" opening the clause, inside a question
// after a wh-word (question marks the sentences of f that are questions),
// when it echoes the client's own "I should ..." in prev, or when it names
// the client's obligation as the reason for where they are ("you're here
// because you have to be"). A sentence that opens with a command, or that
// turns to one after "but I'd say", directs; a command that hands control to
// the client ("take your time", "think about what matters to you") excuses
// only its own clause (see imperative).
func persuade(f string, prev *ally.Utterance, question []bool, autonomy bool) bool {
	var echo, said string
	if prev != nil && prev.Role == ally.RoleClient {
		echo, said = asSaidBack(prev.Text), flat(prev.Text)
	}
	for _, p := range persuadePhrases {
		for _, i := range indexAll(f, p) {
			clause := clauseBefore(f, i)
			if reported(clause) || strings.TrimSpace(clause) == "so" || evokes(f, i, question) || suggestionExcused(f, i, p, question, autonomy) || echoes(clause, f[i:], p, echo, said) || obligedReason(clause, f[i:], p) {
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
