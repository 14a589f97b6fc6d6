package transcript

import (
	"strings"

	"github.com/ally-mi/ally"
)

// segment is one speaker's words from one cue, line or row.
type segment struct {
	speaker    string
	text       string
	start, end *float64
	line       int // 1-based source line, 0 when unknown
}

// merge joins consecutive segments of one speaker into one utterance, since
// captioning tools split a turn into cues of a few seconds each, and drops
// segments without text.
func merge(segs []segment) []ally.Utterance {
	var (
		us    = make([]ally.Utterance, 0, len(segs))
		parts []string // the texts of the last utterance, joined when it ends
	)
	endUtterance := func() {
		if len(parts) > 1 {
			us[len(us)-1].Text = strings.Join(parts, " ")
		}
	}
	for _, s := range segs {
		s.speaker = cleanSpace(s.speaker)
		s.text = cleanSpace(s.text)
		if s.speaker == "" || s.text == "" {
			continue
		}
		if n := len(us); n > 0 && us[n-1].Speaker == s.speaker {
			u := &us[n-1]
			parts = append(parts, s.text)
			if u.Start == nil {
				u.Start = s.start
			}
			if s.end != nil {
				u.End = s.end
			}
			continue
		}
		endUtterance()
		parts = append(parts[:0], s.text)
		us = append(us, ally.Utterance{
			Index:   len(us),
			Speaker: s.speaker,
			Start:   s.start,
			End:     s.end,
			Text:    s.text,
			Line:    s.line,
		})
	}
	endUtterance()
	return us
}

// cleanSpace collapses runs of white space (including the no-break spaces
// of "&nbsp;") into one space and trims the ends.
func cleanSpace(s string) string {
	if !needsClean(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func needsClean(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80 {
			return true
		}
		if c == ' ' && prevSpace {
			return true
		}
		prevSpace = c == ' '
	}
	return false
}

// f64 returns a pointer to v, for optional times.
func f64(v float64) *float64 { return &v }
