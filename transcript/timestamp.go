package transcript

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// maxSeconds bounds a time: a recording runs for hours, never past a day,
// and a time beyond one is a damaged file, whose span would make a timeline
// of millions of rows.
const maxSeconds = 24 * 3600

// beyondDay is the error for a time past maxSeconds, naming the line.
func beyondDay(name string, line int, secs float64) error {
	t := formatClock(secs)
	if secs >= 1e12 {
		t = strconv.FormatFloat(secs, 'g', 4, 64) + " seconds"
	}
	return lineError(name, line, "time %s is beyond a day's length; no session runs that long, so the file's times are damaged", t)
}

// readTime reads a time field of a row or an item: seconds ("12.5") or a
// clock ("00:01:02"). One it cannot read costs only itself, with a warning;
// one beyond a day refuses the file.
func readTime(name string, line int, w *warnings, what, s string) (*float64, error) {
	if s == "" {
		return nil, nil
	}
	v, ok := parseSeconds(s)
	switch {
	case !ok:
		w.add(line, "%s %q %s; it is left out", what, clip(s), timeProblem(s))
		return nil, nil
	case v > maxSeconds:
		return nil, beyondDay(name, line, v)
	}
	return f64(v), nil
}

// parseSeconds parses seconds as a number or a clock time.
func parseSeconds(s string) (float64, bool) {
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, v >= 0 && !math.IsInf(v, 0)
	}
	return parseClock(s)
}

// timeProblem says why parseSeconds refused s.
func timeProblem(s string) string {
	if v, err := strconv.ParseFloat(s, 64); err == nil && v < 0 {
		return "is negative"
	}
	return "is neither seconds nor hh:mm:ss"
}

// checkSpan drops an end before its start, with a warning: the words are
// still worth reading.
func checkSpan(w *warnings, line int, start, end *float64) *float64 {
	if start != nil && end != nil && *end < *start {
		w.add(line, "ends at %s, before it starts (%s); the end time is left out", formatClock(*end), formatClock(*start))
		return nil
	}
	return end
}

// parseClock parses a clock time "hh:mm:ss", "mm:ss" or either with a
// fraction after "." or "," (WebVTT uses ".", SRT ","), into seconds. The
// leading field may be any size (a recording can run past 99 minutes);
// the fields after it are below 60, written with one or two digits
// (Teams writes "0:0:13.540").
func parseClock(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false // most words tried as stamps are not
	}
	clock, frac, hasFrac := strings.Cut(s, ".")
	if !hasFrac {
		clock, frac, hasFrac = strings.Cut(s, ",")
	}
	fields := strings.Split(clock, ":")
	if len(fields) < 2 || len(fields) > 3 {
		return 0, false
	}
	var secs float64
	for i, f := range fields {
		n, ok := parseDigits(f, 6)
		if !ok || (i > 0 && (n >= 60 || len(f) > 2)) {
			return 0, false
		}
		secs = secs*60 + float64(n)
	}
	if hasFrac {
		n, ok := parseDigits(frac, 9)
		if !ok {
			return 0, false
		}
		secs += float64(n) / math.Pow10(len(frac))
	}
	return secs, true
}

// parseDigits parses 1 to max ASCII digits.
func parseDigits(s string, max int) (int, bool) {
	if s == "" || len(s) > max {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// partialClock reports whether s is a clock time cut short, such as
// "00:00:0", so messages can say "incomplete" rather than "malformed".
func partialClock(s string) bool {
	if s == "" {
		return true
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ':' && c != '.' && c != ',' {
			return false
		}
	}
	return len(s) < len("00:00:00.000")
}

// formatClock formats seconds as "hh:mm:ss.ttt" for messages.
func formatClock(secs float64) string {
	ms := int64(math.Round(secs * 1000))
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}
