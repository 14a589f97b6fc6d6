package transcript

import (
	"fmt"
	"math"
	"strings"
)

// checkSpan refuses an utterance that ends before it starts.
func checkSpan(name string, line int, start, end *float64) error {
	if start != nil && end != nil && *end < *start {
		return lineError(name, line, "utterance ends at %s, before it starts (%s)", formatClock(*end), formatClock(*start))
	}
	return nil
}

// parseClock parses a clock time "hh:mm:ss", "mm:ss" or either with a
// fraction after "." or "," (WebVTT uses ".", SRT ","), into seconds. The
// leading field may be any size (a recording can run past 99 minutes);
// the fields after it are below 60.
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
		if !ok || (i > 0 && (n >= 60 || len(f) != 2)) {
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

// orderCheck rejects a transcript whose times go backwards, which means
// cues were shuffled or two files were pasted together. Overlaps are fine:
// people talk over each other.
type orderCheck struct {
	prev    float64
	prevSet bool
}

func (c *orderCheck) check(name string, line int, noun string, start *float64) error {
	if start == nil {
		return nil
	}
	if c.prevSet && *start < c.prev {
		return lineError(name, line, "%s starts at %s, before the previous %s (%s)",
			noun, formatClock(*start), noun, formatClock(c.prev))
	}
	c.prev, c.prevSet = *start, true
	return nil
}
