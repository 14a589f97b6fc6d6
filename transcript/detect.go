package transcript

import (
	"path/filepath"
	"strings"
	"unicode"
)

// detect tells which format text is in ("vtt", "srt", "txt", "csv" or
// "json"), by its content first and its file name second, since files are
// often saved with the wrong extension. Plain text is the fallback, since
// any text can be read as "Name: text" lines.
func detect(name, text string) string {
	t := strings.TrimLeftFunc(text, unicode.IsSpace)
	first, rest, _ := strings.Cut(t, "\n")
	second, _, _ := strings.Cut(rest, "\n")
	first, second = strings.TrimSpace(first), strings.TrimSpace(second)
	switch {
	case isBlockKeyword(first, "WEBVTT"):
		return "vtt"
	case strings.HasPrefix(t, "{"), strings.HasPrefix(t, "[") && looksJSONArray(t):
		return "json"
	case strings.Contains(first, "-->"):
		return cueFormat(first)
	case strings.Contains(second, "-->") && isDigits(first):
		return "srt"
	case strings.Contains(second, "-->"):
		return cueFormat(second) // a WebVTT cue id before the timing
	case isCSVHeader(first):
		return "csv"
	case isTXTLine(first):
		return "txt"
	}
	if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), ".")); ext != "" {
		if _, err := readerFor(name, ext); err == nil {
			return ext
		}
	}
	return "txt"
}

// looksJSONArray tells a JSON array from a text line starting "[00:01]".
func looksJSONArray(t string) bool {
	t = strings.TrimLeftFunc(t[1:], unicode.IsSpace)
	return t == "" || t[0] == '{' || t[0] == ']'
}

// cueFormat tells SRT timings ("00:00:01,000") from WebVTT ("00:00:01.000").
func cueFormat(timing string) string {
	start, _, _ := strings.Cut(timing, "-->")
	if strings.Contains(start, ",") {
		return "srt"
	}
	return "vtt"
}

func isDigits(s string) bool {
	_, ok := parseDigits(s, 9)
	return ok
}

// isCSVHeader reports whether line names a speaker and a text column.
func isCSVHeader(line string) bool {
	sep := string(sniffDelimiter(line))
	if !strings.Contains(line, sep) {
		return false
	}
	fields := strings.Split(line, sep)
	for i, f := range fields {
		fields[i] = strings.Trim(strings.TrimSpace(f), `"`)
	}
	fields = normaliseHeader(fields)
	return findColumn(fields, csvColumns["text"]) >= 0 && findColumn(fields, csvColumns["speaker"]) >= 0
}

// isTXTLine reports whether line opens a plain-text transcript: "Name:
// text" (after an optional stamp) or an Otter header.
func isTXTLine(line string) bool {
	if _, _, ok := otterHeader(line); ok {
		return true
	}
	_, rest := cutStamp(line)
	_, _, ok := cutName(rest)
	return ok
}
