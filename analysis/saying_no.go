package analysis

import "github.com/ally-mi/ally"

// Guideline 5 thresholds, ally's own: one invitation to say no (asking
// permission, offering options, emphasising autonomy) per session is the
// least a consent-minded session has, three is good; three in four "no"s
// received well is good, fewer than half needs work.
// Seeking collaboration and emphasising autonomy are MITI 4.2.1's
// MI-adherent behaviours; receiving a "no" well is ally's own.
var (
	thInvitations = threshold{"invitations", "Invitations to say no (permission, options, autonomy)", "count", 1, 3, ally.SourceAlly, weightProcess}
	thNoWell      = threshold{"noes_received_well", "Client “no”s received well", "%", 50, 75, ally.SourceAlly, weightRefinement}
)

// sayingNo measures guideline 5.
func (s *session) sayingNo(noes []ally.No) []ally.Indicator {
	var inv []int
	for _, i := range s.practitioner() {
		b := s.beh[i]
		if b.AskPermission || b.Options || b.Autonomy || s.is(i, ally.CodeInput, ally.SubOptions) {
			inv = append(inv, i)
		}
	}
	var well []int
	for _, n := range noes {
		if n.Received == "well" {
			well = append(well, n.Index)
		}
	}
	invN := 0
	for _, i := range s.practitioner() {
		if s.us[i].Code.Label != "" {
			invN++
		}
	}
	invInd := thInvitations.measure(float64(len(inv)), invN, inv)
	return []ally.Indicator{invInd, thNoWell.percent(len(well), len(noes), well)}
}
