package report

import "github.com/ally-mi/ally"

// IndicatorValue formats an indicator's value as every report shows it:
// "42%", "1.50", "~2 of 3" when a percentage rests on few cases, "–" when
// it does not apply. Pages beyond the report use it so the numbers agree.
func IndicatorValue(ind ally.Indicator) string { return indicatorValue(ind) }
