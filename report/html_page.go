package report

import (
	"fmt"
	"html/template"
	"math"

	"github.com/ally-mi/ally"
)

// sessionPage is everything the HTML report of one session shows, worked
// out in Go so the template only lays it out.
type sessionPage struct {
	Name, Format, Length string
	Speakers             []ally.Speaker
	// Warnings say what the reader left out or read around in the file.
	Warnings []string
	// Strengths and Goals open the report, as a supervisor's feedback.
	Strengths, Goals []point
	Glossary         []term
	// Analysed is false when the page shows a coded transcript only.
	Analysed bool
	Score    scoreView
	// Short warns that the score rests on few utterances.
	Short      string
	Guidelines []guidelineView
	MITI       []metricView
	Timeline   timeline
	Moments    []momentView
	Needs      []needView
	Noes       []noView
	Balance    []thirdView
	Clients    []clientView
	Utterances []utteranceView
}

// scoreView is the overall score and its ring.
type scoreView struct {
	Text, Status, Class, Mark string
	// Range says in words how sure the score is, "" when there is no range.
	Range string
	// Dash is the length of the ring's arc, out of Circumference.
	Dash, Circumference float64
}

// badge is a status with its CSS class and its colour-free mark.
type badge struct{ Status, Class, Mark string }

func newBadge(s string) badge { return badge{s, statusClass(s), statusMark(s)} }

type guidelineView struct {
	ID, Name, Score string
	Badge           badge
	Note            string
	Indicators      []indicatorView
}

type indicatorView struct {
	Name, Value, Fair, Good, Source string
	Plain                           string // what it measures, in everyday words
	Badge                           badge
	N                               int
	MITI                            bool // the thresholds come from the MITI manual
	Evidence                        []int
	More                            int // evidence not listed
}

type metricView struct{ Name, Value, Note string }

type momentView struct {
	N                 int
	Title, Guideline  string
	Uncertain         string // said when the code behind the moment is unsure
	WentWell          bool
	Index             int
	Time, Speaker     string
	Quote             string
	Response          *int
	ResponseQuote     string
	WhatHappened, Try string
}

type needView struct {
	Name                  string
	Heard, Sustain, Named []int
}

type noView struct {
	Index               int
	Time, Speaker       string
	Kind, Cue, Received string
	Class               string
	Response            *int
	// Form is what the embedding page shows beneath the "no", see
	// HTMLOptions.NoForm.
	Form template.HTML
}

type thirdView struct {
	Label           string
	Change, Sustain int
	Share           string
	ChangePct       float64 // widths of the bar, in % of the row
	SustainPct      float64
}

type clientView struct {
	Speaker         string
	Change, Sustain int
	Share           string
	Balance         []thirdView
	Needs           []needView
	Noes            []noView
	Score           string // how the client's talk was answered, 0–100
	Badge           badge
	Few             bool // the score rests on few utterances
	Indicators      []indicatorView
}

type utteranceView struct {
	Index         int
	Time, Speaker string
	Client        bool
	Text          string
	Class         string // the code's CSS class
	Code, Sub     string
	Confidence    string
	Corrected     bool // the code is a professional's correction
	Moment        int  // the moment starting here, 0 if none
}

// maxHTMLEvidence is how many utterance links an indicator lists.
const maxHTMLEvidence = 12

// newSessionPage builds the page of a transcript and its analysis, which
// may be nil.
func newSessionPage(t *ally.Transcript, a *ally.Analysis, opt HTMLOptions) sessionPage {
	name := baseName(t.Name)
	if opt.Title != "" {
		name = opt.Title
	}
	p := sessionPage{Name: name, Format: t.Format, Speakers: t.Speakers, Analysed: a != nil}
	p.Length = fmt.Sprintf("%d utterances", len(t.Utterances))
	if d, ok := duration(t); ok {
		p.Length += ", " + clock(d)
	}
	for _, w := range t.Warnings {
		p.Warnings = append(p.Warnings, w.String())
	}
	p.Timeline = newTimeline(t, a)
	moments := map[int]int{}
	if a != nil {
		p.Score = newScore(a)
		p.Strengths, p.Goals = feedback(t, a)
		p.Glossary = glossary()
		if short(t, a) {
			p.Short = shortNote
		}
		for _, g := range a.Guidelines {
			p.Guidelines = append(p.Guidelines, newGuideline(g, len(t.Utterances), opt.TenderSpotsHint))
		}
		p.MITI = mitiMetrics(a)
		names := map[string]string{}
		for _, g := range a.Guidelines {
			names[g.ID] = g.Name
		}
		for i, m := range a.Moments {
			mv := newMoment(i+1, m)
			mv.Guideline = names[m.Guideline]
			p.Moments = append(p.Moments, mv)
			if _, ok := moments[m.Index]; !ok {
				moments[m.Index] = i + 1
			}
		}
		p.Needs = needViews(a.Needs, len(t.Utterances))
		p.Noes = noViews(t, a.Noes, opt.NoForm)
		p.Balance = thirdViews(a.Balance)
		for _, c := range a.Clients {
			p.Clients = append(p.Clients, newClient(t, c))
		}
	}
	for _, u := range t.Utterances {
		v := utteranceView{Index: u.Index, Speaker: u.Speaker, Client: u.Role == ally.RoleClient,
			Text: u.Text, Code: u.Code.Label, Sub: u.Code.Subcode, Moment: moments[u.Index]}
		if u.Start != nil {
			v.Time = clock(*u.Start)
		}
		switch {
		case u.Code.Label == "":
			v.Class, v.Code = "uncoded", "uncoded"
		case v.Client:
			v.Class = u.Code.Label
		default:
			v.Class = practitionerClass(u.Code.Label)
		}
		if v.Corrected = opt.Corrected[u.Index]; !v.Corrected && u.Code.Label != "" {
			v.Confidence = percent(u.Code.Confidence)
		}
		p.Utterances = append(p.Utterances, v)
	}
	return p
}

// ringRadius is the radius of the score ring, in SVG units.
const ringRadius = 52.0

func newScore(a *ally.Analysis) scoreView {
	v := a.Score
	s := scoreView{Text: scoreText(v), Circumference: 2 * math.Pi * ringRadius, Range: rangeText(a)}
	st := newBadge(bandStatus(a))
	s.Status, s.Class, s.Mark = st.Status, st.Class, st.Mark
	if v != nil {
		s.Dash = s.Circumference * math.Max(0, math.Min(100, *v)) / 100
	}
	return s
}

// newGuideline builds the view of a guideline of a transcript of n
// utterances; hint says where tender spots are named, for G1.
func newGuideline(g ally.Guideline, n int, hint string) guidelineView {
	v := guidelineView{ID: g.ID, Name: g.Name, Score: scoreText(g.Score), Badge: newBadge(g.Status)}
	if g.ID == "G1" && g.Status == ally.StatusNotApplicable {
		v.Note = tenderSpotsNote
		if hint != "" {
			v.Note += " " + hint
		}
	}
	for _, ind := range g.Indicators {
		v.Indicators = append(v.Indicators, newIndicator(ind, n))
	}
	return v
}

// newIndicator builds the view of an indicator of a transcript of n
// utterances.
func newIndicator(ind ally.Indicator, n int) indicatorView {
	iv := indicatorView{Name: ind.Name, Plain: plainIndicator[ind.ID], Value: indicatorValue(ind), Fair: bound(ind, ind.Fair),
		Good: bound(ind, ind.Good), Source: ind.Source, Badge: newBadge(ind.Status), N: ind.N, MITI: ind.Source == ally.SourceMITI}
	iv.Evidence = inRange(ind.Evidence, n)
	if len(iv.Evidence) > maxHTMLEvidence {
		iv.Evidence, iv.More = iv.Evidence[:maxHTMLEvidence], len(iv.Evidence)-maxHTMLEvidence
	}
	return iv
}

// newClient builds the card of one client of a group session.
func newClient(t *ally.Transcript, c ally.ClientSection) clientView {
	n := len(t.Utterances)
	v := clientView{Speaker: c.Speaker, Change: c.Change, Sustain: c.Sustain,
		Share: fewCasesShare(c.Change, c.Change+c.Sustain), Balance: thirdViews(c.Balance),
		Needs: needViews(c.Needs, n), Noes: noViews(t, c.Noes, nil),
		Score: scoreText(c.Score), Badge: newBadge(clientBadge(c)), Few: fewUtterances(c)}
	for _, ind := range clientIndicators(c) {
		v.Indicators = append(v.Indicators, newIndicator(ind, n))
	}
	return v
}

func mitiMetrics(a *ally.Analysis) []metricView {
	m := a.MITI
	threshold := func(id string) string {
		if ind, ok := findIndicator(a, id); ok {
			return fmt.Sprintf("fair %s, good %s", bound(ind, ind.Fair), bound(ind, ind.Good))
		}
		return ""
	}
	return []metricView{
		{"Reflections per question", orDash(m.ReflectionToQuestion, "%.2f"), threshold("reflection_to_question") + weighedNote(a)},
		{"Complex reflections", orDash(m.PercentComplexReflections, "%.0f%%"), threshold("percent_complex_reflections")},
		{"MI-consistent", fmt.Sprint(m.MIAdherent), fmt.Sprintf("affirm %d, seek collaboration %d, emphasise autonomy %d",
			m.Affirm, m.SeekCollaboration, m.EmphasizeAutonomy)},
		{"MI-inconsistent", fmt.Sprint(m.MINonAdherent), fmt.Sprintf("confront %d, persuade %d", m.Confront, m.Persuade)},
		{"Reflections, questions", fmt.Sprintf("%d, %d", m.Reflections, m.Questions), ""},
	}
}

func newMoment(n int, m ally.Moment) momentView {
	v := momentView{N: n, Title: momentTitle(m.Kind), Guideline: m.Guideline, WentWell: momentWentWell(m.Kind),
		Index: m.Index, Speaker: m.Speaker, Quote: m.Quote, Response: m.Response, ResponseQuote: m.ResponseQuote,
		WhatHappened: m.WhatHappened, Try: m.Try}
	if m.Start != nil {
		v.Time = clock(*m.Start)
	}
	if m.Uncertain {
		v.Uncertain = uncertainNote
	}
	return v
}

func needViews(ns []ally.NeedMention, utterances int) []needView {
	var out []needView
	for _, n := range ns {
		out = append(out, needView{Name: capitalize(n.Name), Heard: inRange(n.Utterances, utterances),
			Sustain: inRange(n.Sustain, utterances), Named: inRange(n.Named, utterances)})
	}
	return out
}

// inRange keeps the utterance indexes that exist, so no link on the page
// leads nowhere.
func inRange(idx []int, n int) []int {
	var out []int
	for _, i := range idx {
		if i >= 0 && i < n {
			out = append(out, i)
		}
	}
	return out
}

// noViews builds the list of "no"s, each followed by what form returns for
// it when form is not nil.
func noViews(t *ally.Transcript, ns []ally.No, form func(ally.No) template.HTML) []noView {
	var out []noView
	for _, n := range ns {
		v := noView{Index: n.Index, Speaker: n.Speaker, Kind: noKind(n.Kind), Cue: n.Cue,
			Received: receivedText(t, n), Response: n.Response}
		if form != nil {
			v.Form = form(n)
		}
		switch n.Received {
		case "well":
			v.Class = "good"
		case "badly":
			v.Class = "work"
		default:
			v.Class = "na"
		}
		if n.Index >= 0 && n.Index < len(t.Utterances) {
			v.Cue = asSaid(t.Utterances[n.Index].Text, n.Cue)
			if t.Utterances[n.Index].Start != nil {
				v.Time = clock(*t.Utterances[n.Index].Start)
			}
		}
		out = append(out, v)
	}
	return out
}

func thirdViews(ts []ally.Third) []thirdView {
	most := 1
	for _, th := range ts {
		most = max(most, th.Change+th.Sustain)
	}
	var out []thirdView
	for _, th := range ts {
		out = append(out, thirdView{Label: ordinal(th.Part), Change: th.Change, Sustain: th.Sustain,
			Share:     fewCasesShare(th.Change, th.Change+th.Sustain),
			ChangePct: 100 * float64(th.Change) / float64(most), SustainPct: 100 * float64(th.Sustain) / float64(most)})
	}
	return out
}
