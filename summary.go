package ally

import "strings"

// Counts holds how many utterances received each code. Its fields are in the
// order reports show codes: client talk first, then practitioner behaviour.
type Counts struct {
	Change     int `json:"change"`
	Sustain    int `json:"sustain"`
	Neutral    int `json:"neutral"`
	Reflection int `json:"reflection"`
	Question   int `json:"question"`
	Input      int `json:"input"`
	Other      int `json:"other"`
}

// Add counts one utterance with the given code label. Labels that are not
// one of the seven codes (an uncoded utterance has "") are not counted.
func (c *Counts) Add(label string) {
	switch label {
	case CodeChange:
		c.Change++
	case CodeSustain:
		c.Sustain++
	case CodeNeutral:
		c.Neutral++
	case CodeReflection:
		c.Reflection++
	case CodeQuestion:
		c.Question++
	case CodeInput:
		c.Input++
	case CodeOther:
		c.Other++
	}
}

// ChangeTalk returns change talk as a percentage of change plus sustain
// talk, or nil when the client said neither and the share means nothing.
func (c Counts) ChangeTalk() *float64 {
	if c.Change+c.Sustain == 0 {
		return nil
	}
	v := 100 * float64(c.Change) / float64(c.Change+c.Sustain)
	return &v
}

// ReflectionRatio returns reflections per question, or nil when there were
// no questions to divide by.
func (c Counts) ReflectionRatio() *float64 {
	if c.Question == 0 {
		return nil
	}
	v := float64(c.Reflection) / float64(c.Question)
	return &v
}

// ReflectionsPerQuestion is the reflection-to-question ratio a report
// shows: the MITI summary's when the session was analysed, which leaves out
// reflections that push, else the plain ratio of the codes.
func ReflectionsPerQuestion(c Counts, a *Analysis) *float64 {
	if a != nil {
		return a.MITI.ReflectionToQuestion
	}
	return c.ReflectionRatio()
}

// CountsBySpeaker counts codes per speaker. Every listed speaker gets an entry,
// even one who never spoke, so consumers need not check for a missing key.
func (t *Transcript) CountsBySpeaker() map[string]Counts {
	m := make(map[string]Counts, len(t.Speakers))
	for _, s := range t.Speakers {
		m[s.Name] = Counts{}
	}
	for _, u := range t.Utterances {
		c := m[u.Speaker]
		c.Add(u.Code.Label)
		m[u.Speaker] = c
	}
	return m
}

// Counts counts codes over the whole transcript.
func (t *Transcript) Counts() Counts {
	var c Counts
	for _, u := range t.Utterances {
		c.Add(u.Code.Label)
	}
	return c
}

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

// Summarize builds the summary row of a coded transcript and its analysis,
// which may be nil.
func Summarize(t *Transcript, a *Analysis) SessionSummary {
	s := SessionSummary{
		Name:       t.Name,
		Format:     t.Format,
		Utterances: len(t.Utterances),
		Counts:     t.Counts(),
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
		case RolePractitioner:
			practitioners = append(practitioners, sp.Name)
		case RoleClient:
			s.Clients++
		}
	}
	s.Practitioner = strings.Join(practitioners, ", ")
	s.ChangeTalk = s.Counts.ChangeTalk()
	s.ReflectionsPerQuestion = ReflectionsPerQuestion(s.Counts, a)
	return s
}

// Guideline returns the summary of the guideline with the given ID, and
// whether the session has one.
func (s SessionSummary) Guideline(id string) (GuidelineSummary, bool) {
	for _, g := range s.Guidelines {
		if g.ID == id {
			return g, true
		}
	}
	return GuidelineSummary{}, false
}
