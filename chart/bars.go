package chart

import (
	"fmt"
	"html/template"
	"strings"
)

// Bars is a bar chart: for each label, one bar per series side by side,
// or one bar with the series stacked.
type Bars struct {
	// ID names the chart on its page; element ids start with it.
	ID    string
	Title string
	// Desc says in a sentence what the chart shows.
	Desc           string
	XTitle, YTitle string
	Labels         []string
	Series         []Series
	Stacked        bool
	// Total adds each label's total to the table, for counts.
	Total bool
	// Min and Max are the least the y axis covers, as for Line.
	Min, Max float64
	Unit     Unit
	// Empty is what shows in place of the chart when it has no values.
	Empty string
}

// HTML returns the chart as a figure: legend, SVG and the table of its
// numbers, or the Empty text when there is nothing to draw.
func (c Bars) HTML() template.HTML {
	if points(c.Series) == 0 || len(c.Labels) == 0 {
		return empty(c.ID, c.Empty)
	}
	var b strings.Builder
	figureOpen(&b, c.ID)
	legend(&b, c.ID, c.Series, true)
	f := newFrame(c.Min, c.Max, c.Series, true, c.Stacked, len(c.Labels), c.Unit)
	desc := c.Desc
	if !c.Stacked {
		desc = strings.TrimSpace(desc + " " + summary(c.Labels, c.Series, c.Unit))
	}
	open(&b, c.ID, c.Title, desc)
	b.WriteString("<defs>\n")
	for i := range c.Series {
		pattern(&b, c.ID+"-p"+fmt.Sprint(i), styleFor(c.Series, i))
	}
	b.WriteString("</defs>\n")
	f.axes(&b, c.Labels, c.XTitle, c.YTitle, c.Unit)
	slot := f.plotW / float64(len(c.Labels))
	barW := min(slot*0.7, 56)
	if !c.Stacked {
		barW = min(slot*0.8/float64(len(c.Series)), 28)
	}
	base := f.clampY(0)
	for i := range c.Labels {
		sum := 0.0
		for k, s := range c.Series {
			if i >= len(s.Values) || s.Values[i] == nil || *s.Values[i] == 0 {
				continue
			}
			v := *s.Values[i]
			x := f.x(i) - barW/2
			y0, y1 := base, f.clampY(v)
			if c.Stacked {
				y0, y1 = f.clampY(sum), f.clampY(sum+v)
				sum += v
			} else {
				x = f.x(i) - barW*float64(len(c.Series))/2 + barW*float64(k)
			}
			if y0 < y1 {
				y0, y1 = y1, y0
			}
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s" stroke="#fff" stroke-width="1"><title>%s, %s: %s</title></rect>`+"\n",
				num(x), num(y1), num(barW), num(y0-y1), fill(c.ID, c.Series, k), esc(c.Labels[i]), esc(s.Name), esc(cell(s, i, c.Unit)))
		}
	}
	b.WriteString("</svg>\n")
	table(&b, c.ID, c.XTitle, c.Labels, c.Series, c.Unit, c.Total)
	b.WriteString("</figure>\n")
	return template.HTML(b.String())
}

// fill is the fill of series k of chart id: its colour, or its pattern.
func fill(id string, ss []Series, k int) string {
	if st := styleFor(ss, k); st.Pattern == "" {
		return st.Colour
	}
	return fmt.Sprintf("url(#%s-p%d)", esc(id), k)
}

// pattern defines the fill of a series drawn with a pattern: its colour
// crossed with white, so a bar reads in black-and-white print.
func pattern(b *strings.Builder, id string, st style) {
	if st.Pattern == "" {
		return
	}
	fmt.Fprintf(b, `<pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse"`, esc(id))
	switch st.Pattern {
	case "hatch":
		fmt.Fprintf(b, ` patternTransform="rotate(45)"><rect width="6" height="6" fill="%s"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"></line>`, st.Colour)
	case "dots":
		fmt.Fprintf(b, `><rect width="6" height="6" fill="%s"></rect><circle cx="3" cy="3" r="1.3" fill="#fff"></circle>`, st.Colour)
	default:
		fmt.Fprintf(b, `><rect width="6" height="6" fill="%s"></rect><path d="M0 3h6M3 0v6" stroke="#fff" stroke-width="1.2"></path>`, st.Colour)
	}
	b.WriteString("</pattern>\n")
}
