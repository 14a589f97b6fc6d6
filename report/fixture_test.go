package report_test

import (
	"strings"

	"github.com/ally-mi/ally"
)

// These analyses are written by hand rather than computed, so the report
// tests pin down how the report lays an analysis out, whatever the
// analysis package makes of a transcript.

func num(v float64) *float64 { return &v }
func idx(v int) *int         { return &v }

// timedAnalysis goes with timedSession.
func timedAnalysis() *ally.Analysis {
	na := ally.Indicator{ID: "tender_spot_with", Name: "Went with the client at tender spots", Unit: "%",
		Better: "higher", Fair: 50, Good: 75, Source: ally.SourceAlly, Status: ally.StatusNotApplicable, Evidence: []int{}}
	return &ally.Analysis{
		Score: num(71.4),
		Guidelines: []ally.Guideline{
			{ID: "G1", Name: "Start with yourself", Status: ally.StatusNotApplicable, Indicators: []ally.Indicator{na}},
			{ID: "G2", Name: "Assume positive intent", Status: ally.StatusGood, Score: num(100), Indicators: []ally.Indicator{
				{ID: "sustain_explored", Name: "Sustain talk explored (reflection or open question next)", Value: num(100), Unit: "%",
					Better: "higher", Fair: 40, Good: 60, Source: ally.SourceAlly, Status: ally.StatusGood, SubScore: num(1), N: 1, Evidence: []int{1}},
			}},
			{ID: "G3", Name: "Take care of both sides", Status: ally.StatusFair, Score: num(62.5), Indicators: []ally.Indicator{
				{ID: "reflected_change", Name: "Change talk reflected", Value: num(0), Unit: "%",
					Better: "higher", Fair: 30, Good: 50, Source: ally.SourceAlly, Status: ally.StatusNeedsWork, SubScore: num(0), N: 1, Evidence: []int{}},
				{ID: "sides_taken", Name: "Sides taken after sustain talk (advice, persuasion, confrontation)", Value: num(0), Unit: "%",
					Better: "lower", Fair: 15, Good: 5, Source: ally.SourceAlly, Status: ally.StatusGood, SubScore: num(1), N: 1, Evidence: []int{}},
			}},
			{ID: "G4", Name: "Take the longer road", Status: ally.StatusNeedsWork, Score: num(25), Indicators: []ally.Indicator{
				{ID: "reflection_to_question", Name: "Reflection-to-question ratio", Value: num(0.5), Unit: "ratio",
					Better: "higher", Fair: 1, Good: 2, Source: ally.SourceMITI, Status: ally.StatusNeedsWork, SubScore: num(0.25), N: 2, Evidence: []int{0, 4}},
				{ID: "practitioner_talk_share", Name: "Practitioner's share of the words spoken", Value: num(55), Unit: "%",
					Better: "lower", Fair: 60, Good: 50, Source: ally.SourceAlly, Status: ally.StatusFair, SubScore: num(0.75), N: 50, Evidence: []int{}},
			}},
			{ID: "G5", Name: "Give the option to say no", Status: ally.StatusFair, Score: num(50), Indicators: []ally.Indicator{
				{ID: "invitations", Name: "Invitations to say no (permission, options, autonomy)", Value: num(1), Unit: "count",
					Better: "higher", Fair: 1, Good: 3, Source: ally.SourceAlly, Status: ally.StatusFair, SubScore: num(0.5), N: 3, Evidence: []int{4}},
			}},
		},
		MITI: ally.MITI{ReflectionToQuestion: num(0.5), PercentComplexReflections: num(100), MIAdherent: 1,
			SeekCollaboration: 1, Reflections: 1, Questions: 2},
		Needs: []ally.NeedMention{{Need: "relaxation", Name: "rest and relaxation", Utterances: []int{1}, Sustain: []int{1}, Named: []int{2}}},
		Noes:  []ally.No{},
		Balance: []ally.Third{
			{Part: 1, Sustain: 1, ChangeShare: num(0)}, {Part: 2, Change: 1, ChangeShare: num(100)}, {Part: 3},
		},
		Moments: []ally.Moment{{Kind: ally.MomentResistanceHeard, Guideline: "G3", Index: 1, Speaker: "Sam",
			Quote: "My wife thinks I drink too much.", Start: num(5), Response: idx(2),
			ResponseQuote: "Drinking is how you unwind, and that matters to you.",
			WhatHappened:  "The client's resistance was met with a reflection.",
			Try:           "Build on it with both sides: \"On the one hand, it's the only way you relax; on the other, you'd like to sleep better.\""}},
	}
}

// groupAnalysis goes with untimedGroup: two clients and a "no".
func groupAnalysis() *ally.Analysis {
	a := timedAnalysis()
	a.Score = num(38)
	a.Needs = nil
	no := ally.No{Index: 1, Speaker: "Ana", Kind: "overt", Cue: "only here because", Received: "badly"}
	a.Noes = []ally.No{no}
	a.Moments = []ally.Moment{{Kind: ally.MomentNoBadly, Guideline: "G5", Index: 1, Speaker: "Ana",
		Quote: "I'm only here because the court said so.", WhatHappened: "The client said no and the answer pushed on.",
		Try: "Receive the no: \"You're here because the court said so — that's fair.\""}}
	a.Guidelines[3].Indicators[0].Evidence = []int{0, 2}
	a.Guidelines[4].Indicators[0].Evidence = []int{0}
	a.Clients = []ally.ClientSection{
		{Speaker: "Ana", Sustain: 1, ChangeShare: num(0), Noes: []ally.No{no}, Balance: a.Balance, Score: num(31),
			Guidelines: []ally.Guideline{{ID: "G5", Name: "Give the option to say no", Status: ally.StatusNeedsWork, Score: num(31),
				Indicators: []ally.Indicator{{ID: "noes_received_well", Name: "Client \"no\"s received well", Value: num(0), Unit: "%",
					Better: "higher", Fair: 50, Good: 75, Status: ally.StatusNeedsWork, N: 1, Evidence: []int{1}}}}}},
		{Speaker: "Lee"},
	}
	return a
}

// wideAnalysis goes with wideSession: names and words too long for a line.
func wideAnalysis() *ally.Analysis {
	a := timedAnalysis()
	long := strings.Repeat("a-very-long-need-name-", 6)
	a.Needs = []ally.NeedMention{{Need: "x", Name: long, Utterances: []int{0, 1}, Named: []int{}}}
	a.Guidelines[1].Indicators[0].Name = strings.Repeat("An indicator with a remarkably long name ", 4)
	a.Guidelines[3].Indicators[0].Evidence = []int{0}
	a.Guidelines[4].Indicators[0].Evidence = []int{0, 1}
	a.Moments[0].Index, a.Moments[0].Speaker, a.Moments[0].Response = 1, "Ünïcödé Çlïënt", nil
	a.Moments[0].Quote = strings.Repeat("ü", 200)
	return a
}

// analysisOf returns the hand-made analysis of a test session.
func analysisOf(t *ally.Transcript) *ally.Analysis {
	switch t.Name {
	case timedSession().Name:
		return timedAnalysis()
	case untimedGroup().Name:
		return groupAnalysis()
	case wideSession().Name:
		return wideAnalysis()
	}
	return nil
}
