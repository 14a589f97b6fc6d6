package chart_test

import (
	"encoding/xml"
	"html/template"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally/chart"
	"github.com/ally-mi/ally/internal/allytest"
)

var f = chart.Float

// charts are the golden cases: a few real shapes and the edge cases.
var charts = []struct {
	name string
	html func() template.HTML
}{
	{"line-bands", func() template.HTML {
		return chart.Line{ID: "phq9", Title: "Low mood (PHQ-9), check-in by check-in", Desc: "PHQ-9 totals over its severity bands.",
			XTitle: "Check-in", YTitle: "PHQ-9 total", Labels: []string{"3 Mar", "17 Mar", "31 Mar", "14 Apr"},
			Series: []chart.Series{{Name: "PHQ-9", Values: []*float64{f(16), f(12), f(9), f(6)},
				Text: []string{"16 (moderately severe)", "12 (moderate)", "9 (mild)", "6 (mild)"}}},
			Min: 0, Max: 27,
			Bands: []chart.Band{{0, 5, "minimal", 0}, {5, 10, "mild", 1}, {10, 15, "moderate", 2}, {15, 20, "moderately severe", 3}, {20, 27, "severe", 4}},
		}.HTML()
	}},
	{"line-two-series-missing", func() template.HTML {
		return chart.Line{ID: "rulers", Title: "Importance and confidence", XTitle: "Check-in", YTitle: "0 to 10",
			Labels: []string{"3 Mar", "10 Mar", "17 Mar", "24 Mar", "31 Mar"}, Min: 0, Max: 10,
			Series: []chart.Series{
				{Name: "Importance", Values: []*float64{f(6), nil, f(7), f(8), nil}},
				{Name: "Confidence", Values: []*float64{f(3), f(4), nil, f(5), f(6)}},
			}}.HTML()
	}},
	{"line-one-point", func() template.HTML {
		return chart.Line{ID: "score", Title: "Score", XTitle: "Session", YTitle: "Score", Labels: []string{"3 Mar"},
			Series: []chart.Series{{Name: "Score", Values: []*float64{f(52)}}}, Min: 0, Max: 100}.HTML()
	}},
	{"line-all-equal", func() template.HTML {
		return chart.Line{ID: "rq", Title: "Reflections per question", XTitle: "Session", YTitle: "Ratio", Unit: chart.Ratio,
			Labels: []string{"3 Mar", "10 Mar", "17 Mar"}, Series: []chart.Series{{Name: "R:Q", Values: []*float64{f(1.5), f(1.5), f(1.5)}}}}.HTML()
	}},
	{"line-empty", func() template.HTML {
		return chart.Line{ID: "none", Title: "Nothing", Labels: []string{"3 Mar"}, Series: []chart.Series{{Name: "x", Values: []*float64{nil}}},
			Empty: "No answered check-ins yet."}.HTML()
	}},
	{"bars-stacked", func() template.HTML {
		return chart.Bars{ID: "talk", Title: "Change talk and sustain talk", XTitle: "Session", YTitle: "Share of the client's talk",
			Labels: []string{"3 Mar", "10 Mar", "17 Mar"}, Stacked: true, Unit: chart.Percent, Min: 0, Max: 100,
			Series: []chart.Series{
				{Name: "Change talk", Values: []*float64{f(40), nil, f(75)}},
				{Name: "Sustain talk", Values: []*float64{f(60), nil, f(25)}},
			}}.HTML()
	}},
	{"bars-counts", func() template.HTML {
		return chart.Bars{ID: "attendance", Title: "Attendance", XTitle: "Month", YTitle: "Sessions", Stacked: true, Total: true,
			Labels: []string{"Jan 2026", "Feb 2026", "Mar 2026"},
			Series: []chart.Series{
				{Name: "Attended", Values: []*float64{f(3), f(2), f(4)}},
				{Name: "Cancelled", Values: []*float64{f(0), f(1), f(0)}},
				{Name: "No-show", Values: []*float64{f(1), f(0), f(0)}},
			}}.HTML()
	}},
}

func TestGolden(t *testing.T) {
	for _, c := range charts {
		t.Run(c.name, func(t *testing.T) {
			got := c.html()
			wellFormed(t, string(got))
			allytest.Golden(t, filepath.Join("testdata", c.name+".golden"), []byte(got))
		})
	}
}

// wellFormed fails unless html parses as XML, so no element is left open.
func wellFormed(tb testing.TB, html string) {
	tb.Helper()
	d := xml.NewDecoder(strings.NewReader("<root>" + html + "</root>"))
	d.Entity = map[string]string{"nbsp": " "}
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			tb.Fatalf("not well formed: %v\n%s", err, html)
		}
	}
}

func TestAccessible(t *testing.T) {
	got := string(charts[0].html())
	for _, want := range []string{`role="img"`, `aria-labelledby="phq9-title phq9-desc"`, `<title id="phq9-title">Low mood (PHQ-9), check-in by check-in</title>`,
		`from 16 (moderately severe) on 3 Mar to 6 (mild) on 14 Apr`, `viewBox="0 0 440.0 260.0" width="100%"`,
		`<th scope="row">31 Mar</th><td class="num">9 (mild)</td>`, ">moderately severe</text>"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
	if strings.Contains(got, "<script") || strings.Contains(got, "@font-face") || strings.Contains(got, "http") && !strings.Contains(got, "http://www.w3.org") {
		t.Errorf("a chart needs no script, web font or network")
	}
}

func TestMissingBreaksTheLine(t *testing.T) {
	got := string(charts[1].html())
	// Importance is there at 0, 2 and 3: one run joins 2 and 3, and 0
	// stands alone as a marker. Confidence breaks into 0–1 and 3–4.
	if n := strings.Count(got, `fill="none" stroke-width="2.5"`); n != 3 {
		t.Errorf("got %d line runs, want 3", n)
	}
	if !strings.Contains(got, `<td class="num">–</td>`) {
		t.Errorf("a missing value should read – in the table")
	}
}

func TestLabelsThinnedNotOverlapping(t *testing.T) {
	var labels []string
	var vals []*float64
	for i := range 40 {
		labels = append(labels, "12 Mar 26")
		vals = append(vals, f(float64(i)))
	}
	got := string(chart.Line{ID: "many", Title: "Many", Labels: labels, Series: []chart.Series{{Name: "v", Values: vals}}}.HTML())
	shown := strings.Count(got, ">12 Mar 26</text>")
	if shown < 3 || shown > 8 {
		t.Errorf("got %d x labels for 40 sessions, want a readable handful", shown)
	}
	if rows := strings.Count(got, `<th scope="row">`); rows != 40 {
		t.Errorf("got %d table rows, want every session", rows)
	}
}

func TestBarsStartAtZeroWithWholeTicks(t *testing.T) {
	got := string(chart.Bars{ID: "n", Title: "Counts", Labels: []string{"a", "b"},
		Series: []chart.Series{{Name: "n", Values: []*float64{f(3), f(4)}}}}.HTML())
	if !strings.Contains(got, `text-anchor="end">0</text>`) {
		t.Errorf("a bar chart's axis does not start at zero")
	}
	if strings.Contains(got, `.5</text>`) {
		t.Errorf("counts got a tick between whole numbers")
	}
}

func TestRowsSayMoreThanTheAxis(t *testing.T) {
	got := string(chart.Line{ID: "r", Title: "Score", Labels: []string{"3 Mar", "3 Mar"}, Rows: []string{"3 Mar, Ada", "3 Mar, Ben"},
		Series: []chart.Series{{Name: "Score", Values: []*float64{f(40), f(60)}}}}.HTML())
	if !strings.Contains(got, `<th scope="row">3 Mar, Ben</th>`) || strings.Contains(got, ">3 Mar, Ben</text>") {
		t.Errorf("rows should head the table only")
	}
}
