package report

import (
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// SessionSummary is one session's row in a summary of many sessions.
type SessionSummary struct {
	// Name identifies the session, usually the file it was read from.
	Name   string `json:"name"`
	Format string `json:"format"`
	// Utterances is how many utterances the session has.
	Utterances int `json:"utterances"`
	// Practitioner names the practitioner; several are joined with ", ".
	Practitioner string `json:"practitioner"`
	// Clients is how many clients spoke; more than one in a group session.
	Clients int    `json:"clients"`
	Counts  Counts `json:"counts"`
	// ChangeTalk is change talk as a percentage of change plus sustain talk,
	// nil (null) when the client said neither.
	ChangeTalk *float64 `json:"change_talk_pct"`
	// ReflectionsPerQuestion is the reflection-to-question ratio, nil (null)
	// when the practitioner asked no questions.
	ReflectionsPerQuestion *float64 `json:"reflection_question_ratio"`
	// Score is the "working with resistance" score, 0–100, nil (null) when
	// nothing could be scored.
	Score *float64 `json:"score"`
	// Guidelines has the status and score of each of the five guidelines.
	Guidelines []GuidelineSummary `json:"guidelines"`
}

// GuidelineSummary is one guideline's result in a SessionSummary.
type GuidelineSummary struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status string `json:"status"`
	// Score is 0–100, nil (null) when the guideline does not apply.
	Score *float64 `json:"score"`
}

// Failure is a session that could not be read or coded.
type Failure struct {
	Name string `json:"name"`
	// Message says what went wrong, safe to show the user.
	Message string `json:"error"`
}

// Summarize builds the summary row of a coded transcript and its analysis,
// which may be nil.
func Summarize(t *ally.Transcript, a *analysis.Analysis) SessionSummary {
	s := SessionSummary{
		Name:       t.Name,
		Format:     t.Format,
		Utterances: len(t.Utterances),
		Counts:     totalCounts(t),
		Guidelines: []GuidelineSummary{},
	}
	if a != nil {
		s.Score = a.Score
		for _, g := range a.Guidelines {
			s.Guidelines = append(s.Guidelines, GuidelineSummary{ID: g.ID, Name: g.Name, Status: g.Status, Score: g.Score})
		}
	}
	var practitioners []string
	for _, sp := range t.Speakers {
		switch sp.Role {
		case ally.RolePractitioner:
			practitioners = append(practitioners, sp.Name)
		case ally.RoleClient:
			s.Clients++
		}
	}
	s.Practitioner = strings.Join(practitioners, ", ")
	s.ChangeTalk = s.Counts.changeTalk()
	s.ReflectionsPerQuestion = reflectionsPerQuestion(s.Counts, a)
	return s
}

// guideline returns the summary of the guideline with the given ID, and
// whether the session has one.
func (s SessionSummary) guideline(id string) (GuidelineSummary, bool) {
	for _, g := range s.Guidelines {
		if g.ID == id {
			return g, true
		}
	}
	return GuidelineSummary{}, false
}
