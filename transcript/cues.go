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

// cueReader reads the cue blocks WebVTT and SRT share: an optional id line,
// a timing line "start --> end [settings]", then text lines. It reads them
// as captioning tools write them rather than as the specifications would
// like: a bad timing costs the cue its times, not the file; a blank line
// inside a cue's text, or none between cues, is read through; cues are
// taken in the file's order, overlapping or not.
type cueReader struct {
	name  string
	vtt   bool
	lines []string
	warn  *warnings

	cls []cueLine
	// open is true while text lines belong to the last cue: after its
	// timing line, up to a blank line.
	open bool
	// cues counts the timing lines read so far.
	cues int
	// skipping is true inside a NOTE, STYLE or REGION block and the blocks
	// without timings that follow it, which are its rest.
	skipping bool
	// start and end are the times of the last cue, nil when it has none.
	start, end *float64
	// textLines counts the text lines of the last cue.
	textLines int
	// timingLine is the line of the last cue's timing.
	timingLine int
	// voice is the <v> voice in force in the last cue's text.
	voice string
}

// readCues reads WebVTT (vtt) or SRT cues into segments.
func readCues(name, text string, vtt bool, w *warnings) ([]segment, error) {
	r := &cueReader{name: name, vtt: vtt, lines: strings.Split(text, "\n"), warn: w}
	if err := r.read(); err != nil {
		return nil, err
	}
	return nameCueLines(name, r.cls, w)
}

func (r *cueReader) read() error {
	lines := r.lines
	i := 0
	for i < len(lines)-1 && isBlank(lines[i]) {
		i++
	}
	if r.vtt && isBlockKeyword(lines[i], "WEBVTT") {
		// The header runs to the first blank line; a timing line ends it
		// too, since some tools leave out the blank line.
		i++
		for i < len(lines) && !isBlank(lines[i]) && !r.isTiming(i) {
			i++
		}
	}
	blockStart := true // the line opens a block: after a blank line or the header
	for ; i < len(lines); i++ {
		l := lines[i]
		if isBlank(l) {
			r.open, blockStart = false, true
			continue
		}
		first := blockStart
		blockStart = false
		switch {
		case r.isTiming(i):
			if err := r.timing(i); err != nil {
				return err
			}
		case r.isID(i, first):
			// A cue id: the line above a timing.
		case first && r.vtt && (isBlockKeyword(l, "NOTE") || isBlockKeyword(l, "STYLE") || isBlockKeyword(l, "REGION")):
			r.open, r.skipping = false, true
		case r.open:
			r.text(i)
		case r.skipping:
			// The rest of a NOTE, STYLE or REGION block, blank lines and all.
		case r.cues == 0:
			r.warn.add(i+1, "text %q before the first cue timing is left out", clip(strings.TrimSpace(l)))
			r.skipping = true
		default:
			// Text after a blank line inside a cue: the tool broke the
			// cue's text with a blank line, and the words still count.
			r.warn.add(i+1, "text after a blank line, with no cue timing of its own; read as more of the cue above")
			r.open = true
			r.text(i)
		}
	}
	if r.cues > 0 && r.textLines == 0 {
		r.warn.add(r.timingLine, "the last cue has a timing line but no text; is the file cut short?")
	}
	return nil
}

// isBlank reports whether a line holds only white space (a form feed
// included, as word processors put one between pages).
func isBlank(l string) bool { return strings.TrimSpace(l) == "" }

// isTiming reports whether line i is a cue timing line: an arrow ("-->",
// or a mistyped "->") with a clock time, whole or broken, on one side. A
// cue id that contains "-->" has no clock beside it, and a sentence with an
// arrow in it neither.
func (r *cueReader) isTiming(i int) bool {
	l, rest, ok := strings.Cut(r.lines[i], "->")
	if !ok {
		return false
	}
	l = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(l), "-"))
	if l == "" {
		// "--> 00:00:02.000": a timing whose start is missing.
		f := strings.Fields(rest)
		return len(f) > 0 && clockShaped(f[0])
	}
	return clockShaped(l)
}

// clockShaped reports whether s is made of the characters of a clock time
// and starts with a digit: "00:01:02.500", "0:0:13.54", "00:61:00", "00:0".
func clockShaped(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ':' && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// isID reports whether line i is a cue id: the first line of a block with a
// timing under it, or a number alone above one (an SRT index, where a tool
// left out the blank line before it).
func (r *cueReader) isID(i int, first bool) bool {
	if i+1 >= len(r.lines) || !r.isTiming(i+1) {
		return false
	}
	return first || isDigits(strings.TrimSpace(r.lines[i]))
}

// timing reads the timing line i and opens its cue.
func (r *cueReader) timing(i int) error {
	s := strings.TrimSpace(r.lines[i])
	start, end, problem := parseTiming(s)
	for _, t := range []*float64{start, end} {
		if t != nil && *t > maxSeconds {
			return beyondDay(r.name, i+1, *t)
		}
	}
	kept := "without its times"
	if problem != "" && start != nil {
		end, kept = nil, "with its start time only"
	}
	switch problem {
	case "":
		end = checkSpan(r.warn, i+1, start, end)
	case "incomplete":
		r.warn.add(i+1, "cue timing %q is incomplete; the cue's text is kept %s", clip(s), kept)
	default:
		r.warn.add(i+1, "cue timing %q is malformed (want hh:mm:ss.ttt --> hh:mm:ss.ttt); the cue's text is kept %s", clip(s), kept)
	}
	r.cues++
	r.open, r.skipping = true, false
	r.start, r.end, r.textLines, r.timingLine, r.voice = start, end, 0, i+1, ""
	return nil
}

// text reads line i as text of the open cue.
func (r *cueReader) text(i int) {
	r.textLines++
	var spans []voiceSpan
	spans, r.voice = splitVoices(r.lines[i], r.voice)
	for _, sp := range spans {
		r.cls = append(r.cls, cueLine{voice: sp.voice, text: sp.text, line: i + 1, start: r.start, end: r.end})
	}
}

// isBlockKeyword reports whether line is keyword alone or followed by a
// space or tab, as WebVTT requires ("NOTEBOOK" is cue text).
func isBlockKeyword(line, keyword string) bool {
	rest, ok := strings.CutPrefix(line, keyword)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// parseTiming parses "start --> end" followed by optional cue settings.
// problem is "" for a good timing, "incomplete" for one cut short and
// "malformed" otherwise; the times that parsed are returned either way.
func parseTiming(s string) (start, end *float64, problem string) {
	l, r, arrow := strings.Cut(s, "-->")
	if !arrow {
		return nil, nil, "malformed"
	}
	fields := strings.Fields(r)
	ls, rs := strings.TrimSpace(l), ""
	if len(fields) > 0 {
		rs = fields[0]
	}
	a, okA := parseClock(ls)
	b, okB := parseClock(rs)
	if okA {
		start = f64(a)
	}
	if okB {
		end = f64(b)
	}
	switch {
	case okA && okB:
		return start, end, ""
	case (!okA && partialClock(ls)) || (!okB && partialClock(rs)):
		return start, end, "incomplete"
	}
	return start, end, "malformed"
}

// nameCueLines gives every cue line a speaker: its voice tag, else a
// "Name:" prefix, else the speaker of the line before (a turn spans cues).
// Lines before the first named one have no speaker and are left out, with
// a warning.
func nameCueLines(name string, cls []cueLine, w *warnings) ([]segment, error) {
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
			w.add(c.line, "cue text %q names no speaker and comes before any cue that does; it is left out", clip(text))
			continue
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
