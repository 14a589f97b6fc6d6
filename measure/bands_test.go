package measure

import "testing"

func TestSeverity(t *testing.T) {
	tests := []struct {
		bands []Band
		total int
		want  string
	}{
		{PHQ9Bands, -1, ""},
		{PHQ9Bands, 0, "minimal"}, {PHQ9Bands, 4, "minimal"},
		{PHQ9Bands, 5, "mild"}, {PHQ9Bands, 9, "mild"},
		{PHQ9Bands, 10, "moderate"}, {PHQ9Bands, 14, "moderate"},
		{PHQ9Bands, 15, "moderately severe"}, {PHQ9Bands, 19, "moderately severe"},
		{PHQ9Bands, 20, "severe"}, {PHQ9Bands, 27, "severe"},
		{PHQ9Bands, 28, ""},
		{GAD7Bands, 0, "minimal"}, {GAD7Bands, 4, "minimal"},
		{GAD7Bands, 5, "mild"}, {GAD7Bands, 9, "mild"},
		{GAD7Bands, 10, "moderate"}, {GAD7Bands, 14, "moderate"},
		{GAD7Bands, 15, "severe"}, {GAD7Bands, 21, "severe"},
		{GAD7Bands, 22, ""},
	}
	for _, tt := range tests {
		b, ok := Severity(tt.bands, tt.total)
		if b.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("Severity(%d of %d) = %q, %v; want %q", tt.total, tt.bands[len(tt.bands)-1].Max, b.Name, ok, tt.want)
		}
	}
}
