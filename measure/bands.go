// Package measure holds the standard questionnaires a check-in may ask for,
// PHQ-9 and GAD-7, with their scoring and severity bands.
package measure

// Band is one severity band of a questionnaire's total: Min to Max
// inclusive.
type Band struct {
	Min, Max int
	Name     string
}

// PHQ9Bands are PHQ-9's severity bands (Kroenke, Spitzer & Williams, 2001).
var PHQ9Bands = []Band{
	{0, 4, "minimal"},
	{5, 9, "mild"},
	{10, 14, "moderate"},
	{15, 19, "moderately severe"},
	{20, 27, "severe"},
}

// GAD7Bands are GAD-7's severity bands (Spitzer et al., 2006).
var GAD7Bands = []Band{
	{0, 4, "minimal"},
	{5, 9, "mild"},
	{10, 14, "moderate"},
	{15, 21, "severe"},
}

// Severity returns the band of bands that total falls in, and false for a
// total outside them all.
func Severity(bands []Band, total int) (Band, bool) {
	for _, b := range bands {
		if total >= b.Min && total <= b.Max {
			return b, true
		}
	}
	return Band{}, false
}
