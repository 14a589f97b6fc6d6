package analysis

import (
	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/lex"
)

// Guideline 1 thresholds. ally's own: the professional should answer at a
// tender spot the way they answer elsewhere, mostly with reflections and
// open questions, and rarely with the righting reflex.
var (
	thTenderWith = threshold{"tender_spot_with", "Went with the client at tender spots", "%", 50, 75, ally.SourceAlly, weightRefinement}
	thTenderReac = threshold{"tender_spot_reactive", "Reacted at tender spots (unasked input, persuasion, confrontation)", "%", 20, 10, ally.SourceAlly, weightProcess}
	thTenderGap  = threshold{"tender_spot_gap", "Went with the client less at tender spots than elsewhere", "points", 15, 0, ally.SourceAlly, weightRefinement}
)

// CheckTenderSpots reports, as an error naming it, the first tender spot
// that names no subject: one whose words are all determiners or words so
// common ("I", "it", "the") that it would be met in nearly every utterance.
func CheckTenderSpots(spots []string) error {
	for _, sp := range spots {
		subject := false
		for _, w := range lex.Words(sp) {
			if !lex.IsDeterminer(w) && !lex.IsCommon(w) {
				subject = true
				break
			}
		}
		if !subject {
			return ally.Errorf(ally.EINVALID, "tender spot %q names no subject: its words are too common to look for; name the subject itself, such as \"drinking\" or \"my father\"", sp)
		}
	}
	return nil
}

// SpotsTouched returns the tender spots of spots that text touches, as
// guideline 1 matches them (with their everyday words), in the order given:
// what names the spot when a session that touched one is shown.
func SpotsTouched(text string, spots []string) []string {
	st := lex.Stems(text, true)
	var out []string
	for _, sp := range spots {
		for _, p := range widen(sp) {
			if p.In(st) {
				out = append(out, sp)
				break
			}
		}
	}
	return out
}

// touches returns the utterances that touch any tender spot.
func (s *session) touches(spots []string) []int {
	var ps []lex.Phrase
	for _, sp := range spots {
		ps = append(ps, widen(sp)...)
	}
	var out []int
	for i, u := range s.us {
		st := lex.Stems(u.Text, true)
		for _, p := range ps {
			if p.In(st) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// tenderSpots measures guideline 1. The practitioner utterances "at" a
// tender spot are those that touch it themselves and those that answer a
// client utterance touching it; every other practitioner utterance is
// "elsewhere".
func (s *session) tenderSpots(spots []string) []ally.Indicator {
	at := map[int]bool{}
	touched := s.touches(spots)
	for _, i := range touched {
		if s.us[i].Role == ally.RolePractitioner {
			at[i] = true
		} else if r := s.response(i); r >= 0 {
			at[r] = true
		}
	}
	var withAt, reacAt, nAt, withElse, nElse int
	var reacEv []int
	for _, i := range s.practitioner() {
		if s.us[i].Code.Label == "" {
			continue
		}
		if at[i] {
			nAt++
			if s.with(i) {
				withAt++
			}
			if s.reactive(i) {
				reacAt++
				reacEv = append(reacEv, i)
			}
		} else {
			nElse++
			if s.with(i) {
				withElse++
			}
		}
	}
	if len(spots) == 0 {
		nAt = 0
	}
	gap := thTenderGap.measure(0, 0, touched)
	if nAt > 0 && nElse > 0 {
		gap = thTenderGap.measure(100*float64(withElse)/float64(nElse)-100*float64(withAt)/float64(nAt), nAt, touched)
	}
	return []ally.Indicator{
		thTenderWith.percent(withAt, nAt, touched),
		thTenderReac.percent(reacAt, nAt, reacEv),
		gap,
	}
}
