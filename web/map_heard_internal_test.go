package web

import (
	"testing"

	"github.com/ally-mi/ally"
)

// TestHeardNeedSide checks on which side a heard need is offered: where a
// current behaviour's needs belong, unless the client named it only while
// speaking for the change.
func TestHeardNeedSide(t *testing.T) {
	tr := &ally.Transcript{Utterances: []ally.Utterance{
		{Index: 0, Role: ally.RoleClient, Text: "A drink is how I unwind.", Code: ally.Code{Label: ally.CodeSustain}},
		{Index: 1, Role: ally.RoleClient, Text: "I don't want to be the dad who's hungover at every game.", Code: ally.Code{Label: ally.CodeChange}},
		{Index: 2, Role: ally.RoleClient, Text: "My friends are all at the pub.", Code: ally.Code{Label: ally.CodeNeutral}},
	}}
	tests := []struct {
		name      string
		h         heardNeed
		side      ally.MapSideName
		inChange  bool
		wantQuote string
	}{
		{"in sustain talk", heardNeed{MapNeed: ally.MapNeed{Utterance: 0}, Side: ally.SideResistance, InSustain: true},
			ally.SideResistance, false, "A drink is how I unwind."},
		{"in change talk only", heardNeed{MapNeed: ally.MapNeed{Utterance: 1}, Side: ally.SideResistance},
			ally.SideMotivation, true, "I don't want to be the dad who's hungover at every game."},
		{"in neutral words", heardNeed{MapNeed: ally.MapNeed{Utterance: 2}, Side: ally.SideResistance},
			ally.SideResistance, false, "My friends are all at the pub."},
		{"no transcript", heardNeed{MapNeed: ally.MapNeed{Utterance: 1}, Side: ally.SideResistance},
			ally.SideResistance, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tr
			if tt.wantQuote == "" {
				in = nil
			}
			got := tt.h.in(in)
			if got.Side != tt.side || got.InChange != tt.inChange || got.Quote != tt.wantQuote {
				t.Errorf("got side %s, in change %v, quote %q; want %s, %v, %q", got.Side, got.InChange, got.Quote, tt.side, tt.inChange, tt.wantQuote)
			}
			if got.Other() == got.Side {
				t.Errorf("the other side is the same: %s", got.Other())
			}
		})
	}
}
