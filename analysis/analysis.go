// Package analysis reads a coded transcript the way ally's five guidelines
// do: where the client's resistance and motivation spoke, how the
// professional answered each, and what to try next. It adds MITI 4.2.1-style
// summary scores and one "working with resistance" score, 0–100.
//
// Every figure is computed from the utterance codes and a few phrase rules,
// so a reader can recompute it by hand; docs/analysis.md gives each
// definition, threshold and source.
//
// The readings it scores from live in packages of their own: behaviour
// (the MITI behaviours in a practitioner's words), needs (the needs
// taxonomy and its matcher), noes (the client's "no"s) and quote (the
// client's words said back), all on the word tools of lex.
package analysis

import "github.com/ally-mi/ally"

// Options tune an analysis to one professional.
type Options struct {
	// TenderSpots are the subjects where the professional knows they may
	// react from their own history ("drinking", "my father"). Guideline 1 is
	// not applicable without them.
	TenderSpots []string
}

// Analyze reads a coded transcript. Uncoded utterances count as neither
// client talk nor practitioner behaviour, so an uncoded transcript yields
// no score.
func Analyze(t *ally.Transcript, opt Options) *ally.Analysis {
	s := newSession(t)
	a := &ally.Analysis{
		MITI:    s.miti(),
		Needs:   s.needs(nil),
		Noes:    s.noes(nil),
		Balance: s.thirds(""),
	}
	a.Guidelines = []ally.Guideline{
		guideline("G1", "Start with yourself", s.tenderSpots(opt.TenderSpots)),
		guideline("G2", "Assume positive intent", s.needsExplored(a.Needs)),
		guideline("G3", "Take care of both sides", s.balance()),
		guideline("G4", "Take the longer road", s.pace(a.MITI)),
		guideline("G5", "Give the option to say no", s.sayingNo(a.Noes)),
	}
	if coded(t) {
		// Phrase rules and client "no"s need no codes, but a score from
		// them alone would pass for a reading of the whole session.
		a.Score = overall(a.Guidelines)
		if a.Score != nil {
			a.ScoreBand = ally.Band(*a.Score)
			a.ScoreRange = s.scoreRange(*a.Score, opt.TenderSpots)
		}
	}
	a.Moments = s.moments(a, opt.TenderSpots)
	a.Clients = s.clients()
	return a
}

// coded reports whether any utterance of t carries a code.
func coded(t *ally.Transcript) bool {
	for _, u := range t.Utterances {
		if u.Code.Label != "" {
			return true
		}
	}
	return false
}
