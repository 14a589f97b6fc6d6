package analysis_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// TestClientGuidelines checks that each client of a group is read on their
// own talk: the professional listens to Ana's resistance and argues with
// Ben's.
func TestClientGuidelines(t *testing.T) {
	a := analysis.Analyze(MustTranscript(t,
		turn{"p", ally.CodeQuestion, ally.SubOpen, "What brings each of you here?"},
		turn{"c:Ana", ally.CodeSustain, "", "Honestly I like my nights out, they're how I unwind."},
		turn{"p", ally.CodeReflection, ally.SubComplex, "Nights out are the one place you get to unwind."},
		turn{"c:Ben", ally.CodeSustain, "", "I don't see a problem with my smoking."},
		turn{"p", ally.CodeInput, ally.SubAdvice, "You need to quit, it is going to kill you."},
		turn{"c:Ana", ally.CodeChange, "", "I would like to wake up without a headache though."},
		turn{"p", ally.CodeReflection, ally.SubSimple, "Mornings matter to you too."},
	), analysis.Options{})
	if len(a.Clients) != 2 {
		t.Fatalf("got %d client sections, want 2", len(a.Clients))
	}
	want := map[string]map[string]string{
		"Ana": {"reflected_sustain": analysis.StatusGood, "sides_taken": analysis.StatusGood, "reflected_change": analysis.StatusGood},
		"Ben": {"reflected_sustain": analysis.StatusNeedsWork, "sides_taken": analysis.StatusNeedsWork, "reflected_change": analysis.StatusNotApplicable},
	}
	for _, c := range a.Clients {
		got := map[string]string{}
		for _, g := range c.Guidelines {
			for _, ind := range g.Indicators {
				got[ind.ID] = ind.Status
				if ind.ID == "invitations" {
					t.Errorf("%s: the group's invitations are in a client's section", c.Speaker)
				}
			}
		}
		for id, st := range want[c.Speaker] {
			if got[id] != st {
				t.Errorf("%s: %s is %q, want %q", c.Speaker, id, got[id], st)
			}
		}
		if c.Score == nil {
			t.Errorf("%s: no score", c.Speaker)
		}
	}
	if ana, ben := a.Clients[0], a.Clients[1]; ana.Score != nil && ben.Score != nil && *ana.Score <= *ben.Score {
		t.Errorf("Ana's score %v is not above Ben's %v", *ana.Score, *ben.Score)
	}
}

// TestCheckTenderSpots checks that a tender spot must name a subject.
func TestCheckTenderSpots(t *testing.T) {
	tests := []struct {
		spots []string
		bad   string // the spot the error names, "" for none
	}{
		{[]string{"drinking", "my father"}, ""},
		{[]string{"being let down"}, ""},
		{[]string{"drinking", "I"}, `"I"`},
		{[]string{"the it"}, `"the it"`},
		{[]string{"my"}, `"my"`},
		{nil, ""},
	}
	for _, tt := range tests {
		err := analysis.CheckTenderSpots(tt.spots)
		switch {
		case tt.bad == "" && err != nil:
			t.Errorf("%q: %v", tt.spots, err)
		case tt.bad != "" && (err == nil || !strings.Contains(err.Error(), tt.bad)):
			t.Errorf("%q: error %v, want one naming %s", tt.spots, err, tt.bad)
		}
	}
}

// TestGroupResponses checks that a practitioner's turn answers the client
// who spoke just before it, not an earlier one, unless it names them.
func TestGroupResponses(t *testing.T) {
	bill := "I'm not quitting, no way."
	tests := []struct {
		name     string
		reply    string
		received string
	}{
		{"a reply to Linda", "Your daughter is a big reason to change.", "no response"},
		{"a reply naming Bill", "Bill, it sounds like quitting isn't on the table for you, and that's your call.", "well"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis.Analyze(MustTranscript(t,
				turn{"p", ally.CodeQuestion, ally.SubOpen, "Where is each of you with drinking?"},
				turn{"c:Bill", ally.CodeSustain, "", bill},
				turn{"c:Linda", ally.CodeChange, "", "I want to stop for my daughter."},
				turn{"p", ally.CodeReflection, ally.SubComplex, tt.reply},
			), analysis.Options{})
			for _, n := range a.Noes {
				if n.Speaker == "Bill" && n.Received != tt.received {
					t.Errorf("Bill's no was received %q, want %q", n.Received, tt.received)
				}
			}
			if len(a.Noes) == 0 {
				t.Fatalf("Bill's %q is not heard as a no", bill)
			}
		})
	}
}
