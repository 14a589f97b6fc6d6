package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SummaryDocument is the JSON form of a summary of many sessions.
type SummaryDocument struct {
	Sessions []SessionSummary `json:"sessions"`
	// Failures lists the inputs that could not be read or coded.
	Failures []Failure `json:"failures"`
}

// SummaryJSON writes a SummaryDocument, indented. Both lists are arrays,
// never null, even when empty.
func SummaryJSON(w io.Writer, sessions []SessionSummary, failures []Failure) error {
	d := SummaryDocument{Sessions: sessions, Failures: failures}
	if d.Sessions == nil {
		d.Sessions = []SessionSummary{}
	}
	if d.Failures == nil {
		d.Failures = []Failure{}
	}
	return writeJSON(w, d)
}

// SummaryCSV writes one row per session under a header row, then one row per
// failure with only the name and the error filled in, so a spreadsheet of
// the run shows what is missing from it.
func SummaryCSV(w io.Writer, sessions []SessionSummary, failures []Failure) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"name", "format", "utterances", "practitioner", "clients",
		"change", "sustain", "neutral", "reflection", "question", "input", "other",
		"change_talk_pct", "reflection_question_ratio", "error"})
	for _, s := range sessions {
		c := s.Counts
		cw.Write([]string{s.Name, s.Format, strconv.Itoa(s.Utterances), s.Practitioner, strconv.Itoa(s.Clients),
			strconv.Itoa(c.Change), strconv.Itoa(c.Sustain), strconv.Itoa(c.Neutral),
			strconv.Itoa(c.Reflection), strconv.Itoa(c.Question), strconv.Itoa(c.Input), strconv.Itoa(c.Other),
			ratio(s.ChangeTalk, 1), ratio(s.ReflectionsPerQuestion, 2), ""})
	}
	for _, f := range failures {
		cw.Write([]string{f.Name, "", "", "", "", "", "", "", "", "", "", "", "", "", f.Message})
	}
	// csv.Writer keeps its first error and reports it here.
	cw.Flush()
	return cw.Error()
}

// Column widths of the summary table. The session name gets what is left of
// the 80 columns; the other columns are as wide as their headings.
const (
	practitionerWidth = 12
	fixedWidth        = 60 // everything but the name: indent, other columns, gaps
	minNameWidth      = 7  // "session"
)

// SummaryText writes a table of sessions for a terminal, one row each, then
// the failures with their messages. Long names are shortened to keep every
// line within 80 columns.
func SummaryText(w io.Writer, sessions []SessionSummary, failures []Failure) error {
	p := &printer{w: bufio.NewWriter(w)}
	nameWidth := minNameWidth
	for _, s := range sessions {
		nameWidth = max(nameWidth, utf8.RuneCountInString(s.Name))
	}
	nameWidth = min(nameWidth, width-fixedWidth)

	row := func(name, utts, prac, clients, change, sustain, ct, rq string) {
		p.line(fmt.Sprintf("  %-*s  %4s  %-*s  %7s %6s %7s %7s %5s",
			nameWidth, fit(name, nameWidth, true), utts,
			practitionerWidth, fit(prac, practitionerWidth, false),
			clients, change, sustain, ct, rq))
	}
	p.line(fmt.Sprintf("Sessions (%d)", len(sessions)))
	if len(sessions) > 0 {
		row("session", "utts", "practitioner", "clients", "change", "sustain", "%change", "R:Q")
	}
	for _, s := range sessions {
		row(s.Name, strconv.Itoa(s.Utterances), s.Practitioner, strconv.Itoa(s.Clients),
			strconv.Itoa(s.Counts.Change), strconv.Itoa(s.Counts.Sustain),
			orDash(s.ChangeTalk, "%.0f%%"), orDash(s.ReflectionsPerQuestion, "%.2f"))
	}
	if len(failures) > 0 {
		p.line("")
		p.line(fmt.Sprintf("Failed (%d)", len(failures)))
		for _, f := range failures {
			msg := f.Message
			// ally's readers name the file in their messages already;
			// naming it twice would read as two files.
			if !strings.Contains(msg, f.Name) {
				msg = f.Name + ": " + msg
			}
			p.wrap(msg, "  ", "    ")
		}
	}
	return p.flush()
}
