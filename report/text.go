package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/ally-mi/ally"
)

// Text writes a report of one coded transcript for a terminal: who is who,
// the scorecard of its analysis (left out when a is nil), every utterance
// with its code and confidence, and the counts per code. No line is wider
// than 80 columns.
func Text(w io.Writer, t *ally.Transcript, a *ally.Analysis) error {
	p := &printer{w: bufio.NewWriter(w)}

	p.wrap(baseName(t.Name), "Session ", "        ")
	p.line("Format  " + t.Format)
	length := fmt.Sprintf("%d utterances", len(t.Utterances))
	if d, ok := duration(t); ok {
		length += ", " + clock(d)
	}
	p.line("Length  " + length)
	if len(t.Warnings) > 0 {
		p.line("")
		p.line("Read around")
		for _, w := range t.Warnings {
			p.wrap(w.String(), "  ", "    ")
		}
	}

	p.line("")
	p.line("Who is who")
	if len(t.Speakers) == 0 {
		p.line("  nobody spoke")
	}
	for _, s := range t.Speakers {
		p.wrap(fmt.Sprintf("%s: %s, %s sure", s.Name, s.Role, percent(s.Confidence)), "  ", "    ")
		if s.Reason != "" {
			p.wrap(s.Reason, "    ", "    ")
		}
	}

	if a != nil {
		scorecard(p, t, a)
	}

	p.line("")
	p.line("Coded transcript")
	for _, u := range t.Utterances {
		head := fmt.Sprintf("#%d", u.Index)
		if u.Start != nil {
			head += " [" + clock(*u.Start) + "]"
		}
		head += " " + u.Speaker + ": " + codeName(u.Code)
		if u.Code.Label != "" {
			head += " " + percent(u.Code.Confidence)
		}
		p.wrap(head, "  ", "      ")
		p.wrap(u.Text, "      ", "      ")
	}

	p.line("")
	p.line("Code counts")
	total := t.Counts()
	p.line("  All speakers")
	p.wrap(joinCounts(clientCounts(total)), "    ", "    ")
	p.wrap(joinCounts(practitionerCounts(total)), "    ", "    ")
	perSpeaker := t.CountsBySpeaker()
	for _, s := range t.Speakers {
		p.wrap(fmt.Sprintf("%s (%s)", s.Name, s.Role), "  ", "    ")
		p.wrap(joinCounts(roleCounts(perSpeaker[s.Name], s.Role)), "    ", "    ")
	}

	p.line("")
	p.line("Change talk  " + orDash(total.ChangeTalk(), "%.0f%% of change and sustain talk"))
	p.line("Reflections  " + orDash(ally.ReflectionsPerQuestion(total, a), "%.2f per question"))
	return p.flush()
}

// roleCounts returns the counts that belong to a speaker's role, plus any
// other code the speaker received, so an odd coding is shown, not hidden.
func roleCounts(c ally.Counts, role ally.Role) []codeCount {
	own, others := clientCounts(c), practitionerCounts(c)
	if role == ally.RolePractitioner {
		own, others = others, own
	}
	for _, o := range others {
		if o.n > 0 {
			own = append(own, o)
		}
	}
	return own
}

// duration returns how long the recorded part of the session lasted: from
// the first timed utterance's start to the last one's end (or start), so a
// recording whose clock starts at 01:00:00 is not an hour longer.
func duration(t *ally.Transcript) (float64, bool) {
	first, last, ok := 0.0, 0.0, false
	for _, u := range t.Utterances {
		for _, v := range []*float64{u.Start, u.End} {
			if v == nil {
				continue
			}
			if !ok {
				first, ok = *v, true
			}
			first, last = min(first, *v), max(last, *v)
		}
	}
	return last - first, ok
}

// orDash formats v, or "-" when it is undefined.
func orDash(v *float64, format string) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf(format, *v)
}

// printer writes lines and remembers the first write error, so the report
// code reads as a list of lines rather than a list of error checks.
type printer struct {
	w   *bufio.Writer
	err error
}

// line writes s and a newline; s must already fit in the width.
func (p *printer) line(s string) {
	if p.err == nil {
		_, p.err = p.w.WriteString(s + "\n")
	}
}

// wrap writes s wrapped to the report width with the given prefixes.
func (p *printer) wrap(s, first, rest string) {
	for _, l := range wrap(s, width, first, rest) {
		p.line(l)
	}
}

// flush writes out what is buffered and returns the first error.
func (p *printer) flush() error {
	if p.err != nil {
		return p.err
	}
	return p.w.Flush()
}
