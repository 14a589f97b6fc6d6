package trend

import (
	"time"

	"github.com/ally-mi/ally"
)

// Professional is a professional's fidelity over time: one entry per
// analysed session of any of their clients, oldest first.
type Professional struct {
	Sessions []Fidelity
	// Thresholds are the fair and good marks of each measure, from the
	// analyses themselves, keyed by indicator id ("score" for the score).
	Thresholds map[string]Threshold
}

// Threshold is where a measure turns fair and good, and which way is
// better.
type Threshold struct {
	Fair, Good float64
	// Better is "higher" or "lower".
	Better string
}

// Fidelity is how one session went, in the numbers its report shows.
type Fidelity struct {
	SessionID, ClientID int64
	Date                time.Time
	// Score is the "working with resistance" score, 0–100, and ScoreBand
	// its verdict; nil and "" when nothing could be scored.
	Score     *float64
	ScoreBand string
	// ReflectionsPerQuestion is the MITI reflection-to-question ratio, as
	// ally.ReflectionsPerQuestion gives it for an analysed session; nil
	// when no question was asked.
	ReflectionsPerQuestion *float64
	// ComplexReflections is the MITI percentage of complex reflections,
	// nil when there were none with a subcode.
	ComplexReflections *float64
	// SidesTaken is the "sides_taken" indicator: the share of sustain talk
	// answered by arguing for change, as a percentage; nil without
	// sustain talk. SidesTakenIndicator is the whole indicator, for
	// showing it as the report does.
	SidesTaken          *float64
	SidesTakenIndicator *ally.Indicator
	// NoesReceivedWell is the "noes_received_well" indicator: the share
	// of the client's "no"s received well, as a percentage; nil when there
	// was no "no". Noes counts them and NoesWell those received well.
	NoesReceivedWell          *float64
	NoesReceivedWellIndicator *ally.Indicator
	Noes, NoesWell            int
}

// Indicator ids the professional's trends follow, as the analysis names
// them.
const (
	IDScore              = "score"
	IDReflectionQuestion = "reflection_to_question"
	IDComplex            = "percent_complex_reflections"
	IDSidesTaken         = "sides_taken"
	IDNoesWell           = "noes_received_well"
)

// ForProfessional computes a professional's trends from their analysed
// sessions (FindAnalyses with no client), in any order.
func ForProfessional(analyses []*ally.Session) Professional {
	p := Professional{Sessions: []Fidelity{}, Thresholds: map[string]Threshold{
		IDScore: {Fair: ally.BandFairFrom, Good: ally.BandGoodFrom, Better: "higher"},
	}}
	for _, s := range byDate(analyses) {
		a := s.Analysis
		if a == nil {
			continue
		}
		f := Fidelity{SessionID: s.ID, ClientID: s.ClientID, Date: s.Date, Score: a.Score, ScoreBand: a.ScoreBand,
			ReflectionsPerQuestion: a.MITI.ReflectionToQuestion, ComplexReflections: a.MITI.PercentComplexReflections,
			Noes: len(a.Noes)}
		for _, n := range a.Noes {
			if n.Received == "well" {
				f.NoesWell++
			}
		}
		if ind, ok := indicator(a, IDSidesTaken); ok {
			f.SidesTaken, f.SidesTakenIndicator = ind.Value, &ind
		}
		if ind, ok := indicator(a, IDNoesWell); ok {
			f.NoesReceivedWell, f.NoesReceivedWellIndicator = ind.Value, &ind
		}
		for _, id := range []string{IDReflectionQuestion, IDComplex, IDSidesTaken, IDNoesWell} {
			if ind, ok := indicator(a, id); ok {
				if _, seen := p.Thresholds[id]; !seen {
					p.Thresholds[id] = Threshold{Fair: ind.Fair, Good: ind.Good, Better: ind.Better}
				}
			}
		}
		p.Sessions = append(p.Sessions, f)
	}
	return p
}

// indicator finds an indicator of the analysis by id.
func indicator(a *ally.Analysis, id string) (ally.Indicator, bool) {
	for _, g := range a.Guidelines {
		for _, ind := range g.Indicators {
			if ind.ID == id {
				return ind, true
			}
		}
	}
	return ally.Indicator{}, false
}
