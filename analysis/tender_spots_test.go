package analysis_test

import (
	"slices"
	"testing"

	"github.com/ally-mi/ally/analysis"
)

// TestSpotsTouched checks that a spot is named by its everyday words too,
// and that only the spots touched are named, in the order given.
func TestSpotsTouched(t *testing.T) {
	spots := []string{"drinking", "my father", "weight"}
	tests := []struct {
		text string
		want []string
	}{
		{"A couple of glasses of wine most nights.", []string{"drinking"}},
		{"My dad drank too, you know.", []string{"drinking", "my father"}},
		{"Your father's house was quiet.", []string{"my father"}},
		{"I walk to work.", nil},
	}
	for _, tt := range tests {
		if got := analysis.SpotsTouched(tt.text, spots); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	if got := analysis.SpotsTouched("wine", nil); got != nil {
		t.Errorf("no spots: got %q", got)
	}
}
