package ally

// This file holds what an analysis finds in one coded session: the five
// guidelines and their indicators, MITI summary scores, needs, client "no"s,
// the balance of change and sustain talk, and the moments worth a second
// look. Package analysis computes them; stores keep them and reports render
// them.

// Analysis is what ally makes of one coded session. It marshals to the JSON
// the report layer embeds.
type Analysis struct {
	// Score is the "working with resistance" score, 0–100; nil when no
	// indicator applies (an empty or uncoded transcript).
	Score *float64 `json:"score"`
	// ScoreBand is the score's verdict on bands chosen on hand-coded
	// development sessions (see docs/analysis.md): "good", "fair" or
	// "needs_work"; "" when there is no score.
	ScoreBand string `json:"score_band,omitempty"`
	// ScoreRange is how far the score may be off, [low, high]: the middle
	// 80% of the scores of the session read again with codes drawn from the
	// coder's confidence and stretches of the session drawn again; nil when
	// there is no score.
	ScoreRange []float64   `json:"score_range,omitempty"`
	Guidelines []Guideline `json:"guidelines"`
	MITI       MITI        `json:"miti"`
	// Needs lists the needs the client's words touched, in taxonomy order.
	Needs []NeedMention `json:"needs"`
	// Noes lists every client "no", overt or covert, and how it was received.
	Noes []No `json:"noes"`
	// Balance is the client's change and sustain talk by thirds of the session.
	Balance []Third `json:"balance"`
	// Moments are the few moments that matter most, ranked.
	Moments []Moment `json:"moments"`
	// Clients holds one section per client in a group session; empty when
	// the session has one client.
	Clients []ClientSection `json:"clients,omitempty"`
}

// Guideline is one of the five guidelines with its indicators.
type Guideline struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Status summarises the scored indicators: one of the Status values.
	Status string `json:"status"`
	// Score is the weighted mean of the indicators' sub-scores times 100,
	// nil when no weighted indicator applies.
	Score *float64 `json:"score"`
	// Weight is the sum of the applicable indicators' weights: the
	// guideline's weight in the overall score.
	Weight     float64     `json:"weight"`
	Indicators []Indicator `json:"indicators"`
}

// Bands of the overall score.
const (
	BandGood      = "good"
	BandFair      = "fair"
	BandNeedsWork = "needs_work"
)

// The overall score's bands: fair from BandFairFrom, good from
// BandGoodFrom. They were chosen on AnnoMI's development sessions coded by a
// model that never saw them (docs/analysis.md), so that few high-quality
// sessions read "needs work" and no low-quality one reads "good".
const (
	BandFairFrom = 39.5
	BandGoodFrom = 58.0
)

// Band returns the band of an overall score.
func Band(score float64) string {
	switch {
	case score >= BandGoodFrom:
		return BandGood
	case score >= BandFairFrom:
		return BandFair
	}
	return BandNeedsWork
}

// Statuses of an indicator or a guideline.
const (
	StatusGood          = "good"
	StatusFair          = "fair"
	StatusNeedsWork     = "needs work"
	StatusNotApplicable = "not applicable"
)

// Sources of thresholds.
const (
	SourceMITI = "MITI 4.2.1 manual (Moyers et al., 2016)"
	SourceAlly = "ally's own, see docs/analysis.md"
)

// Indicator is one measured aspect of a guideline.
type Indicator struct {
	// ID is a stable name for programs, e.g. "reflection_to_question".
	ID   string `json:"id"`
	Name string `json:"name"`
	// Value is the measurement, nil when it does not apply (N is 0).
	Value *float64 `json:"value"`
	// Unit is "ratio", "%", "count" or "points".
	Unit string `json:"unit"`
	// Better is "higher" or "lower".
	Better string `json:"better"`
	// Fair and Good are the thresholds: Value at or beyond Good is good,
	// at or beyond Fair is fair, anything else needs work.
	Fair   float64 `json:"fair"`
	Good   float64 `json:"good"`
	Source string  `json:"source"`
	Status string  `json:"status"`
	// SubScore maps Value to [0,1]: 0.5 at Fair, 1 at Good, linear and
	// clamped, then pulled towards 0.5 by N/(N+4) so that an indicator
	// resting on few cases cannot swing the score; nil when not applicable.
	SubScore *float64 `json:"sub_score"`
	// Weight is the indicator's weight in its guideline's score and in the
	// overall score: 3 for core MI fidelity markers, 2 for softening sustain
	// talk and cultivating change talk, 1 for ally's own refinements, 0 for
	// details already counted elsewhere (shown, not scored).
	Weight float64 `json:"weight"`
	// N is how many utterances or cases Value was computed over. Where Value
	// counts coded utterances, each counts as the coder's confidence in its
	// code (1 for hand-coded data).
	N int `json:"n"`
	// Evidence are the indexes of the utterances behind the value.
	Evidence []int `json:"evidence"`
}

// MITI holds the MITI 4.2.1 summary scores.
type MITI struct {
	// ReflectionToQuestion is reflections divided by questions, nil when no
	// question was asked.
	ReflectionToQuestion *float64 `json:"reflection_to_question"`
	// PercentComplexReflections is complex reflections as a percentage of
	// reflections with a subcode, nil when there are none.
	PercentComplexReflections *float64 `json:"percent_complex_reflections"`
	// MIAdherent is Affirm + SeekCollaboration + EmphasizeAutonomy.
	MIAdherent int `json:"mi_adherent"`
	// MINonAdherent is Confront + Persuade.
	MINonAdherent     int `json:"mi_non_adherent"`
	Affirm            int `json:"affirm"`
	SeekCollaboration int `json:"seek_collaboration"`
	EmphasizeAutonomy int `json:"emphasize_autonomy"`
	Confront          int `json:"confront"`
	// Persuade counts persuasion and advice without permission.
	Persuade    int `json:"persuade"`
	Reflections int `json:"reflections"`
	Questions   int `json:"questions"`
}

// NeedMention is one need of the taxonomy and where the client spoke of it.
type NeedMention struct {
	Need string `json:"need"`
	Name string `json:"name"`
	// Utterances are the client utterances that mention the need.
	Utterances []int `json:"utterances"`
	// Sustain are those of Utterances coded sustain talk.
	Sustain []int `json:"sustain"`
	// Named are the practitioner utterances that answered a mention with a
	// reflection or open question using the need's words.
	Named []int `json:"named"`
}

// No is one client "no" and what the professional did next.
type No struct {
	Index   int    `json:"index"`
	Speaker string `json:"speaker"`
	// Kind is "overt" or "covert".
	Kind string `json:"kind"`
	// Cue is the phrase that marked it.
	Cue string `json:"cue"`
	// Response is the index of the next practitioner utterance, nil if none.
	Response *int `json:"response"`
	// Received is "well", "badly", "neutral" or "no response".
	Received string `json:"received"`
}

// Third is the client's talk in one third of the session.
type Third struct {
	Part    int `json:"part"` // 1, 2 or 3
	Change  int `json:"change"`
	Sustain int `json:"sustain"`
	// ChangeShare is change talk as a percentage of change plus sustain talk,
	// nil when there is neither.
	ChangeShare *float64 `json:"change_share"`
}

// ClientSection is one client of a group session.
type ClientSection struct {
	Speaker     string        `json:"speaker"`
	Change      int           `json:"change"`
	Sustain     int           `json:"sustain"`
	ChangeShare *float64      `json:"change_share"`
	Needs       []NeedMention `json:"needs"`
	Noes        []No          `json:"noes"`
	Balance     []Third       `json:"balance"`
	// Guidelines are G2, G3 and G5 read on this client's talk alone: how
	// the professional answered their sustain and change talk, needs and
	// "no"s.
	Guidelines []Guideline `json:"guidelines"`
	// Score is the weighted mean of Guidelines, 0–100, nil when none of
	// their indicators applies (the client said no change or sustain talk
	// and no "no").
	Score *float64 `json:"score"`
	// Status follows from this client's own indicators (the weighted mean
	// of their values against their thresholds), as a guideline's does.
	Status string `json:"status"`
}

// Moment is one place in the session worth a second look, with one
// concrete thing to try there.
type Moment struct {
	// Kind is one of the Moment kinds, in rank order.
	Kind      string `json:"kind"`
	Guideline string `json:"guideline"`
	// Index is the client utterance the moment starts from.
	Index   int      `json:"index"`
	Speaker string   `json:"speaker"`
	Quote   string   `json:"quote"`
	Start   *float64 `json:"start"`
	// Response is the practitioner utterance that answered, nil if none.
	Response      *int   `json:"response"`
	ResponseQuote string `json:"response_quote"`
	WhatHappened  string `json:"what_happened"`
	// Try is one thing to try, built from the client's own words.
	Try string `json:"try"`
	// Uncertain is true when the client's words are not sure enough to be
	// called resistance (docs/analysis.md): reports then say so.
	Uncertain bool `json:"uncertain,omitempty"`
}

// Moment kinds, most important first: where resistance was fought comes
// before where it was missed, and both before what went well.
const (
	MomentSideTaken       = "side_taken"
	MomentNoBadly         = "no_received_badly"
	MomentTenderReactive  = "tender_spot_reactive"
	MomentNeedUnexplored  = "need_unexplored"
	MomentNoWell          = "no_received_well"
	MomentResistanceHeard = "resistance_reflected"
)
