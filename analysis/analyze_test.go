package analysis_test

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
)

// turn is one hand-coded utterance: "p" or "c" for the role, then the code.
type turn struct{ role, label, sub, text string }

// MustTranscript builds a coded transcript of one practitioner and one
// client (or several clients, when a client turn's role is "c:Name").
func MustTranscript(tb testing.TB, turns ...turn) *ally.Transcript {
	tb.Helper()
	t := &ally.Transcript{Name: "test"}
	for i, tu := range turns {
		u := ally.Utterance{Index: i, Text: tu.text, Code: ally.Code{Label: tu.label, Subcode: tu.sub, Confidence: 1}}
		// A text starting "~0.5 " is coded with confidence 0.5.
		if rest, ok := strings.CutPrefix(tu.text, "~0.5 "); ok {
			u.Text, u.Code.Confidence = rest, 0.5
		}
		switch {
		case tu.role == "p":
			u.Role, u.Speaker = ally.RolePractitioner, "P"
		case tu.role == "c":
			u.Role, u.Speaker = ally.RoleClient, "C"
		case len(tu.role) > 2 && tu.role[:2] == "c:":
			u.Role, u.Speaker = ally.RoleClient, tu.role[2:]
		default:
			tb.Fatalf("turn %d: role %q", i, tu.role)
		}
		t.Utterances = append(t.Utterances, u)
	}
	return t
}

// indicator returns the indicator with the given id.
func indicator(tb testing.TB, a *ally.Analysis, id string) ally.Indicator {
	tb.Helper()
	for _, g := range a.Guidelines {
		for _, ind := range g.Indicators {
			if ind.ID == id {
				return ind
			}
		}
	}
	tb.Fatalf("no indicator %q", id)
	return ally.Indicator{}
}

var (
	sustain  = turn{"c", ally.CodeSustain, "", "I like my wine, it's how I relax after work."}
	change   = turn{"c", ally.CodeChange, "", "I do want to sleep better though."}
	neutral  = turn{"c", ally.CodeNeutral, "", "Yeah."}
	reflectC = turn{"p", ally.CodeReflection, ally.SubComplex, "The wine is how you unwind."}
	// reflectSleep stays off a drinking tender spot, where reflectC's
	// "wine" is on it.
	reflectSleep = turn{"p", ally.CodeReflection, ally.SubComplex, "Sleeping well matters to you."}
	simple       = turn{"p", ally.CodeReflection, ally.SubSimple, "You want to sleep better."}
	openQ        = turn{"p", ally.CodeQuestion, ally.SubOpen, "What else do you notice?"}
	closedQ      = turn{"p", ally.CodeQuestion, ally.SubClosed, "How many glasses?"}
	advice       = turn{"p", ally.CodeInput, ally.SubAdvice, "Switch to one glass on weeknights."}
	askPerm      = turn{"p", ally.CodeQuestion, ally.SubClosed, "Is it okay if I share an idea?"}
	confront     = turn{"p", ally.CodeOther, "", "Come on, that's just an excuse."}
	info         = turn{"p", ally.CodeInput, ally.SubInformation, "Alcohol raises blood pressure."}
	// unsure is a reflection the coder gave confidence 0.5 (see MustTranscript).
	unsure = turn{"p", ally.CodeReflection, ally.SubSimple, "~0.5 Wine helps you relax."}
)

func TestIndicators(t *testing.T) {
	tests := []struct {
		name   string
		turns  []turn
		spots  []string
		id     string
		want   *float64 // nil: not applicable
		status string
	}{
		{"R:Q two reflections per question", []turn{openQ, sustain, reflectC, change, simple}, nil, "reflection_to_question", f(2), ally.StatusGood},
		{"R:Q with no question", []turn{sustain, reflectC}, nil, "reflection_to_question", nil, ally.StatusNotApplicable},
		{"complex reflections half", []turn{sustain, reflectC, change, simple}, nil, "percent_complex_reflections", f(50), ally.StatusGood},
		{"advice without permission", []turn{sustain, advice, neutral, reflectC}, nil, "advice_without_permission", f(50), ally.StatusNeedsWork},
		{"advice after asking permission", []turn{askPerm, neutral, advice}, nil, "advice_without_permission", f(0), ally.StatusGood},
		{"advice the client asked for", []turn{{"c", ally.CodeNeutral, "", "What should I do?"}, advice}, nil, "advice_without_permission", f(0), ally.StatusGood},
		{"confrontation", []turn{sustain, confront, neutral, reflectC}, nil, "confrontation", f(50), ally.StatusNeedsWork},
		{"question string", []turn{closedQ, neutral, closedQ, neutral, closedQ, neutral, reflectC}, nil, "question_strings", f(33.33), ally.StatusNeedsWork},
		{"questions broken by a reflection", []turn{closedQ, neutral, closedQ, neutral, reflectC, closedQ}, nil, "question_strings", f(0), ally.StatusGood},
		{"side taken after sustain talk", []turn{sustain, advice, sustain, reflectC}, nil, "sides_taken", f(50), ally.StatusNeedsWork},
		{"sustain talk reflected", []turn{sustain, reflectC, sustain, closedQ}, nil, "reflected_sustain", f(50), ally.StatusGood},
		{"change talk never reflected", []turn{change, closedQ}, nil, "reflected_change", f(0), ally.StatusNeedsWork},
		{"sustain talk explored", []turn{sustain, openQ, sustain, advice}, nil, "sustain_explored", f(50), ally.StatusFair},
		{"need named back", []turn{sustain, reflectC}, nil, "needs_named", f(100), ally.StatusGood},
		{"need not named", []turn{sustain, openQ}, nil, "needs_named", f(0), ally.StatusNeedsWork},
		{"talk share", []turn{{"p", ally.CodeOther, "", "one two three"}, {"c", ally.CodeNeutral, "", "one"}}, nil, "practitioner_talk_share", f(75), ally.StatusNeedsWork},
		{"invitations counted", []turn{askPerm, neutral, {"p", ally.CodeOther, "", "It's up to you."}}, nil, "invitations", f(2), ally.StatusFair},
		{"no received well", []turn{advice, {"c", ally.CodeSustain, "", "I don't want to do that."}, reflectC}, nil, "noes_received_well", f(100), ally.StatusGood},
		{"no received badly", []turn{advice, {"c", ally.CodeSustain, "", "No, I won't."}, confront}, nil, "noes_received_well", f(0), ally.StatusNeedsWork},
		{"no tender spots", []turn{sustain, reflectC}, nil, "tender_spot_with", nil, ally.StatusNotApplicable},
		{"tender spot met with a reflection", []turn{{"c", ally.CodeSustain, "", "My dad drank every night."}, reflectC}, []string{"drinking", "my dad"}, "tender_spot_with", f(100), ally.StatusGood},
		{"tender spot in other words", []turn{{"c", ally.CodeSustain, "", "A few beers with the guys is all I look forward to."}, reflectC}, []string{"drinking"}, "tender_spot_with", f(100), ally.StatusGood},
		{"tender spot as a family word", []turn{{"c", ally.CodeSustain, "", "My dad was never home."}, advice, change, reflectC}, []string{"my father"}, "tender_spot_reactive", f(100), ally.StatusNeedsWork},
		{"an unrelated word does not touch a tender spot", []turn{{"c", ally.CodeSustain, "", "That didn't work for me."}, reflectC}, []string{"my job"}, "tender_spot_with", nil, ally.StatusNotApplicable},
		{"tender spot met with advice", []turn{{"c", ally.CodeSustain, "", "I drink to forget."}, advice, change, reflectSleep}, []string{"Drinking"}, "tender_spot_reactive", f(100), ally.StatusNeedsWork},
		{"tender spot gap", []turn{{"c", ally.CodeSustain, "", "I drink to forget."}, advice, change, reflectSleep}, []string{"Drinking"}, "tender_spot_gap", f(100), ally.StatusNeedsWork},
		{"righting reflex: unasked information counts", []turn{info, neutral, reflectC, neutral, openQ}, nil, "righting_reflex", f(33.33), ally.StatusNeedsWork},
		{"righting reflex: information asked for does not", []turn{askPerm, neutral, info, neutral, reflectC}, nil, "righting_reflex", f(0), ally.StatusGood},
		{"righting reflex: persuasion phrase in a reflection", []turn{sustain, {"p", ally.CodeReflection, ally.SubSimple, "You need to stop drinking."}, neutral, reflectC}, nil, "righting_reflex", f(50), ally.StatusNeedsWork},
		{"righting reflex: options are an invitation", []turn{{"p", ally.CodeInput, ally.SubOptions, "Some people cut down, others stop."}, neutral, reflectC}, nil, "righting_reflex", f(0), ally.StatusGood},
		{"evoking question is not persuasion", []turn{{"p", ally.CodeQuestion, ally.SubOpen, "What do you need to do next?"}, neutral, reflectC}, nil, "righting_reflex", f(0), ally.StatusGood},
		{"evoking question after a quote in curly quotes", []turn{{"p", ally.CodeQuestion, ally.SubOpen, "Last week: “Stop. Now. Today.” Okay. What do you need to do next?"}, neutral, reflectC}, nil, "righting_reflex", f(0), ally.StatusGood},
		{"reflective listening share", []turn{reflectC, neutral, openQ, neutral, info, neutral, {"p", ally.CodeOther, "", "Mm-hmm."}}, nil, "reflective_listening", f(33.33), ally.StatusNeedsWork},
		{"a pushing reflection is not listening", []turn{sustain, {"p", ally.CodeReflection, ally.SubSimple, "You need to stop drinking."}, neutral, reflectC}, nil, "reflective_listening", f(50), ally.StatusGood},
		{"R:Q leaves out pushing reflections", []turn{openQ, sustain, {"p", ally.CodeReflection, ally.SubSimple, "You need to stop drinking."}, neutral, reflectC}, nil, "reflection_to_question", f(1), ally.StatusFair},
		{"R:Q weighs each code by the coder's confidence", []turn{openQ, sustain, unsure, neutral, reflectC}, nil, "reflection_to_question", f(1.5), ally.StatusFair},
		{"reflected sustain weighs by confidence", []turn{sustain, unsure, sustain, reflectC}, nil, "reflected_sustain", f(75), ally.StatusGood},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis.Analyze(MustTranscript(t, tt.turns...), analysis.Options{TenderSpots: tt.spots})
			got := indicator(t, a, tt.id)
			if !reflect.DeepEqual(got.Value, tt.want) || got.Status != tt.status {
				t.Errorf("%s = %v (%s), want %v (%s)", tt.id, deref(got.Value), got.Status, deref(tt.want), tt.status)
			}
		})
	}
}

func f(v float64) *float64 { return &v }

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestNoes(t *testing.T) {
	tests := []struct {
		name           string
		turns          []turn
		kind, received string // kind "" for no "no"
	}{
		{"overt refusal", []turn{advice, {"c", ally.CodeSustain, "", "I'm not going to do that."}, reflectC}, "overt", "well"},
		{"yes but", []turn{reflectC, {"c", ally.CodeSustain, "", "Yeah, but my friends all drink."}, advice}, "covert", "badly"},
		{"quick sure after pressure, once the client pushed back", []turn{{"c", ally.CodeSustain, "", "I like my wine in the evening."}, advice, {"c", ally.CodeNeutral, "", "Sure."}, closedQ}, "covert", "neutral"},
		{"plain okay after advice, with no pushback before, is a yes", []turn{{"c", ally.CodeChange, "", "I want to cut down."}, advice, {"c", ally.CodeNeutral, "", "Okay."}, closedQ}, "", ""},
		{"sure after an open question is a yes", []turn{openQ, {"c", ally.CodeNeutral, "", "Sure."}}, "", ""},
		{"factual no is an answer", []turn{closedQ, {"c", ally.CodeNeutral, "", "No."}}, "", ""},
		{"changing the subject after advice", []turn{advice, {"c", ally.CodeNeutral, "", "Anyway, my son starts school next week."}, openQ}, "covert", "well"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analysis.Analyze(MustTranscript(t, tt.turns...), analysis.Options{})
			if tt.kind == "" {
				if len(a.Noes) != 0 {
					t.Errorf("got %+v, want no \"no\"", a.Noes)
				}
				return
			}
			if len(a.Noes) != 1 || a.Noes[0].Kind != tt.kind || a.Noes[0].Received != tt.received {
				t.Errorf("got %+v, want one %s no received %s", a.Noes, tt.kind, tt.received)
			}
		})
	}
}

func TestScoreIsWeightedMeanOfIndicators(t *testing.T) {
	a := analysis.Analyze(MustTranscript(t, openQ, sustain, reflectC, change, advice), analysis.Options{})
	sum, w := 0.0, 0.0
	for _, g := range a.Guidelines {
		if g.Score != nil {
			sum += g.Weight * *g.Score
			w += g.Weight
		}
	}
	if a.Score == nil || w == 0 {
		t.Fatal("no score")
	}
	if want := sum / w; math.Abs(*a.Score-want) > 0.05 {
		t.Errorf("score %.1f, want weighted mean of guideline scores %.1f", *a.Score, want)
	}
}

// TestShrinkage checks that an indicator resting on one case moves its
// sub-score by a fifth of the way from 0.5, and one on many cases nearly
// all the way.
func TestShrinkage(t *testing.T) {
	tests := []struct {
		name  string
		turns []turn
		id    string
		want  float64
	}{
		{"one sustain utterance, reflected", []turn{sustain, reflectC}, "reflected_sustain", 0.6},
		{"one sustain utterance, not reflected", []turn{sustain, closedQ}, "reflected_sustain", 0.4},
		{"sixteen sustain utterances, all reflected", repeat(16, sustain, reflectC), "reflected_sustain", 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := indicator(t, analysis.Analyze(MustTranscript(t, tt.turns...), analysis.Options{}), tt.id)
			if got.SubScore == nil || math.Abs(*got.SubScore-tt.want) > 1e-9 {
				t.Errorf("%s sub-score = %v, want %v", tt.id, deref(got.SubScore), tt.want)
			}
		})
	}
}

// repeat returns n copies of the turns in sequence.
func repeat(n int, ts ...turn) []turn {
	var out []turn
	for range n {
		out = append(out, ts...)
	}
	return out
}

func TestWeights(t *testing.T) {
	a := analysis.Analyze(MustTranscript(t, openQ, sustain, reflectC, change, advice), analysis.Options{})
	want := map[string]float64{
		"righting_reflex": 3, "reflection_to_question": 3, "sides_taken": 3,
		"reflective_listening": 2, "reflected_sustain": 2, "reflected_change": 2, "sustain_explored": 2, "invitations": 2,
		"advice_without_permission": 0, "confrontation": 0, "persuasion": 0,
		"question_strings": 1, "percent_complex_reflections": 1, "practitioner_talk_share": 1, "needs_named": 1, "noes_received_well": 1,
	}
	for id, w := range want {
		if got := indicator(t, a, id).Weight; got != w {
			t.Errorf("%s weight %v, want %v", id, got, w)
		}
	}
}

func TestUncodedHasNoScore(t *testing.T) {
	for _, turns := range [][]turn{
		{{"p", "", "", "Hello."}, {"c", "", "", "Hi."}},
		// A "no" and a push are found without codes; still no score.
		{{"p", "", "", "You should really stop drinking."}, {"c", "", "", "No, I don't want to."}, {"p", "", "", "You need to admit you have a problem."}},
	} {
		a := analysis.Analyze(MustTranscript(t, turns...), analysis.Options{})
		if a.Score != nil {
			t.Errorf("score %v, want nil for an uncoded transcript", *a.Score)
		}
	}
}
