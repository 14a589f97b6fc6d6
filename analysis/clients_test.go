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
		"Ana": {"reflected_sustain": ally.StatusGood, "sides_taken": ally.StatusGood, "reflected_change": ally.StatusGood},
		"Ben": {"reflected_sustain": ally.StatusNeedsWork, "sides_taken": ally.StatusNeedsWork, "reflected_change": ally.StatusNotApplicable},
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
// who spoke just before it, not an earlier one, unless it names them or the
// other client only acknowledged.
func TestGroupResponses(t *testing.T) {
	linda := turn{"c:Linda", ally.CodeChange, "", "I want to stop for my daughter."}
	toLinda := turn{"p", ally.CodeReflection, ally.SubComplex, "Your daughter is a big reason to change."}
	tests := []struct {
		name     string
		who      string // the client who says no, "Bill" when empty
		after    []turn // what follows the "no"
		received string
	}{
		{"a reply to Linda", "", []turn{linda, toLinda}, "no response"},
		{"a reply naming Bill", "", []turn{linda,
			{"p", ally.CodeReflection, ally.SubComplex, "Bill, it sounds like quitting isn't on the table for you, and that's your call."}}, "well"},
		{"Bill named a turn later", "", []turn{linda, toLinda,
			{"p", ally.CodeReflection, ally.SubComplex, "And Bill, you sound sure about not quitting, and that's your call."}}, "well"},
		{"Linda only acknowledges", "", []turn{{"c:Linda", ally.CodeNeutral, "", "Mm."},
			{"p", ally.CodeReflection, ally.SubComplex, "You sound really sure about that, and it's your call."}}, "well"},
		{"a word that is a name only with its capital", "Will", []turn{{"c:May", ally.CodeChange, "", "I want to stop for my daughter."},
			{"p", ally.CodeReflection, ally.SubComplex, "That sounds hard, May. You will get through this, and it's your call."}}, "no response"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speaker := "c:Bill"
			if tt.who != "" {
				speaker = "c:" + tt.who
			}
			turns := append([]turn{
				{"p", ally.CodeQuestion, ally.SubOpen, "Where is each of you with drinking?"},
				{speaker, ally.CodeSustain, "", "I'm not quitting, no way."},
			}, tt.after...)
			a := analysis.Analyze(MustTranscript(t, turns...), analysis.Options{})
			if len(a.Noes) == 0 {
				t.Fatalf("the no at #1 is not heard")
			}
			if n := a.Noes[0]; n.Index != 1 || n.Received != tt.received {
				t.Errorf("no at #%d received %q, want #1 received %q", n.Index, n.Received, tt.received)
			}
		})
	}
}
