package analysis

import "github.com/ally-mi/ally"

// Guideline 2 thresholds, ally's own: at least every other sustain
// utterance explored is fair practice in MI training; naming the need
// itself is rarer and harder, so its bar is lower.
// Exploring sustain talk is MITI's "softening sustain talk"; naming the need
// is ally's own refinement of it.
var (
	thSustainExplored = threshold{"sustain_explored", "Sustain talk explored (reflection or open question next)", "%", 40, 60, ally.SourceAlly, weightProcess}
	thNeedsNamed      = threshold{"needs_named", "Needs behind sustain talk named back", "%", 20, 40, ally.SourceAlly, weightRefinement}
)

// needsExplored measures guideline 2 from the sustain talk and the needs
// it mentions.
func (s *session) needsExplored(needs []ally.NeedMention) []ally.Indicator {
	sustain := s.clientWith(ally.CodeSustain, "")
	var explored []int
	part, whole := 0.0, 0.0
	for _, i := range sustain {
		whole += s.conf(i)
		if r := s.response(i); r >= 0 && s.explores(r) {
			explored = append(explored, i)
			part += s.conf(i) * s.conf(r)
		}
	}
	// A sustain utterance mentioning a need counts once, named when any of
	// its needs was named in the answer.
	withNeed := map[int]bool{}
	namedBy := map[int]bool{}
	for _, m := range needs {
		for _, i := range m.Sustain {
			withNeed[i] = true
		}
		for _, r := range m.Named {
			namedBy[r] = true
		}
	}
	var named []int
	for _, i := range sustain {
		if withNeed[i] && namedBy[s.response(i)] {
			named = append(named, i)
		}
	}
	return []ally.Indicator{
		thSustainExplored.weighted(part, whole, len(sustain), explored),
		thNeedsNamed.percent(len(named), len(withNeed), named),
	}
}
