package analysis

import (
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/lex"
)

// closingPhrases end a session or arrange the next one. MITI 4.2.1 gives
// such talk no behaviour code of its own: "I'll see you in a month" tells
// the client nothing they must do, so, coded input, it is not a push.
var closingPhrases = []string{
	" see you ", " see you next", " next week ", " next session", " next time ", " in a month ", " in two weeks ",
	" same time ", " schedule", " appointment", " book you in", " book another", " follow up ", " follow-up ",
	" take care ", " goodbye ", " bye ", " thanks for coming", " thank you for coming", " thanks for talking",
	" thank you for talking", " thank you for sharing", " have a good ", " have a great ", " have a nice ",
}

// closes reports whether practitioner utterance text ends the session or
// arranges the next one, and asks nothing of the client beyond that: a
// closing that also tells them what to do ("see you next week, and stop
// drinking before then") is left to the other rules.
func closes(text string) bool {
	f := lex.Flat(text)
	if _, ok := lex.ContainsAny(f, closingPhrases); !ok {
		return false
	}
	_, directs := lex.ContainsAny(f, []string{" you should", " you need to", " you have to", " you must", " stop ", " quit ", " cut down"})
	return !directs
}

// clientQuestioned reports whether the client's turn just before
// practitioner utterance i asked the professional something ("So I can
// actually do it that way?", "Do you have any other advice for me?"), of
// themselves or for advice, not of the game last night: the
// information that answers it was asked for, which MITI 4.2.1 treats as
// given with permission. A bare tag ("..., right?") asks for agreement, not
// information.
func (s *session) clientQuestioned(i int) bool {
	if i == 0 || s.us[i-1].Role != ally.RoleClient {
		return false
	}
	text := strings.TrimSpace(s.us[i-1].Text)
	if !strings.Contains(text, "?") {
		return false
	}
	last := text[strings.LastIndexAny(strings.TrimRight(text, "?"), ".!?")+1:]
	f := lex.Flat(last)
	for _, tag := range []string{" right ", " you know ", " yeah ", " okay ", " ok ", " huh ", " isn't it ", " don't you think "} {
		if strings.HasSuffix(f, tag) && len(lex.Words(last)) > 3 {
			return false
		}
	}
	if lex.HasPrefixAny(f, []string{"anyway", "by the way", "so anyway", "whatever"}) {
		return false // a change of subject, not a request
	}
	_, aboutMe := lex.ContainsAny(f, []string{" i ", " i'm ", " i'd ", " i'll ", " i've ", " me ", " my ", " advice ", " suggest"})
	return aboutMe && len(lex.Words(last)) >= 2
}
