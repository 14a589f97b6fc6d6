package report

import "github.com/ally-mi/ally"

// The numbers of a report as the report writes them, for pages beyond the
// report (the trends) to write them the same way, so the numbers agree.

// IndicatorValue formats an indicator's value: "42%", "1.50", "~2 of 3"
// when a percentage rests on few cases, "–" when it does not apply.
func IndicatorValue(ind ally.Indicator) string { return indicatorValue(ind) }

// ScoreText formats a 0–100 score, "–" when there is none.
func ScoreText(v *float64) string { return scoreText(v) }

// ShareText formats part of whole as a percentage, as "2 of 3" when whole
// is too small for a percentage to mean much, "-" when whole is 0.
func ShareText(part, whole int) string { return fewCasesShare(part, whole) }

// MomentTitle names a moment kind as the report's moments do.
func MomentTitle(kind string) string { return momentTitle(kind) }
