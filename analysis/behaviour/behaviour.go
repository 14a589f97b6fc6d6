// Package behaviour detects the MITI 4.2.1 behaviours in a practitioner's
// words that the coder does not label: affirming, seeking collaboration,
// emphasising autonomy, confronting and persuading, and the consent
// behaviours of guideline 5 (asking permission, offering options). It works
// from phrase rules on the utterance's text and the client's utterance just
// before it, so a reader can check each flag by hand.
package behaviour

import (
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/lex"
)

// Flags are the MITI 4.2.1 behaviours ally detects in one practitioner
// utterance, plus the two consent behaviours of guideline 5. AnnoMI does
// not label them, so they come from phrase rules (see phrases.go), not from
// the coder.
type Flags struct {
	// Affirm, SeekCollaboration and Autonomy are MITI's MI-adherent
	// behaviours; Confront and Persuade its MI-non-adherent ones.
	Affirm, SeekCollaboration, Autonomy bool
	Confront, Persuade                  bool
	// AskPermission is the part of seeking collaboration that asks before
	// advising or raising a subject.
	AskPermission bool
	// Options is offering a choice between ways forward.
	Options bool
}

// NonAdherent reports whether the utterance holds an MI-non-adherent
// behaviour (persuasion is non-adherent only without permission, which the
// caller decides; see analysis.Analyze).
func (b Flags) NonAdherent() bool { return b.Confront || b.Persuade }

// Detect returns the behaviours in practitioner utterance u. prev
// is the utterance before it, nil at the start: when the client just said "I
// should cut down", a practitioner's "you should cut down" echoes them and is
// not persuasion. A confronting sentence is neither an affirmation ("if you
// really cared about your kids") nor also a persuasion. Client utterances
// have no behaviours.
func Detect(u ally.Utterance, prev *ally.Utterance) Flags {
	var b Flags
	if u.Role == ally.RoleClient {
		return b
	}
	f := lex.Flat(u.Text)
	unconfronted, confronts := confront(f)
	_, b.Affirm = lex.ContainsAny(unconfronted, affirmPhrases)
	_, b.AskPermission = lex.ContainsAny(f, permissionPhrases)
	_, b.SeekCollaboration = lex.ContainsAny(f, collaborationPhrases)
	b.SeekCollaboration = b.SeekCollaboration || b.AskPermission
	_, b.Autonomy = lex.ContainsAny(withoutLoadedPrompts(f), autonomyPhrases)
	b.Autonomy = b.Autonomy || invitesObjection(f)
	_, b.Options = lex.ContainsAny(f, optionPhrases)
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
		_, mine := lex.ContainsAny(s, ownWords)
		_, objection := lex.ContainsAny(s, objectionPhrases)
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
	for _, r := range lex.DropQuoted(lex.Straighten(text)) {
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
	_, ok := lex.ContainsAny(" "+clauseBefore(f, i)+" ", whWords)
	return ok
}

// confront reports whether f confronts, and returns f with every
// confronting sentence blanked: "You need to face the facts" is one
// confrontation, not also a persuasion.
func confront(f string) (string, bool) {
	found := false
	sentences := strings.Split(f, "|")
	for i, s := range sentences {
		if _, ok := lex.ContainsAny(" "+strings.TrimSpace(s)+" |", confrontPhrases); ok || comesOn(s) {
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
		return lex.StartsWithAny(f[i:], unlessChoices)
	case " you could ":
		if autonomy || lex.StartsWithAny(f[i:], notSuggestions) {
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
		if _, ok := lex.ContainsAny(" "+s+" ", optionPhrases); ok {
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
		echo, said = asSaidBack(prev.Text), lex.Flat(prev.Text)
	}
	for _, p := range persuadePhrases {
		for _, i := range lex.IndexAll(f, p) {
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
	if _, own := lex.ContainsAny(clause, ownOpinion); own {
		return false
	}
	_, ok := lex.ContainsAny(clause, reportingWords)
	return ok
}

// clauseBefore returns the part of the flat text between the last sentence
// break before position i and i.
func clauseBefore(f string, i int) string {
	if k := strings.LastIndex(f[:i], "|"); k >= 0 {
		return f[k+1 : i]
	}
	return f[:i]
}
