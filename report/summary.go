package report

import (
	"strings"

	"github.com/ally-mi/ally"
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
}

// Failure is a session that could not be read or coded.
type Failure struct {
	Name string `json:"name"`
	// Message says what went wrong, safe to show the user.
	Message string `json:"error"`
}

// Summarize builds the summary row of a coded transcript.
func Summarize(t *ally.Transcript) SessionSummary {
	s := SessionSummary{
		Name:       t.Name,
		Format:     t.Format,
		Utterances: len(t.Utterances),
		Counts:     totalCounts(t),
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
	s.ReflectionsPerQuestion = s.Counts.reflectionRatio()
	return s
}
