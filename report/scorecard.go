package report

import (
	"fmt"
	"strings"

	"github.com/ally-mi/ally"
)

// Columns of a guideline's indicator table in the text report: the name
// wraps in its column, the others sit on its first line.
const (
	indicatorIndent = "     "
	indicatorName   = 38
	maxEvidence     = 8 // utterance references listed per indicator
)

// scorecard writes the analysis of a session for a terminal: the score,
// each guideline with its indicators, the MITI summary, the client's talk
// by thirds, needs, "no"s, group clients and the moments that matter.
func scorecard(p *printer, t *ally.Transcript, a *ally.Analysis) {
	p.line("")
	p.line(fmt.Sprintf("Working with resistance  %s/100  (%s)", scoreText(a.Score), bandStatus(a)))
	if r := rangeText(a); r != "" {
		p.wrap(r, "  ", "  ")
	}
	if short(t, a) {
		p.wrap(shortNote, "  ", "  ")
	}
	p.wrap(markNote, "  ", "  ")

	for _, g := range a.Guidelines {
		p.line("")
		head := g.ID + " " + g.Name
		right := g.Status
		if g.Score != nil {
			right += fmt.Sprintf(", %s/100", scoreText(g.Score))
		}
		p.line(fmt.Sprintf("%-*s%s", width-len([]rune(right)), fit(head, width-len([]rune(right))-1, false), right))
		if g.ID == "G1" && g.Status == ally.StatusNotApplicable {
			p.wrap(tenderSpotsNote+" (ally analyze --tender-spots)", indicatorIndent, indicatorIndent)
		}
		indicatorRow(p, "indicator", "value", "fair", "good", "status")
		for _, ind := range g.Indicators {
			lines := wrap(ind.Name, indicatorName, "", "  ")
			indicatorRow(p, lines[0], indicatorValue(ind), bound(ind, ind.Fair), bound(ind, ind.Good), ind.Status)
			for _, l := range lines[1:] {
				p.line(indicatorIndent + l)
			}
			if len(ind.Evidence) > 0 {
				p.wrap("see "+refs(ind.Evidence, maxEvidence), indicatorIndent+"  ", indicatorIndent+"     ")
			}
		}
	}

	p.line("")
	p.line("MITI summary")
	p.wrap("Plain counts of the coded utterances; the indicators above weigh each utterance by how sure the coder is.", "  ", "  ")
	m := a.MITI
	mitiRow(p, a, "Reflections per question", orDash(m.ReflectionToQuestion, "%.2f"), "reflection_to_question")
	mitiRow(p, a, "Complex reflections", orDash(m.PercentComplexReflections, "%.0f%%"), "percent_complex_reflections")
	p.wrap(fmt.Sprintf("affirm %d, seek collaboration %d, emphasise autonomy %d", m.Affirm, m.SeekCollaboration, m.EmphasizeAutonomy),
		fmt.Sprintf("  %-30s %-7d ", "MI-consistent", m.MIAdherent), strings.Repeat(" ", 41))
	p.line(fmt.Sprintf("  %-30s %-7d confront %d, persuade %d", "MI-inconsistent", m.MINonAdherent, m.Confront, m.Persuade))
	p.line(fmt.Sprintf("  %-30s %d, %d", "Reflections, questions", m.Reflections, m.Questions))

	if len(a.Balance) > 0 {
		p.line("")
		p.line("Change and sustain talk by thirds")
		thirds(p, "  ", a.Balance)
	}

	p.line("")
	p.line("Needs heard")
	if len(a.Needs) == 0 {
		p.line("  none of the needs ally knows came up")
	}
	needs(p, "  ", a.Needs)

	p.line("")
	p.line("Client “no”s")
	if len(a.Noes) == 0 {
		p.line("  none heard")
	}
	noes(p, "  ", t, a.Noes)

	if len(a.Clients) > 0 {
		p.line("")
		p.line("Clients")
		for _, c := range a.Clients {
			p.wrap(fmt.Sprintf("%s: change %d, sustain %d, %s change talk", c.Speaker, c.Change, c.Sustain,
				fewCasesShare(c.Change, c.Change+c.Sustain)), "  ", "    ")
			if c.Score != nil {
				p.wrap(fmt.Sprintf("how their talk was answered: %s/100 (%s)", scoreText(c.Score), clientStatus(c)), "    ", "      ")
			}
			for _, ind := range clientIndicators(c) {
				p.wrap(fmt.Sprintf("%s: %s (%s)", ind.Name, indicatorValue(ind), ind.Status), "      ", "        ")
			}
			if len(c.Balance) > 0 {
				var parts []string
				for _, th := range c.Balance {
					parts = append(parts, fewCasesShare(th.Change, th.Change+th.Sustain))
				}
				p.wrap("change talk by thirds: "+strings.Join(parts, ", "), "    ", "      ")
			}
			needs(p, "    ", c.Needs)
			noes(p, "    ", t, c.Noes)
		}
	}

	p.line("")
	p.line("Moments that matter")
	if len(a.Moments) == 0 {
		p.line("  none stood out")
	}
	for i, mo := range a.Moments {
		head := fmt.Sprintf("%d. %s (%s), #%d", i+1, momentTitle(mo.Kind), mo.Guideline, mo.Index)
		if mo.Start != nil {
			head += " [" + clock(*mo.Start) + "]"
		}
		p.wrap(head+" "+mo.Speaker, "  ", "     ")
		p.wrap("\""+mo.Quote+"\"", "     ", "      ")
		if mo.Response != nil {
			p.wrap(fmt.Sprintf("Response #%d: \"%s\"", *mo.Response, mo.ResponseQuote), "     ", "       ")
		}
		p.wrap("What happened: "+mo.WhatHappened, "     ", "       ")
		p.wrap("Try: "+mo.Try, "     ", "       ")
	}
}

// shortSession is the fewest utterances a scored session has before the
// report stops warning that its score rests on little.
const shortSession = 20

// shortNote is the warning a short session's score carries.
const shortNote = "A short session: the score rests on few utterances, so read it with the indicators below."

// short reports whether a scored session is too short for its score to say much.
func short(t *ally.Transcript, a *ally.Analysis) bool {
	return a.Score != nil && len(t.Utterances) < shortSession
}

// clientIndicators returns the indicators of a group client's section that
// apply to them.
func clientIndicators(c ally.ClientSection) []ally.Indicator {
	var out []ally.Indicator
	for _, g := range c.Guidelines {
		for _, ind := range g.Indicators {
			if ind.Status != ally.StatusNotApplicable {
				out = append(out, ind)
			}
		}
	}
	return out
}

// fewCases is how many change, sustain and "no" utterances a group
// client's score needs before the report stops warning that it rests on
// few: below it the shrunk sub-scores keep the score near the middle.
const fewCases = 5

// fewUtterances reports whether a group client's score rests on fewer than
// fewCases change, sustain and "no" utterances.
func fewUtterances(c ally.ClientSection) bool {
	return c.Change+c.Sustain+len(c.Noes) < fewCases
}

// clientStatus is a group client's score status, with a warning when it
// rests on few utterances.
func clientStatus(c ally.ClientSection) string {
	if fewUtterances(c) {
		return clientBadge(c) + "; few utterances, read the indicators"
	}
	return clientBadge(c)
}

// indicatorRow writes one row of an indicator table.
func indicatorRow(p *printer, name, value, fair, good, status string) {
	p.line(strings.TrimRight(fmt.Sprintf("%s%-*s %7s %6s %6s  %s",
		indicatorIndent, indicatorName, name, value, fair, good, tableStatus(status)), " "))
}

// tableStatus shortens only the one status too wide for the indicator table.
func tableStatus(status string) string {
	if status == ally.StatusNotApplicable {
		return "n/a"
	}
	return status
}

// mitiRow writes one MITI ratio with the thresholds of the matching
// indicator, when the analysis has one.
func mitiRow(p *printer, a *ally.Analysis, name, value, id string) {
	line := fmt.Sprintf("  %-30s %-7s", name, value)
	if ind, ok := findIndicator(a, id); ok {
		line += fmt.Sprintf(" fair %s, good %s", bound(ind, ind.Fair), bound(ind, ind.Good))
	}
	p.line(strings.TrimRight(line, " "))
}

// thirds writes the change and sustain talk of each third of a session.
func thirds(p *printer, indent string, balance []ally.Third) {
	for _, th := range balance {
		p.line(fmt.Sprintf("%s%-10s change %3d, sustain %3d  %s", indent, ordinal(th.Part), th.Change, th.Sustain,
			fewCasesShare(th.Change, th.Change+th.Sustain)+" change talk"))
	}
}

// needs writes each need heard and what became of it.
func needs(p *printer, indent string, ns []ally.NeedMention) {
	for _, n := range ns {
		s := capitalize(n.Name) + ": heard at " + refs(n.Utterances, maxEvidence)
		if len(n.Sustain) > 0 {
			s += "; behind sustain talk at " + refs(n.Sustain, maxEvidence)
		}
		if len(n.Named) > 0 {
			s += "; named back at " + refs(n.Named, maxEvidence)
		} else {
			s += "; not named back"
		}
		p.wrap(s, indent, indent+"  ")
	}
}

// noes writes each client "no" and how it was received.
func noes(p *printer, indent string, t *ally.Transcript, ns []ally.No) {
	for _, n := range ns {
		s := fmt.Sprintf("#%d", n.Index)
		if n.Index >= 0 && n.Index < len(t.Utterances) && t.Utterances[n.Index].Start != nil {
			s += " [" + clock(*t.Utterances[n.Index].Start) + "]"
		}
		cue := n.Cue
		if n.Index >= 0 && n.Index < len(t.Utterances) {
			cue = asSaid(t.Utterances[n.Index].Text, cue)
		}
		s += fmt.Sprintf(" %s, %s (\"%s\"): %s", n.Speaker, noKind(n.Kind), cue, receivedText(t, n))
		if n.Response != nil {
			s += fmt.Sprintf(" by #%d", *n.Response)
		}
		p.wrap(s, indent, indent+"  ")
	}
}
