package sqlite

import (
	"strings"
	"unicode/utf8"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/measure"
)

// maxAnswerRunes caps each free-text answer of a check-in: a page of
// writing is welcome, a flood from an open link is not.
const maxAnswerRunes = 5000

// checkAnswers refuses answers the link did not ask for, a questionnaire
// answered in part, and values out of range. The store
// checks what the form checks, so no caller can store what a page could not.
func checkAnswers(inv *ally.CheckInInvite, a *ally.CheckInAnswers) error {
	if a == nil {
		return ally.Errorf(ally.EINVALID, "no answers")
	}
	for _, r := range []ally.Ruler{a.Importance, a.Confidence} {
		if r.Value != nil && (*r.Value < 0 || *r.Value > 10) {
			return ally.Errorf(ally.EINVALID, "a ruler goes from 0 to 10")
		}
	}
	if err := checkQuestionnaire(measure.PHQ9(), inv.PHQ9, a.PHQ9, a.PHQ9Difficulty); err != nil {
		return err
	}
	if err := checkQuestionnaire(measure.GAD7(), inv.GAD7, a.GAD7, a.GAD7Difficulty); err != nil {
		return err
	}
	if a.Worksheet != nil && !inv.Worksheet {
		return ally.Errorf(ally.EINVALID, "this link does not ask for the worksheet")
	}
	texts := []string{a.DidNotFit, a.Importance.WhyNotLower, a.Importance.OneUp, a.Confidence.WhyNotLower, a.Confidence.OneUp}
	if w := a.Worksheet; w != nil {
		texts = append(texts, w.Behaviour, w.GivesWords, w.Costs, w.WouldHaveToBeTrue, strings.Join(w.Gives, ","))
	}
	for _, t := range texts {
		if utf8.RuneCountInString(t) > maxAnswerRunes {
			return ally.Errorf(ally.EINVALID, "an answer is longer than %d characters", maxAnswerRunes)
		}
	}
	return nil
}

// checkQuestionnaire checks one questionnaire's answers: all of them or
// none when it was asked (a client may leave a questionnaire out, as any
// other answer), none when it was not.
func checkQuestionnaire(q measure.Questionnaire, asked bool, answers []int, difficulty int) error {
	if !asked || len(answers) == 0 {
		if len(answers) > 0 {
			return ally.Errorf(ally.EINVALID, "this link does not ask for %s", q.Name)
		}
		if difficulty != -1 {
			return ally.Errorf(ally.EINVALID, "%s's closing question is answered without its items", q.Name)
		}
		return nil
	}
	if _, err := q.Score(answers); err != nil {
		return err
	}
	if difficulty < -1 || difficulty >= len(measure.DifficultyOptions) {
		return ally.Errorf(ally.EINVALID, "%s's closing question: answer %d is not 0 to 3", q.Name, difficulty)
	}
	return nil
}
