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
// stamps, where a line without a name continues the previous turn; or
// Otter-style blocks, a "Name  0:13" header over each paragraph.
func readTXT(name, text string) ([]segment, error) {
	lines := strings.Split(text, "\n")
	if isOtter(lines) {
		return readOtter(name, lines)
	}
	filter := newNameFilter()
	parsed := make([]txtLine, 0, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		tl := txtLine{line: i + 1, raw: l}
		tl.stamp, tl.rest = cutStamp(l)
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
		order orderCheck
	)
	for _, tl := range parsed {
		if tl.name != "" && filter.accept(tl.name) {
			if err := order.check(name, tl.line, "utterance", tl.stamp); err != nil {
				return nil, err
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

// otterHeader parses an Otter speaker header: a capitalised name, white
// space, and a stamp such as "0:13" or "1:02:03", alone on the line.
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
	if !plausibleName(name) || strings.ContainsRune(name, ':') {
		return "", 0, false
	}
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return "", 0, false
		}
	}
	return name, stamp, true
}

// isOtter reports whether the text is laid out in Otter blocks: it opens
// with a header, or has at least two headers and no more "Name:" lines.
func isOtter(lines []string) bool {
	headers, named, first := 0, 0, true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
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
		order orderCheck
	)
	for i, l := range lines {
		if n, stamp, ok := otterHeader(l); ok {
			if err := order.check(name, i+1, "block", &stamp); err != nil {
				return nil, err
			}
			endSegment(segs, parts)
			segs = append(segs, segment{speaker: n, start: f64(stamp), line: i + 1})
			parts = parts[:0]
		} else if len(segs) > 0 && strings.TrimSpace(l) != "" {
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
