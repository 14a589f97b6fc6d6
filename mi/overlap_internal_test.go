package mi

import (
	"slices"
	"testing"

	"github.com/ally-mi/ally"
)

// TestOverlapFeatures checks the echo buckets on exchanges whose share of
// repeated content words is plain to count.
func TestOverlapFeatures(t *testing.T) {
	for _, tc := range []struct {
		own, prev string
		want      string
	}{
		{"So work has you worn out.", "Work wears me out every single day.", "ov|4"},
		{"You worked out every day.", "Work wears me out every single day.", "ov|4"},
		{"Drinking raises your blood pressure.", "Work wears me out.", "ov|0"},
		{"Work, money, kids and the drinking on top.", "Work is hard.", "ov|1"},
		{"Work, money and kids.", "Work is hard.", "ov|2"},
		{"Work and money, kids and sleep.", "Work and money.", "ov|3"},
		{"Drinking helps you relax.", "Yes, I know. Mm-hmm.", "ov|0"},
		{"Yes, I know.", "Work wears me out.", "ov|none"},
	} {
		fs := overlapFeatures(nil, newTurn(ally.RolePractitioner, tc.own), newTurn(ally.RoleClient, tc.prev))
		if !slices.ContainsFunc(fs, func(f feature) bool { return f.name == tc.want }) {
			t.Errorf("%q after %q: features %v, want %s", tc.own, tc.prev, fs, tc.want)
		}
	}
}
