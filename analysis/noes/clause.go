package noes

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
)

// Reading a client's clause: whether a refusal frame in it turns down the
// change or the conversation (a "no") or the problem (change talk).

// oldThing reports whether ws refuse the old thing: "again", "anymore",
// "any more", "no longer".
func oldThing(ws []string) bool {
	for i, w := range ws {
		if oldThings[w] || w == "more" && i > 0 && (ws[i-1] == "any" || ws[i-1] == "no") {
			return true
		}
	}
	return false
}

// Verdicts on what follows a refusal frame.
const (
	refusedNot   = iota // being, suffering, the problem or a harm
	refusedMaybe        // it depends on what was answered
	refusedYes          // nothing, or an act of changing or of talking
)

// refused judges the words after a refusal frame. The old thing "again"
// or "anymore" is judged by what it is: the problem is change talk ("I
// won't drink anymore"), the treatment a "no" whatever was answered ("I
// won't take the tablets anymore" after "How's the medication going?"),
// and stopping or missing the treatment change talk again ("I won't stop
// taking my meds"); a place it takes a proposal to tell ("I'm not going
// there again").
func refused(rest []string) int {
	old := oldThing(rest)
	for len(rest) >= 2 && (rest[0] == "have" || rest[0] == "need") && rest[1] == "to" {
		rest = rest[2:]
	}
	if len(rest) >= 2 && rest[0] == "be" && strings.HasSuffix(rest[1], "ing") && len(rest[1]) > 4 {
		rest = rest[1:] // "I won't be taking them", "I don't want to be drinking"
	}
	tail := true
	for _, w := range rest {
		tail = tail && tailWords[w]
	}
	if tail {
		return refusedYes
	}
	v, next := lex.VerbStem(rest[0]), ""
	if len(rest) > 1 {
		next = rest[1]
	}
	// has reports whether one of ws is among the three words after the verb.
	has := func(ws ...string) bool {
		for _, w := range rest[1:min(len(rest), 4)] {
			for _, x := range ws {
				if lex.Stem(w) == lex.Stem(x) {
					return true
				}
			}
		}
		return false
	}
	// hasIn reports whether one of the four words after the verb has its
	// stem in set.
	hasIn := func(set map[string]bool) bool {
		for _, w := range rest[1:min(len(rest), 5)] {
			if set[lex.Stem(w)] {
				return true
			}
		}
		return false
	}
	switch {
	case proforms[rest[0]]:
		return refusedMaybe
	case stopVerbs[v] && remedyAfter(rest[1:]):
		return refusedNot // "I won't stop taking my meds", "I won't forget the tablets again"
	case v == "giv" && (has("try", "go", "shot") || has("up") && next != "up" || next == "up" && len(rest) > 2 && !tailWords[rest[2]] && rest[2] != "on"):
		return refusedYes // "give that up", "give up smoking"; not "I won't give up (on myself)"
	case v == "chang" && next == "my" && has("mind"):
		return refusedMaybe // a "no" to a proposal; else resolve: "I've decided, I won't change my mind"
	case v == "go" && (next == "back" || next == "to" || next == "into") && (hasIn(treatments) || remedyAfter(rest[1:])):
		return refusedYes // "I'd rather not go back to the doctor", "I'm not going to AA again"
	case v == "go" && !old && (next == "" || next == "to" || next == "there" || next == "into" || next == "in" || next == "through"):
		return refusedYes
	case v == "go" && (next == "back" || next == "out" || next == "off" || next == "down" || next == "crazy"):
		return refusedNot
	case remedyVerbs[v] && v != "go" && v != "com" && remedyAfter(rest[1:]):
		return refusedYes // the treatment: "I won't take the tablets anymore"
	case v == "sit" && (next == "in" || next == "through" || next == "there"):
		return refusedMaybe // "I'm not sitting in a church basement", not "sit around"
	case v == "get" && (next == "rid" || has("help", "tested", "checked", "treatment", "counseling", "counselling", "involved", "into")):
		return refusedYes
	case v == "mak" && has("promise", "change", "plan", "commitment", "decision"):
		return refusedYes
	case v == "see" && hasIn(professionals):
		return refusedYes
	case v == "see" && hasIn(listeners):
		return refusedMaybe // "I'm not seeing anyone right now" may be dating
	case v == "talk" && (next == "to" || next == "with") && len(rest) > 2 && !hasIn(professionals) && !hasIn(listeners):
		return refusedMaybe // "talk to my kids the way my dad did" is how, not whether
	case v == "think" || v == "deal":
		if len(rest) == 1 || len(rest) == 3 && (next == "about" || next == "with") && proforms[rest[2]] {
			return refusedYes
		}
		return refusedNot
	case v == "say":
		if len(rest) <= 2 {
			return refusedYes
		}
		return refusedNot
	case v == "com" && (next == "back" || next == "in" || next == "here" || next == "to"):
		return refusedYes
	case v == "work" && next == "on":
		return refusedYes
	case (v == "do" || v == "tak" || v == "use" || v == "hav") && (next == "" || proforms[next] || next == "the" || next == "what"):
		return refusedMaybe
	case v == "do" || v == "hav":
		if hasIn(problemObjects) || v == "hav" && next == "one" && (len(rest) < 3 || rest[2] != "of") {
			return refusedNot // "have another drink", "doing well"
		}
		return refusedMaybe // "doing four shots a day", "having one of those machines"
	case v == "keep" && strings.HasSuffix(next, "ing"):
		return refusedNot
	case changeActs[v]:
		return refusedYes
	case harmVerbs[v]:
		return refusedNot
	}
	return refusedMaybe
}

// frameNo returns the cue of a refusal frame in form that is a "no"
// answering a, or "". In change talk ("I won't hide it from her anymore")
// the old thing is never refused.
func frameNo(form string, change bool, a answered) string {
	judge := func(rest []string) int {
		if change && oldThing(rest) && !takesRemedy(rest) {
			return refusedNot
		}
		return refused(rest)
	}
	for _, fr := range frames {
		for _, at := range lex.IndexAll(form, fr.p) {
			if conditionals[lastWordOf(form[:at])] {
				continue
			}
			end := at + len(fr.p)
			rest, brk := clauseAfter(form, end)
			if fr.kind == frameObject && len(rest) > 0 && (rest[0] == "to" || rest[0] == "wanna") {
				continue // the longer frame decides
			}
			if strings.HasSuffix(fr.p, " going to ") && goesToRemedy(rest) {
				continue // a place, not a future: "I'm not going to those AA meetings"
			}
			if len(rest) == 0 && brk == "-" {
				continue // broken off: "I don't wanna- I used to work out"
			}
			if len(rest) == 0 && brk == "," {
				// "I don't want to, honestly, quit": look past the comma.
				next, _ := clauseAfter(form, end+strings.Index(form[end:], ",")+1)
				if strings.HasPrefix(" "+strings.Join(next, " ")+" ", fr.p) {
					continue // said again: "I don't wanna, I don't wanna stop"
				}
				if len(next) > 0 && !clauseOpeners[next[0]] && !lex.IsDeterminer(next[0]) {
					rest = next
				}
			}
			cue := strings.Join(append([]string{strings.TrimSpace(fr.p)}, cueWords(rest)...), " ")
			v := judge(rest)
			ok := false
			switch fr.kind {
			case frameOpen:
				ok = v == refusedYes || v == refusedMaybe && (a.proposes || a.echoes(rest))
			case frameStrict:
				ok = a.proposes && (len(rest) == 0 || v == refusedYes || v == refusedMaybe && pointsBack(rest))
			case frameObject:
				ok = a.proposes && len(rest) > 0 && len(rest) <= 4 && v != refusedNot
			case frameReady:
				ok = len(rest) == 0 || rest[0] == "for" || rest[0] == "yet"
			}
			if ok {
				return cue
			}
		}
	}
	for _, prefix := range progressives {
		for _, at := range lex.IndexAll(form, prefix) {
			rest, _ := clauseAfter(form, at+len(prefix))
			if len(rest) == 0 || len(rest[0]) < 5 || !strings.HasSuffix(rest[0], "ing") || conditionals[lastWordOf(form[:at])] {
				continue
			}
			// "I'm not going to ..." is a frame, but for a treatment ("I'm
			// not going to AA"); "I'm not saying it's easy" explains; "I'm
			// not talking about him" refuses.
			if len(rest) > 1 && rest[0] == "going" && rest[1] == "to" && !goesToRemedy(rest[2:]) ||
				clarifying[lex.VerbStem(rest[0])] && len(rest) > 1 && !(len(rest) == 3 && rest[1] == "about") {
				continue
			}
			if v := judge(rest); v == refusedYes || v == refusedMaybe && (a.proposes || a.echoes(rest)) {
				return strings.TrimSpace(prefix) + " " + strings.Join(cueWords(rest), " ")
			}
		}
	}
	return ""
}

// remedyAfter reports whether one of the first four words of ws names the
// treatment before any verb other than one of taking it: "the tablets",
// "to those AA meetings", "taking my meds"; not "drinking at meetings".
func remedyAfter(ws []string) bool {
	for _, w := range ws[:min(len(ws), 4)] {
		if remedies[lex.Stem(w)] {
			return true
		}
		if strings.HasSuffix(w, "ing") && !remedyVerbs[lex.VerbStem(w)] {
			return false
		}
	}
	return false
}

// takesRemedy reports whether ws, after a refusal frame, take, use or go
// to the treatment: "take the tablets", "going to AA".
func takesRemedy(ws []string) bool {
	return len(ws) > 1 && remedyVerbs[lex.VerbStem(ws[0])] && !stopVerbs[lex.VerbStem(ws[0])] && remedyAfter(ws[1:])
}

// goesToRemedy reports whether ws, after "I'm not going to", name where
// rather than what: the treatment ("those AA meetings", "AA", "the gym").
func goesToRemedy(ws []string) bool {
	return len(ws) > 0 && (lex.IsDeterminer(ws[0]) || proforms[ws[0]] || remedies[lex.Stem(ws[0])]) && remedyAfter(ws)
}
