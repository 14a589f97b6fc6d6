// Package report renders coded transcripts and their analysis for people and
// for programs: a report for an 80-column terminal, the JSON document the
// rest of ally reads, a CSV of coded utterances, a self-contained HTML page
// with a timeline, and a table that summarises many sessions.
package report

import (
	"fmt"
	"strings"

	"github.com/ally-mi/ally"
)

// codeCount is one code and its count, for rendering Counts in order.
type codeCount struct {
	label string
	n     int
}

// clientCounts returns the client talk counts in report order.
func clientCounts(c ally.Counts) []codeCount {
	return []codeCount{
		{ally.CodeChange, c.Change},
		{ally.CodeSustain, c.Sustain},
		{ally.CodeNeutral, c.Neutral},
	}
}

// practitionerCounts returns the practitioner behaviour counts in report order.
func practitionerCounts(c ally.Counts) []codeCount {
	return []codeCount{
		{ally.CodeReflection, c.Reflection},
		{ally.CodeQuestion, c.Question},
		{ally.CodeInput, c.Input},
		{ally.CodeOther, c.Other},
	}
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

// joinCounts renders counts as "change 3, sustain 2".
func joinCounts(cs []codeCount) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %d", c.label, c.n)
	}
	return strings.Join(parts, ", ")
}
