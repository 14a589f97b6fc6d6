package analysis

import (
	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/lex"
)

// Guideline 4 thresholds. R:Q and %CR are MITI 4.2.1's fair and good
// competency thresholds. The rest are ally's own: rates per practitioner
// utterance so long and short sessions compare, with "good" near zero for
// the righting reflex and the MI rule of thumb that the client should talk
// more than the professional. The righting reflex and R:Q are the core
// markers of MI fidelity; advice, confrontation and persuasion are shown
// apart but scored once, inside the righting reflex.
var (
	thReflex    = threshold{"righting_reflex", "Righting reflex: unasked input, persuasion or confrontation", "%", 15, 5, ally.SourceAlly, weightCore}
	thRQ        = threshold{"reflection_to_question", "Reflection-to-question ratio", "ratio", 1, 2, ally.SourceMITI, weightCore}
	thListening = threshold{"reflective_listening", "Reflections among the practitioner's reflections, questions and input", "%", 35, 50, ally.SourceAlly, weightProcess}
	thAdvice    = threshold{"advice_without_permission", "Advice without permission", "%", 5, 2, ally.SourceAlly, weightDetail}
	thConfront  = threshold{"confrontation", "Confrontation", "%", 2, 0, ally.SourceAlly, weightDetail}
	thPersuade  = threshold{"persuasion", "Persuasion without permission", "%", 4, 1, ally.SourceAlly, weightDetail}
	thStrings   = threshold{"question_strings", "Questions asked as the third or later in a row without a reflection", "%", 25, 10, ally.SourceAlly, weightRefinement}
	thComplex   = threshold{"percent_complex_reflections", "Complex reflections", "%", 40, 50, ally.SourceMITI, weightRefinement}
	thTalkShare = threshold{"practitioner_talk_share", "Practitioner's share of the words spoken", "%", 60, 50, ally.SourceAlly, weightRefinement}
)

// pace measures guideline 4.
func (s *session) pace(m ally.MITI) []ally.Indicator {
	var coded, advice, confront, persuade, pushed, listened []int
	var pushW, reflW, questW, listenW float64
	substantive := 0 // reflections, questions and input
	for _, i := range s.practitioner() {
		if s.us[i].Code.Label == "" {
			continue
		}
		coded = append(coded, i)
		if s.adviceUnasked(i) {
			advice = append(advice, i)
		}
		if s.beh[i].Confront {
			confront = append(confront, i)
		}
		if s.persuades(i) && !s.adviceUnasked(i) {
			persuade = append(persuade, i)
		}
		if w := s.push(i); w > 0 {
			pushed = append(pushed, i)
			pushW += w
		}
		if w := s.listens(i); w > 0 {
			listened = append(listened, i)
			listenW += w
		}
		switch s.us[i].Code.Label {
		case ally.CodeReflection:
			reflW += s.listens(i)
			substantive++
		case ally.CodeQuestion:
			questW += s.conf(i)
			substantive++
		case ally.CodeInput:
			substantive++
		}
	}
	strung, questions := s.questionStrings()
	rq := thRQ.measure(0, 0, listened)
	if questW > 0 {
		rq = thRQ.measure(reflW/questW, len(listened)+m.Questions, listened)
	}
	cr := thComplex.measure(0, 0, nil)
	if m.PercentComplexReflections != nil {
		cr = thComplex.measure(*m.PercentComplexReflections, m.Reflections, nil)
	}
	pw, all := 0, 0
	for _, u := range s.us {
		n := len(lex.Words(u.Text))
		all += n
		if u.Role == ally.RolePractitioner {
			pw += n
		}
	}
	talk := thTalkShare.measure(0, 0, nil)
	// An uncoded transcript gets no score at all, talk share included.
	if all > 0 && len(coded) > 0 {
		talk = thTalkShare.measure(100*float64(pw)/float64(all), all, nil)
	}
	return []ally.Indicator{
		thReflex.weighted(pushW, float64(len(coded)), len(coded), pushed),
		rq,
		thListening.weighted(listenW, float64(substantive), substantive, listened),
		thAdvice.percent(len(advice), len(coded), advice),
		thConfront.percent(len(confront), len(coded), confront),
		thPersuade.percent(len(persuade), len(coded), persuade),
		thStrings.percent(len(strung), questions, strung),
		cr, talk,
	}
}

// questionStrings returns the questions asked as the third or later since
// the last reflection (other practitioner utterances and the client's
// answers do not break a string), and the number of questions.
func (s *session) questionStrings() (strung []int, questions int) {
	run := 0
	for _, i := range s.practitioner() {
		switch s.us[i].Code.Label {
		case ally.CodeReflection:
			// A reflection that pushes does not give the client room.
			if !s.reactive(i) {
				run = 0
			}
		case ally.CodeQuestion:
			questions++
			run++
			if run >= 3 {
				strung = append(strung, i)
			}
		}
	}
	return strung, questions
}
