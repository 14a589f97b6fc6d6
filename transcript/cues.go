package transcript

import (
	"strings"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// cueLine is one line of cue text with the voice (speaker) a <v> tag gave
// it, if any, and its cue's times.
type cueLine struct {
	voice      string
	text       string
	line       int
	start, end *float64
}

// readCues reads the cue blocks WebVTT and SRT share: an optional id line,
// a timing line "start --> end [settings]", then text lines up to a blank
// line. vtt also skips the WEBVTT header and NOTE, STYLE and REGION blocks.
func readCues(name, text string, vtt bool) ([]segment, error) {
	lines := strings.Split(text, "\n")
	i := 0
	for i < len(lines)-1 && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if vtt && isBlockKeyword(lines[i], "WEBVTT") {
		// The header runs to the first blank line; a timing line ends it
		// too, since some tools leave out the blank line (and a cue id
		// just above it is not needed).
		i++
		for i < len(lines) && strings.TrimSpace(lines[i]) != "" && !strings.Contains(lines[i], "-->") {
			i++
		}
	}
	last := len(lines) - 1
	for last > 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	var (
		cls   []cueLine
		order orderCheck
	)
	for i < len(lines) {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		block, first := lines[i:j], i+1
		i = j
		if vtt && (isBlockKeyword(block[0], "NOTE") || isBlockKeyword(block[0], "STYLE") || isBlockKeyword(block[0], "REGION")) {
			continue
		}
		t := 0
		if !strings.Contains(block[0], "-->") {
			t = 1
			if len(block) < 2 || !strings.Contains(block[1], "-->") {
				return nil, lineError(name, first, "expected a cue timing line such as \"00:00:01.000 --> 00:00:04.000\", found %q", clip(block[0]))
			}
		}
		timingLine := first + t
		start, end, err := parseTiming(name, timingLine, block[t])
		if err != nil {
			return nil, err
		}
		if err := order.check(name, timingLine, "cue", start); err != nil {
			return nil, err
		}
		body := block[t+1:]
		if len(body) == 0 {
			if j > last {
				return nil, lineError(name, timingLine, "the last cue has a timing line but no text; is the file cut short?")
			}
			continue // an empty cue in the middle marks a pause
		}
		voice := ""
		for k, l := range body {
			if strings.Contains(l, "-->") {
				return nil, lineError(name, timingLine+1+k, "cue timing inside the text of the cue above; is a blank line missing before it?")
			}
			var spans []voiceSpan
			spans, voice = splitVoices(l, voice)
			for _, sp := range spans {
				cls = append(cls, cueLine{voice: sp.voice, text: sp.text, line: timingLine + 1 + k, start: start, end: end})
			}
		}
	}
	return nameCueLines(name, cls)
}

// isBlockKeyword reports whether line is keyword alone or followed by a
// space or tab, as WebVTT requires ("NOTEBOOK" is cue text).
func isBlockKeyword(line, keyword string) bool {
	rest, ok := strings.CutPrefix(line, keyword)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// parseTiming parses "start --> end" followed by optional cue settings.
func parseTiming(name string, line int, s string) (start, end *float64, err error) {
	l, r, _ := strings.Cut(s, "-->")
	fields := strings.Fields(r)
	ls, rs := strings.TrimSpace(l), ""
	if len(fields) > 0 {
		rs = fields[0]
	}
	a, okA := parseClock(ls)
	b, okB := parseClock(rs)
	switch {
	case (!okA && partialClock(ls)) || (!okB && partialClock(rs)):
		return nil, nil, lineError(name, line, "cue timing %q is incomplete", clip(strings.TrimSpace(s)))
	case !okA || !okB:
		return nil, nil, lineError(name, line, "cue timing %q is malformed; want hh:mm:ss.ttt --> hh:mm:ss.ttt", clip(strings.TrimSpace(s)))
	case b < a:
		return nil, nil, lineError(name, line, "cue ends at %s, before it starts (%s)", formatClock(b), formatClock(a))
	}
	return f64(a), f64(b), nil
}

// nameCueLines gives every cue line a speaker: its voice tag, else a
// "Name:" prefix, else the speaker of the line before (a turn spans cues).
func nameCueLines(name string, cls []cueLine) ([]segment, error) {
	filter := newNameFilter()
	for _, c := range cls {
		if c.voice == "" {
			if n, _, ok := cutName(c.text); ok {
				filter.add(n)
			}
		}
	}
	segs := make([]segment, 0, len(cls))
	speaker := ""
	for _, c := range cls {
		text := c.text
		if c.voice != "" {
			speaker = c.voice
		} else if n, rest, ok := cutName(text); ok && filter.accept(n) {
			speaker, text = n, rest
		}
		if speaker == "" {
			if strings.TrimSpace(text) == "" {
				continue
			}
			if len(filter.counts) == 0 && !hasVoice(cls) {
				return nil, noSpeakersError(name)
			}
			return nil, lineError(name, c.line, "cue text %q has no speaker name and no earlier cue names one; add \"Name:\" before it", clip(text))
		}
		segs = append(segs, segment{speaker: speaker, text: text, start: c.start, end: c.end, line: c.line})
	}
	return segs, nil
}

func hasVoice(cls []cueLine) bool {
	for _, c := range cls {
		if c.voice != "" {
			return true
		}
	}
	return false
}

func noSpeakersError(name string) error {
	return ally.Errorf(ally.EINVALID, "%s: no speaker names found; ally needs to know who said what: add 'Name:' before each cue's text", name)
}

// clip shortens s for quoting in a message.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
