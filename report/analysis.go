package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// guidelineIDs lists the five guidelines in order. Summaries have a column
// for each, so their header stays the same whatever a session contains.
func guidelineIDs() []string { return []string{"G1", "G2", "G3", "G4", "G5"} }

// shortStatus abbreviates a status to four columns for the summary table.
func shortStatus(status string) string {
	switch status {
	case ally.StatusNeedsWork:
		return "work"
	case ally.StatusNotApplicable:
		return "n/a"
	case "":
		return "-"
	}
	return status
}

// statusClass turns a status into a CSS class name.
func statusClass(status string) string {
	switch status {
	case ally.StatusGood:
		return "good"
	case ally.StatusFair:
		return "fair"
	case ally.StatusNeedsWork:
		return "work"
	}
	return "na"
}

// statusMark is a symbol that tells statuses apart without colour.
func statusMark(status string) string {
	switch status {
	case ally.StatusGood:
		return "✓"
	case ally.StatusFair:
		return "~"
	case ally.StatusNeedsWork:
		return "!"
	}
	return "–"
}

// number formats v in the indicator's unit: "1.50" for a ratio, "42%",
// "3" for a count, "12 pt" for percentage points.
func number(v float64, unit string) string {
	switch unit {
	case "ratio":
		return strconv.FormatFloat(v, 'f', 2, 64)
	case "%":
		return strconv.FormatFloat(v, 'f', 0, 64) + "%"
	case "points":
		return strconv.FormatFloat(v, 'f', 0, 64) + " pt"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// indicatorValue formats an indicator's value, "–" when it does not apply.
// A percentage resting on fewer than fewCases cases is given as a count,
// "about 2 of 3", so it does not look as precise as any other.
func indicatorValue(ind ally.Indicator) string {
	if ind.Value == nil {
		return "–"
	}
	if ind.Unit == "%" && ind.N < fewCases {
		return fmt.Sprintf("~%.0f of %d", *ind.Value*float64(ind.N)/100, ind.N)
	}
	return number(*ind.Value, ind.Unit)
}

// bound formats a threshold with the direction that meets it: "≥40%" when
// higher is better, "≤5%" when lower is.
func bound(ind ally.Indicator, v float64) string {
	op := "≥"
	if ind.Better == "lower" {
		op = "≤"
	}
	return op + number(v, ind.Unit)
}

// scoreText formats an optional 0–100 score, "–" when there is none.
func scoreText(v *float64) string {
	if v == nil {
		return "–"
	}
	return strconv.FormatFloat(*v, 'f', 0, 64)
}

// scoreStatus judges the overall score on the same bands as the guidelines'
// sub-scores: 75 and up is good, 50 and up fair.
func scoreStatus(v *float64) string {
	switch {
	case v == nil:
		return ally.StatusNotApplicable
	case *v >= 75:
		return ally.StatusGood
	case *v >= 50:
		return ally.StatusFair
	}
	return ally.StatusNeedsWork
}

// momentTitle names a moment kind for people.
func momentTitle(kind string) string {
	switch kind {
	case ally.MomentSideTaken:
		return "Argued for change when the client spoke against it"
	case ally.MomentNoBadly:
		return "A “no” was met with pushing"
	case ally.MomentTenderReactive:
		return "A reaction at one of your tender spots"
	case ally.MomentNeedUnexplored:
		return "A need behind the client's hesitation went unexplored"
	case ally.MomentNoWell:
		return "A “no” was received well"
	case ally.MomentResistanceHeard:
		return "The client's hesitation was reflected"
	}
	return strings.ReplaceAll(kind, "_", " ")
}

// momentWentWell reports whether a moment is one to keep doing rather than
// one to learn from.
func momentWentWell(kind string) bool {
	return kind == ally.MomentNoWell || kind == ally.MomentResistanceHeard
}

// receivedText says how client "no" n of t was received, for people. A
// "no" nobody answered because the session ended there says so.
func receivedText(t *ally.Transcript, n ally.No) string {
	if n.Received == "no response" && nextPractitioner(t, n.Index) < 0 {
		return "the session ended there"
	}
	switch n.Received {
	case "well":
		return "received well"
	case "badly":
		return "pushed against"
	case "neutral":
		return "neither welcomed nor pushed"
	case "no response":
		return "no response"
	}
	return n.Received
}

// refs formats utterance indexes as "#1 #3 #7", at most max of them, with
// "+N more" after.
func refs(idx []int, max int) string {
	var b strings.Builder
	for i, n := range idx {
		if i == max {
			fmt.Fprintf(&b, " +%d more", len(idx)-max)
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "#%d", n)
	}
	return b.String()
}

// findIndicator returns the indicator with the given ID from any guideline.
func findIndicator(a *ally.Analysis, id string) (ally.Indicator, bool) {
	for _, g := range a.Guidelines {
		for _, ind := range g.Indicators {
			if ind.ID == id {
				return ind, true
			}
		}
	}
	return ally.Indicator{}, false
}

// ordinal names a third of the session.
func ordinal(part int) string {
	switch part {
	case 1:
		return "Beginning"
	case 2:
		return "Middle"
	case 3:
		return "End"
	}
	return strconv.Itoa(part)
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
