package web

import (
	"fmt"
	"html/template"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/chart"
	"github.com/ally-mi/ally/measure"
	"github.com/ally-mi/ally/report"
	"github.com/ally-mi/ally/trend"
)

// chartView is one chart on a trends page: a heading and a line a coach
// without MI training understands, the chart with its table, and a note
// when there is too little to call it a trend.
type chartView struct {
	ID, Heading, Explain string
	Chart                template.HTML
	Note                 string
}

// fewNote says that a single point is not yet a trend.
func fewNote(n int, what string) string {
	if n == 1 {
		return "Only one " + what + " so far: a trend needs two or more."
	}
	return ""
}

// dateLabels labels dates as "3 Mar", with the year when they span more
// than one.
func dateLabels(dates []time.Time) []string {
	layout := "2 Jan"
	if len(dates) > 0 && dates[0].Year() != dates[len(dates)-1].Year() {
		layout = "2 Jan 06"
	}
	out := make([]string, len(dates))
	for i, d := range dates {
		out[i] = d.Format(layout)
	}
	return out
}

// clientCharts are the charts of a client's trends page.
func clientCharts(name string, t trend.Client) []chartView {
	return []chartView{talkChart(name, t.Talk), rulersChart(name, t.CheckIns),
		measureChart(t.CheckIns, "phq9"), measureChart(t.CheckIns, "gad7"), attendanceChart(name, t.Attendance)}
}

func talkChart(name string, talk []trend.Talk) chartView {
	var dates []time.Time
	// The report's colours for change and sustain talk.
	change, sustain := chart.Series{Name: "Change talk", Colour: "#0f7b5f"}, chart.Series{Name: "Sustain talk", Colour: "#c25400"}
	for _, p := range talk {
		dates = append(dates, p.Date)
		change.Values, sustain.Values = append(change.Values, p.ChangeShare), append(sustain.Values, p.SustainShare)
		change.Text = append(change.Text, report.ShareText(p.Change, p.Change+p.Sustain))
		sustain.Text = append(sustain.Text, report.ShareText(p.Sustain, p.Change+p.Sustain))
	}
	return chartView{ID: "talk", Heading: "Change talk and sustain talk, session by session",
		Explain: "Of what " + name + " said about the change, how much was for changing (change talk) and how much for keeping " +
			"things as they are (sustain talk: the resistance, which protects something they need). Both deserve attention.",
		Note: fewNote(len(talk), "analysed session"),
		Chart: chart.Bars{ID: "talk", Title: "Change talk and sustain talk, session by session",
			Desc:   "Each bar is one analysed session: change talk, solid, below; sustain talk, hatched, above.",
			XTitle: "Session", YTitle: "Share of talk", Labels: dateLabels(dates), Stacked: true,
			Unit: chart.Percent, Min: 0, Max: 100, Series: []chart.Series{change, sustain},
			Empty: "No analysed sessions yet: upload a session's transcript to see the balance of change and sustain talk."}.HTML()}
}

func rulersChart(name string, cs []trend.CheckIn) chartView {
	var dates []time.Time
	imp, conf := chart.Series{Name: "Importance"}, chart.Series{Name: "Confidence"}
	n := 0
	for _, c := range cs {
		if c.Importance == nil && c.Confidence == nil {
			continue
		}
		n++
		dates = append(dates, c.Date)
		imp.Values, conf.Values = append(imp.Values, chart.Int(c.Importance)), append(conf.Values, chart.Int(c.Confidence))
	}
	return chartView{ID: "rulers", Heading: "How important the change feels, and how confident " + name + " is",
		Explain: "The 0–10 rulers " + name + " answered in check-ins: how important the change is to them, and how sure they are they can make it.",
		Note:    fewNote(n, "answered check-in"),
		Chart: chart.Line{ID: "rulers", Title: "Importance and confidence rulers, check-in by check-in",
			Desc: "The importance and confidence rulers, 0 to 10, of each answered check-in.", XTitle: "Check-in", YTitle: "Ruler, 0–10",
			Labels: dateLabels(dates), Series: []chart.Series{imp, conf}, Min: 0, Max: 10,
			Empty: "No answered check-ins with rulers yet: send " + name + " a check-in link to see them here."}.HTML()}
}

// measureChart draws PHQ-9 ("phq9") or GAD-7 ("gad7") totals over their
// severity bands.
func measureChart(cs []trend.CheckIn, which string) chartView {
	v := chartView{ID: which, Heading: "Low mood (PHQ-9), check-in by check-in",
		Explain: "The PHQ-9 questionnaire's total, 0–27, over its severity bands: lower means fewer signs of depression."}
	bands, max := measure.PHQ9Bands, 27.0
	if which == "gad7" {
		v.Heading = "Worry and anxiety (GAD-7), check-in by check-in"
		v.Explain = "The GAD-7 questionnaire's total, 0–21, over its severity bands: lower means fewer signs of anxiety."
		bands, max = measure.GAD7Bands, 21
	}
	s := chart.Series{Name: "PHQ-9 total"}
	if which == "gad7" {
		s.Name = "GAD-7 total"
	}
	var dates []time.Time
	for _, c := range cs {
		total, band := c.PHQ9, c.PHQ9Band
		if which == "gad7" {
			total, band = c.GAD7, c.GAD7Band
		}
		if total == nil {
			continue
		}
		dates = append(dates, c.Date)
		s.Values = append(s.Values, chart.Int(total))
		s.Text = append(s.Text, fmt.Sprintf("%d (%s)", *total, band))
	}
	v.Note = fewNote(len(dates), "answer")
	v.Chart = chart.Line{ID: which, Title: v.Heading, Desc: v.Explain, XTitle: "Check-in", YTitle: s.Name,
		Labels: dateLabels(dates), Series: []chart.Series{s}, Min: 0, Max: max, Bands: severityBands(bands),
		Empty: "No answers yet: ask for it in a check-in link."}.HTML()
	return v
}

// severityBands shades a questionnaire's bands, each from its first total
// to the next band's.
func severityBands(bs []measure.Band) []chart.Band {
	var out []chart.Band
	for i, b := range bs {
		to := float64(b.Max)
		if i+1 < len(bs) {
			to = float64(bs[i+1].Min)
		}
		out = append(out, chart.Band{From: float64(b.Min), To: to, Label: b.Name, Shade: i})
	}
	return out
}

func attendanceChart(name string, ms []trend.Month) chartView {
	var dates []string
	att, canc, miss := chart.Series{Name: "Attended"}, chart.Series{Name: "Cancelled"}, chart.Series{Name: "No-show"}
	for _, m := range ms {
		dates = append(dates, m.Month.Format("Jan 2006"))
		att.Values = append(att.Values, chart.Float(float64(m.Attended)))
		canc.Values = append(canc.Values, chart.Float(float64(m.Cancelled)))
		miss.Values = append(miss.Values, chart.Float(float64(m.NoShow)))
	}
	return chartView{ID: "attendance", Heading: "Sessions attended, cancelled and missed, month by month",
		Explain: "A cancelled or missed session can be a quiet “no”: something to be curious about with " + name + ", not a failure.",
		Chart: chart.Bars{ID: "attendance", Title: "Sessions attended, cancelled and missed, month by month",
			Desc:   "Each bar is one month, its sessions stacked by what happened: attended, cancelled, no-show.",
			XTitle: "Month", YTitle: "Sessions", Labels: dates, Stacked: true, Total: true, Min: 0, Max: 2,
			Series: []chart.Series{att, canc, miss}, Empty: "No sessions have taken place yet."}.HTML()}
}

// professionalCharts are the charts of the professional's trends page;
// names gives each client's name, for the tables.
func professionalCharts(p trend.Professional, names map[int64]string) []chartView {
	var dates []time.Time
	var rows []string
	score, rq, complex := chart.Series{Name: "Score"}, chart.Series{Name: "Reflections per question"}, chart.Series{Name: "Complex reflections"}
	sides, noes := chart.Series{Name: "Sides taken"}, chart.Series{Name: "“No”s received well"}
	for _, f := range p.Sessions {
		dates = append(dates, f.Date)
		score.Values, score.Text = append(score.Values, f.Score), append(score.Text, report.ScoreText(f.Score))
		rq.Values = append(rq.Values, f.ReflectionsPerQuestion)
		complex.Values = append(complex.Values, f.ComplexReflections)
		sides.Values, sides.Text = append(sides.Values, f.SidesTaken), append(sides.Text, indicatorText(f.SidesTakenIndicator))
		noes.Values, noes.Text = append(noes.Values, f.NoesReceivedWell), append(noes.Text, indicatorText(f.NoesReceivedWellIndicator))
	}
	labels := dateLabels(dates)
	for i, f := range p.Sessions {
		rows = append(rows, labels[i]+", "+names[f.ClientID])
	}
	note := fewNote(len(dates), "analysed session")
	empty := "No analysed sessions yet: upload a session's transcript to start your trends."
	// Each chart's id is its measure's, so it finds its thresholds.
	line := func(id, heading, explain, yTitle string, s chart.Series, u chart.Unit, max float64) chartView {
		return chartView{ID: id, Heading: heading, Explain: explain, Note: note,
			Chart: chart.Line{ID: id, Title: heading, Desc: explain, XTitle: "Session", YTitle: yTitle, Labels: labels, Rows: rows,
				Series: []chart.Series{s}, Min: 0, Max: max, Unit: u, Bands: thresholdBands(p.Thresholds[id], max), Empty: empty}.HTML()}
	}
	return []chartView{
		line(trend.IDScore, "Working with resistance, session by session",
			"The overall score of each analysed session, 0–100, as its report gives it: how well you worked with the client's resistance rather than against it.",
			"Score, 0–100", score, chart.Number, 100),
		line(trend.IDReflectionQuestion, "Reflections for each question you asked",
			"How many times you said back what you heard for every question you asked; in MI, two or more is good and one is fair.",
			"Reflections per question", rq, chart.Ratio, 2.5),
		line(trend.IDComplex, "Reflections that add meaning or feeling",
			"Complex reflections, out of all your reflections: saying back more than the client's words, such as the feeling or need beneath them.",
			"Complex reflections", complex, chart.Percent, 100),
		line(trend.IDSidesTaken, "Sides taken when the client spoke for things as they are",
			"How often you answered the client's reasons for keeping things as they are by pushing for change; lower is better.",
			"Sides taken", sides, chart.Percent, 40),
		line(trend.IDNoesWell, "The client's “no”s, received well",
			"Of the client's “no”s, open or quiet, how many you received well: reflected, accepted or explored.",
			"“No”s received well", noes, chart.Percent, 100),
	}
}

// indicatorText is an indicator's value as the report writes it.
func indicatorText(ind *ally.Indicator) string {
	if ind == nil {
		return ""
	}
	return report.IndicatorValue(*ind)
}

// thresholdBands shades a measure's "needs work", "fair" and "good" ranges
// behind its line, the darker the further from good.
func thresholdBands(th trend.Threshold, top float64) []chart.Band {
	if th.Better == "" {
		return nil
	}
	if th.Better == "lower" {
		return []chart.Band{{From: 0, To: th.Good, Label: "good", Shade: 0}, {From: th.Good, To: th.Fair, Label: "fair", Shade: 1},
			{From: th.Fair, To: max(top, 1000), Label: "needs work", Shade: 2}}
	}
	return []chart.Band{{From: 0, To: th.Fair, Label: "needs work", Shade: 2}, {From: th.Fair, To: th.Good, Label: "fair", Shade: 1},
		{From: th.Good, To: max(top, 1000), Label: "good", Shade: 0}}
}
