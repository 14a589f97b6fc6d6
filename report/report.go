// Package report renders coded transcripts and their analysis for people and
// for programs: a report for an 80-column terminal, the JSON document the
// rest of ally reads, a CSV of coded utterances, a self-contained HTML page
// with a timeline, and a table that summarises many sessions.
package report

import (
	"fmt"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

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
	case ally.CodeChange:
		c.Change++
	case ally.CodeSustain:
		c.Sustain++
	case ally.CodeNeutral:
		c.Neutral++
	case ally.CodeReflection:
		c.Reflection++
	case ally.CodeQuestion:
		c.Question++
	case ally.CodeInput:
		c.Input++
	case ally.CodeOther:
		c.Other++
	}
}

// codeCount is one code and its count, for rendering Counts in order.
type codeCount struct {
	label string
	n     int
}

// client returns the client talk counts in report order.
func (c Counts) client() []codeCount {
	return []codeCount{
		{ally.CodeChange, c.Change},
		{ally.CodeSustain, c.Sustain},
		{ally.CodeNeutral, c.Neutral},
	}
}

// practitioner returns the practitioner behaviour counts in report order.
func (c Counts) practitioner() []codeCount {
	return []codeCount{
		{ally.CodeReflection, c.Reflection},
		{ally.CodeQuestion, c.Question},
		{ally.CodeInput, c.Input},
		{ally.CodeOther, c.Other},
	}
}

// changeTalk returns change talk as a percentage of change plus sustain
// talk, or nil when the client said neither and the share means nothing.
func (c Counts) changeTalk() *float64 {
	if c.Change+c.Sustain == 0 {
		return nil
	}
	v := 100 * float64(c.Change) / float64(c.Change+c.Sustain)
	return &v
}

// reflectionRatio returns reflections per question, or nil when there were
// no questions to divide by.
func (c Counts) reflectionRatio() *float64 {
	if c.Question == 0 {
		return nil
	}
	v := float64(c.Reflection) / float64(c.Question)
	return &v
}

// reflectionsPerQuestion is the reflection-to-question ratio a report
// shows: the MITI summary's when the session was analysed, which leaves out
// reflections that push, else the plain ratio of the codes.
func reflectionsPerQuestion(c Counts, a *analysis.Analysis) *float64 {
	if a != nil {
		return a.MITI.ReflectionToQuestion
	}
	return c.reflectionRatio()
}

// codeName joins a label and its subcode as "question/open"; an uncoded
// utterance reads "uncoded" rather than an empty cell.
func codeName(c ally.Code) string {
	if c.Label == "" {
		return "uncoded"
	}
	if c.Subcode == "" {
		return c.Label
	}
	return c.Label + "/" + c.Subcode
}

// percent formats a probability in [0,1] as a whole percentage.
func percent(p float64) string {
	return fmt.Sprintf("%.0f%%", 100*p)
}

// clock formats seconds as mm:ss, or h:mm:ss from an hour on, the way media
// players show a position.
func clock(sec float64) string {
	s := int(sec)
	if s < 0 {
		s = 0
	}
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%02d:%02d", s/60, s%60)
}

// speakerCounts counts codes per speaker. Every listed speaker gets an entry,
// even one who never spoke, so consumers need not check for a missing key.
func speakerCounts(t *ally.Transcript) map[string]Counts {
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

// totalCounts counts codes over the whole transcript.
func totalCounts(t *ally.Transcript) Counts {
	var c Counts
	for _, u := range t.Utterances {
		c.Add(u.Code.Label)
	}
	return c
}

// joinCounts renders counts as "change 3, sustain 2".
func joinCounts(cs []codeCount) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %d", c.label, c.n)
	}
	return strings.Join(parts, ", ")
}
