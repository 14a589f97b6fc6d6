package analysis

import (
	"strings"

	"github.com/ally-mi/ally/analysis/lex"
	"regexp"

	"github.com/ally-mi/ally"
)

// A report presents a client utterance as resistance only when it is sure
// enough to be right most of the time (docs/analysis.md, "Moments"): the
// coder's confidence in the sustain code, and the words themselves.
const (
	// sureCode is the confidence at which a sustain code is trusted on its
	// own: hand-coded data, or a coder with no doubt.
	sureCode = 0.9
	// leastCode is the least confidence at which the words may confirm it.
	leastCode = 0.5
)

// sustainSigns are words that speak for keeping things as they are, and
// changeSigns words that speak for changing; both are matched on the
// lower-cased text. They were chosen on the even sessions of AnnoMI's
// development part only.
var (
	sustainSigns = regexp.MustCompile(`\bbut\b|can't|cannot|don't want|not gonna|not going to|\bi like\b|enjoy|relax|\bhard\b|not easy|` +
		`don't have (the )?time|don't see|afford|normal|hasn't caused|i don't think|no problem|\bfun\b|don't like (it|the way|medicine)|` +
		`not certain|not sure|heard|stress|used to|why don't you|social`)
	changeSigns = regexp.MustCompile(`sick of|don't like (how|the amount)|cut down|trying not|i need to|\bi want to\b|\bhelp\b|\bquit\b|` +
		`\bstop\b|too much|not good for|should|manageable|right path`)
)

// sureSustain reports whether client utterance i, coded sustain talk, may
// be presented as resistance: coded with no doubt, or coded with some
// confidence and worded for keeping things as they are and not for change.
func (s *session) sureSustain(i int) bool {
	if !s.is(i, ally.CodeSustain, "") {
		return false
	}
	c := s.conf(i)
	if c >= sureCode {
		return true
	}
	low := strings.ToLower(lex.Straighten(s.us[i].Text))
	return c >= leastCode && sustainSigns.MatchString(low) && !changeSigns.MatchString(low)
}
