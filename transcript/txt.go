package transcript

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// txtLine is one non-blank line of a plain-text transcript, taken apart.
type txtLine struct {
	line  int
	stamp *float64
	name  string // the "Name:" candidate, "" if the line has none
	rest  string // the text after the name, or the whole line
	raw   string // the line as written
}

// readTXT reads plain text: "Name: text" lines with optional [hh:mm:ss]
// stamps, where a line without a name continues the previous turn (Rev
// writes "Name (00:00:02):" over the text, and a stamp alone on a line
// where a turn runs on); or blocks with a header over each paragraph:
// Otter's "Name  0:13" (or "**Name**  0:13") and the "[Name] 11:02:09" of
// Zoom's saved transcript. A tool's footer ("Transcribed by
// https://otter.ai") is not speech.
func readTXT(name, text string, _ *warnings) ([]segment, error) {
	lines := strings.Split(text, "\n")
	if isOtter(lines) {
		return readOtter(name, lines)
	}
	filter := newNameFilter()
	parsed := make([]txtLine, 0, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" || isFooter(l) {
			continue
		}
		tl := txtLine{line: i + 1, raw: l}
		tl.stamp, tl.rest = cutStamp(l)
		if tl.stamp != nil && strings.Trim(tl.rest, ": \t") == "" {
			continue // a stamp alone on its line marks time within a turn
		}
		if n, rest, ok := cutName(tl.rest); ok {
			if s, bare := cutTrailingStamp(n); bare != "" && plausibleName(bare) {
				n = bare
				if tl.stamp == nil {
					tl.stamp = s
				}
			}
			tl.name = n
			filter.add(n)
			var s *float64
			if s, tl.rest = cutStamp(rest); tl.stamp == nil {
				tl.stamp = s
			}
		}
		parsed = append(parsed, tl)
	}
	var (
		segs  []segment
		parts []string // the text of the last segment, joined when it ends
	)
	for _, tl := range parsed {
		if tl.name != "" && filter.accept(tl.name) {
			if tl.stamp != nil && *tl.stamp > maxSeconds {
				return nil, beyondDay(name, tl.line, *tl.stamp)
			}
			endSegment(segs, parts)
			segs = append(segs, segment{speaker: tl.name, start: tl.stamp, line: tl.line})
			parts = append(parts[:0], tl.rest)
			continue
		}
		if len(segs) == 0 {
			continue // a title or date above the first turn
		}
		if tl.name != "" || !strings.HasPrefix(strings.TrimSpace(tl.raw), "[") {
			// A rejected candidate ("The point: ...") or a clock time
			// starting a sentence ("5:30 is early") is part of the text.
			tl.rest = tl.raw
		}
		parts = append(parts, tl.rest)
	}
	endSegment(segs, parts)
	if len(segs) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "%s: no speaker names found; ally needs to know who said what: start each turn with \"Name: \"", name)
	}
	return segs, nil
}

// cutStamp cuts a leading time stamp, "[hh:mm:ss]", "(mm:ss)" or a bare
// "hh:mm:ss", from s.
func cutStamp(s string) (*float64, string) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if t == "" {
		return nil, s
	}
	var inner, rest string
	switch t[0] {
	case '[', '(':
		closer := map[byte]byte{'[': ']', '(': ')'}[t[0]]
		k := strings.IndexByte(t, closer)
		if k < 0 {
			return nil, s
		}
		inner, rest = strings.TrimSpace(t[1:k]), t[k+1:]
	default:
		k := strings.IndexFunc(t, unicode.IsSpace)
		if k < 0 {
			k = len(t)
		}
		inner, rest = t[:k], t[k:]
	}
	secs, ok := parseClock(inner)
	if !ok {
		return nil, s
	}
	return f64(secs), strings.TrimLeftFunc(rest, unicode.IsSpace)
}

// cutTrailingStamp splits "Dana [00:01:02]" into the stamp and "Dana".
func cutTrailingStamp(s string) (*float64, string) {
	if s == "" || (s[len(s)-1] != ']' && s[len(s)-1] != ')') {
		return nil, ""
	}
	k := strings.LastIndexAny(s, "[(")
	if k < 0 {
		return nil, ""
	}
	secs, ok := parseClock(strings.TrimSpace(s[k+1 : len(s)-1]))
	if !ok {
		return nil, ""
	}
	return f64(secs), strings.TrimSpace(s[:k])
}

// otterHeader parses a speaker header alone on its line: a capitalised
// name, white space and a stamp such as "0:13" or "1:02:03". Otter may
// write the name in bold ("**Ali**  0:00"); Zoom's saved transcript puts it
// in brackets ("[Ali Khan] 11:02:09").
func otterHeader(line string) (name string, stamp float64, ok bool) {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	k := strings.LastIndexFunc(line, unicode.IsSpace)
	if k < 0 {
		return "", 0, false
	}
	stamp, ok = parseClock(line[k+1:])
	if !ok || strings.ContainsAny(line[k+1:], ".,") {
		return "", 0, false
	}
	name = strings.TrimSpace(line[:k])
	if n, ok := strings.CutPrefix(name, "**"); ok {
		if name, ok = strings.CutSuffix(n, "**"); !ok {
			return "", 0, false
		}
	} else if n, ok := strings.CutPrefix(name, "["); ok {
		if name, ok = strings.CutSuffix(n, "]"); !ok {
			return "", 0, false
		}
	}
	name = strings.TrimSpace(name)
	if !plausibleName(name) || strings.ContainsRune(name, ':') || !capitalised(name) {
		return "", 0, false
	}
	return name, stamp, true
}

// capitalised reports whether every word of a name starts with a capital
// or a digit, or is a particle such as "del" or "van".
func capitalised(name string) bool {
	for k, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !uncased(r) && (k == 0 || !particles[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}

// isFooter reports whether line is a transcription tool's credit, such as
// "Transcribed by https://otter.ai": a URL or domain after "Transcribed by".
func isFooter(line string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(strings.TrimSpace(line)), "transcribed by ")
	rest = strings.TrimSpace(rest)
	return ok && !strings.ContainsAny(rest, " \t") && strings.Contains(rest, ".")
}

// isOtter reports whether the text is laid out in Otter blocks: it opens
// with a header, or has at least two headers and no more "Name:" lines.
func isOtter(lines []string) bool {
	headers, named, first := 0, 0, true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" || isFooter(l) {
			continue
		}
		if _, _, ok := otterHeader(l); ok {
			if first {
				return true
			}
			headers++
		} else if _, _, ok := cutName(l); ok {
			named++
		}
		first = false
	}
	return headers >= 2 && headers >= named
}

// readOtter reads Otter blocks; lines above the first header (a title, a
// date) are skipped.
func readOtter(name string, lines []string) ([]segment, error) {
	var (
		segs  []segment
		parts []string
	)
	for i, l := range lines {
		if n, stamp, ok := otterHeader(l); ok {
			if stamp > maxSeconds {
				return nil, beyondDay(name, i+1, stamp)
			}
			endSegment(segs, parts)
			segs = append(segs, segment{speaker: n, start: f64(stamp), line: i + 1})
			parts = parts[:0]
		} else if len(segs) > 0 && strings.TrimSpace(l) != "" && !isFooter(l) {
			parts = append(parts, l)
		}
	}
	endSegment(segs, parts)
	return segs, nil
}

// endSegment sets the text of the last segment to its parts, joined once
// so that long turns cost linear time.
func endSegment(segs []segment, parts []string) {
	if len(segs) > 0 {
		segs[len(segs)-1].text = strings.Join(parts, " ")
	}
}
