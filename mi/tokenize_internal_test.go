package mi

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello", []string{"hello"}},
		{"I don't know.", []string{"i", "do", "n't", "know", "."}},
		{"We can’t, won't!", []string{"we", "can", "n't", ",", "will", "n't", "!"}},
		{"She's here? 'Quoted'", []string{"she", "'s", "here", "?", "quoted"}},
		{"I'm  (sort of) ready; 20 days", []string{"i", "'m", "sort", "of", "ready", "20", "days"}},
		{"Café CRÈME", []string{"café", "crème"}},
	}
	for _, tt := range tests {
		if got := tokenize(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
