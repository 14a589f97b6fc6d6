package behaviour

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Commands: when a sentence that opens with a command directs the client,
// and when it hands control back to them.

// imperative reports whether sentence s of flat text opens with a command
// to the client ("try the patch"), after a filler opening ("so", "well"). A
// command that hands control to the client ("take your time", "think about
// what matters most to you") does not direct, but the rest of the sentence
// is read again, clause by clause: "take your time, and quit by Friday"
// directs.
func imperative(s string) bool {
	s = dropCommandFillers(s)
	if rest, ok := handsOver(s); ok {
		return commandIn(rest)
	}
	return lex.HasPrefixAny(" "+s, imperativeOpeners)
}

// dropCommandFillers drops the filler words that can open a command.
func dropCommandFillers(s string) string {
	s = strings.TrimLeft(s, " ")
	for _, w := range []string{"and ", "so ", "well ", "honestly ", "i'd say "} {
		s = strings.TrimPrefix(s, w)
	}
	return s
}

// handsOver reports whether sentence s opens with a clause that hands
// control to the client, and returns what follows that clause.
func handsOver(s string) (string, bool) {
	s += " "
	for _, h := range handOverOpeners {
		if rest, ok := strings.CutPrefix(s, h+" "); ok {
			return rest, true
		}
	}
	for _, h := range invitationOpeners {
		if rest, ok := strings.CutPrefix(s, h+" "); ok {
			_, after := firstClause(rest)
			return after, true
		}
	}
	for _, h := range pauseOpeners {
		rest, ok := strings.CutPrefix(s, h+" ")
		if !ok {
			continue
		}
		// "Take a moment to think about quitting": what the pause is for is
		// read as a command of its own.
		if r, ok := strings.CutPrefix(rest, "to "); ok && strings.HasPrefix(h, "take ") {
			return r, true
		}
		next := strings.Fields(rest)
		// "Go ahead, Sam": a name alone, or before an invitation, ends the
		// clause too.
		if h == "go ahead" && len(next) > 0 && (len(next) == 1 || clauseStarts[next[1]] || invites(strings.Join(next[1:], " "))) {
			return strings.Join(next[1:], " "), true
		}
		return rest, len(next) == 0 || clauseStarts[next[0]] || invites(rest)
	}
	for _, open := range thoughtOpeners {
		if rest, ok := strings.CutPrefix(s, open); ok {
			clause, after := firstClause(rest)
			return after, evokingThought(clause)
		}
	}
	return "", false
}

// invites reports whether s opens with an invitation to keep talking ("tell
// me more").
func invites(s string) bool {
	return lex.HasPrefixAny(" "+s+" ", invitationWords)
}

// invitationWords are invitationOpeners matched as whole words.
var invitationWords = wordsOf(invitationOpeners)

// wordsOf returns phrases with a space after each, so a prefix match ends at
// a word boundary.
func wordsOf(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = p + " "
	}
	return out
}

// firstClause splits s at its first clause break ("and", "but" ...).
func firstClause(s string) (clause, rest string) {
	w := strings.Fields(s)
	for i, x := range w {
		if clauseBreaks[x] {
			return strings.Join(w[:i], " "), strings.Join(w[i:], " ")
		}
	}
	return s, ""
}

// commandIn reports whether a clause of s, split at conjunctions, opens with
// a command.
func commandIn(s string) bool {
	var clause []string
	for _, w := range append(strings.Fields(s), "and") {
		if !clauseBreaks[w] {
			clause = append(clause, w)
			continue
		}
		if imperative(strings.Join(clause, " ")) {
			return true
		}
		clause = clause[:0]
	}
	return false
}

// evokingThought reports whether the clause after "think about" asks the
// client about their own wants or values ("what matters most to you"), which
// evokes rather than directs. "What this is doing to your health" and
// "whether you want to keep living like this" argue.
func evokingThought(clause string) bool {
	c := " " + clause + " "
	if !lex.HasPrefixAny(c, thoughtWh) || loaded(c) {
		return false
	}
	_, ok := lex.ContainsAny(c, ownValues)
	return ok
}

// loaded reports whether padded text s describes the client's present as
// something to stop (see loadedWords).
func loaded(s string) bool {
	_, ok := lex.ContainsAny(s, loadedWords)
	return ok
}

// withoutLoadedPrompts returns f with every sentence blanked that tells the
// client to think about whether to go on as they are ("think about whether
// you want to keep living like this"): the "whether you want" in it argues,
// it does not hand over the choice.
func withoutLoadedPrompts(f string) string {
	sentences := strings.Split(f, "|")
	for i, s := range sentences {
		s = dropCommandFillers(s)
		if lex.HasPrefixAny(" "+s, thoughtOpeners) && loaded(" "+s+" ") {
			sentences[i] = " "
		}
	}
	return strings.Join(sentences, "|")
}

// reasonWords open a clause that gives a reason or, "if", leaves a
// condition to the client.
var reasonWords = map[string]bool{"because": true, "since": true, "cause": true, "'cause": true, "if": true}

// obligedReason reports whether the directive at the start of rest, after
// clause, gives the client's obligation as the reason for where they already
// are, with its verb left out because it points back ("you're here because
// you have to be", "you only come because you've got to"): a reflection of a
// mandated client, not an instruction. Likewise "take a minute if you need
// to" leaves the need to the client. "Because you have to be careful" still
// directs.
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
