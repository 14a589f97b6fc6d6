package report

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"github.com/ally-mi/ally"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SummaryDocument is the JSON form of a summary of many sessions.
type SummaryDocument struct {
	Sessions []ally.SessionSummary `json:"sessions"`
	// Failures lists the inputs that could not be read or coded.
	Failures []Failure `json:"failures"`
}

// SummaryJSON writes a SummaryDocument, indented. Both lists are arrays,
// never null, even when empty.
func SummaryJSON(w io.Writer, sessions []ally.SessionSummary, failures []Failure) error {
	d := SummaryDocument{Sessions: sessions, Failures: failures}
	if d.Sessions == nil {
		d.Sessions = []ally.SessionSummary{}
	}
	if d.Failures == nil {
		d.Failures = []Failure{}
	}
	return writeJSON(w, d)
}

// SummaryCSV writes one row per session under a header row, then one row per
// failure with only the name and the error filled in, so a spreadsheet of
// the run shows what is missing from it. The error is always the last column.
func SummaryCSV(w io.Writer, sessions []ally.SessionSummary, failures []Failure) error {
	cw := csv.NewWriter(w)
	header := []string{"name", "format", "utterances", "practitioner", "clients",
		"change", "sustain", "neutral", "reflection", "question", "input", "other",
		"change_talk_pct", "reflection_question_ratio", "score"}
	for _, id := range guidelineIDs() {
		id = strings.ToLower(id)
		header = append(header, id+"_status", id+"_score")
	}
	header = append(header, "error")
	cw.Write(header)
	for _, s := range sessions {
		c := s.Counts
		row := []string{s.Name, s.Format, strconv.Itoa(s.Utterances), s.Practitioner, strconv.Itoa(s.Clients),
			strconv.Itoa(c.Change), strconv.Itoa(c.Sustain), strconv.Itoa(c.Neutral),
			strconv.Itoa(c.Reflection), strconv.Itoa(c.Question), strconv.Itoa(c.Input), strconv.Itoa(c.Other),
			ratio(s.ChangeTalk, 1), ratio(s.ReflectionsPerQuestion, 2), ratio(s.Score, 1)}
		for _, id := range guidelineIDs() {
			g, _ := s.Guideline(id)
			row = append(row, g.Status, ratio(g.Score, 1))
		}
		cw.Write(append(row, ""))
	}
	for _, f := range failures {
		row := make([]string, len(header))
		row[0], row[len(row)-1] = f.Name, f.Message
		cw.Write(row)
	}
	// csv.Writer keeps its first error and reports it here.
	cw.Flush()
	return cw.Error()
}

// Column widths of the summary table. The session name gets what is left of
// the 80 columns; the other columns are as wide as their headings.
const (
	fixedWidth   = 56 // everything but the name: indent, other columns, gaps
	minNameWidth = 7  // "session"
)

// SummaryText writes a table of sessions for a terminal, one row each with
// the score and each guideline's status, then the failures with their
// messages. Long names are shortened to keep every line within 80 columns.
func SummaryText(w io.Writer, sessions []ally.SessionSummary, failures []Failure) error {
	p := &printer{w: bufio.NewWriter(w)}
	var names []string
	for _, s := range sessions {
		names = append(names, s.Name)
	}
	dir := commonDir(names)
	nameWidth := minNameWidth
	for _, s := range sessions {
		nameWidth = max(nameWidth, utf8.RuneCountInString(s.Name)-utf8.RuneCountInString(dir))
	}
	nameWidth = min(nameWidth, width-fixedWidth)

	row := func(name, utts, score string, statuses []string, ct, rq string) {
		p.line(fmt.Sprintf("  %-*s  %4s  %5s  %-4s %-4s %-4s %-4s %-4s  %7s %5s",
			nameWidth, fit(name, nameWidth, true), utts, score,
			statuses[0], statuses[1], statuses[2], statuses[3], statuses[4], ct, rq))
	}
	head := fmt.Sprintf("Sessions (%d)", len(sessions))
	if dir != "" {
		head += " in " + dir
	}
	p.line(head)
	if len(sessions) > 0 {
		row("session", "utts", "score", guidelineIDs(), "%change", "R:Q")
	}
	for _, s := range sessions {
		var statuses []string
		for _, id := range guidelineIDs() {
			g, ok := s.Guideline(id)
			if !ok {
				statuses = append(statuses, "-")
				continue
			}
			statuses = append(statuses, shortStatus(g.Status))
		}
		row(strings.TrimPrefix(s.Name, dir), strconv.Itoa(s.Utterances), orDash(s.Score, "%.0f"), statuses,
			orDash(s.ChangeTalk, "%.0f%%"), orDash(s.ReflectionsPerQuestion, "%.2f"))
	}
	if len(sessions) > 0 {
		p.line("")
		p.wrap("score: working with resistance, 0-100. G1-G5: the five guidelines, "+
			"good, fair, work (needs work) or n/a (not applicable).", "  ", "  ")
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

// commonDir returns the directory, ending in a slash, that every name is
// in, so a table can name it once; "" when they share none.
func commonDir(names []string) string {
	if len(names) == 0 {
		return ""
	}
	dir := names[0]
	for _, n := range names {
		for !strings.HasPrefix(n, dir) {
			dir = dir[:len(dir)-1]
		}
	}
	i := strings.LastIndexAny(dir, `/\`)
	if i < 0 {
		return ""
	}
	return dir[:i+1]
}
