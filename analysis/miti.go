package analysis

import "github.com/ally-mi/ally"

// miti counts the MITI 4.2.1 summary scores. MITI gives an utterance one
// behaviour code, and a confrontation or persuasion worded as a reflection
// or a question ("You need to stop, it's killing your liver"; "Don't you
// think you should quit?") is coded as what it does, so such an utterance
// counts as confronting or persuading and not as a reflection or question.
func (s *session) miti() ally.MITI {
	var m ally.MITI
	complexN, subN := 0, 0
	for _, i := range s.practitioner() {
		b := s.beh[i]
		switch s.us[i].Code.Label {
		case ally.CodeReflection:
			if s.reactive(i) {
				break
			}
			m.Reflections++
			if sub := s.us[i].Code.Subcode; sub == ally.SubComplex || sub == ally.SubSimple {
				subN++
				if sub == ally.SubComplex {
					complexN++
				}
			}
		case ally.CodeQuestion:
			if s.reactive(i) {
				break
			}
			m.Questions++
		}
		if b.Affirm {
			m.Affirm++
		}
		if b.SeekCollaboration {
			m.SeekCollaboration++
		}
		if b.Autonomy {
			m.EmphasizeAutonomy++
		}
		if b.Confront {
			m.Confront++
		}
		if s.persuades(i) {
			m.Persuade++
		}
	}
	m.MIAdherent = m.Affirm + m.SeekCollaboration + m.EmphasizeAutonomy
	m.MINonAdherent = m.Confront + m.Persuade
	if m.Questions > 0 {
		m.ReflectionToQuestion = ptr(float64(m.Reflections)/float64(m.Questions), 2)
	}
	if subN > 0 {
		m.PercentComplexReflections = ptr(100*float64(complexN)/float64(subN), 1)
	}
	return m
}
