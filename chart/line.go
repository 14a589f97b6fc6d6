package chart

import (
	"fmt"
	"html/template"
	"strings"
)

// Line is a line chart: one line per series across the labels, broken
// where a value is missing, optionally over shaded bands.
type Line struct {
	// ID names the chart on its page; element ids start with it.
	ID    string
	Title string
	// Desc says in a sentence what the chart shows; the first and last
	// value of each series are added to it.
	Desc           string
	XTitle, YTitle string
	Labels         []string
	// Rows, when set, head the table's rows in place of Labels, for a
	// table that should say more than the axis has room for.
	Rows   []string
	Series []Series
	// Min and Max are the least the y axis covers; it widens to fit every
	// value. With Max not above Min the axis fits the values alone.
	Min, Max float64
	Unit     Unit
	Bands    []Band
	// Empty is what shows in place of the chart when it has no values.
	Empty string
}

// HTML returns the chart as a figure: legend, SVG and the table of its
// numbers, or the Empty text when there is nothing to draw.
func (c Line) HTML() template.HTML {
	if points(c.Series) == 0 || len(c.Labels) == 0 {
		return empty(c.ID, c.Empty)
	}
	var b strings.Builder
	figureOpen(&b, c.ID)
	legend(&b, c.ID, c.Series, false)
	f := newFrame(c.Min, c.Max, c.Series, false, false, len(c.Labels), c.Unit)
	open(&b, c.ID, c.Title, strings.TrimSpace(c.Desc+" "+summary(c.Labels, c.Series, c.Unit)))
	c.bands(&b, f)
	f.axes(&b, c.Labels, c.XTitle, c.YTitle, c.Unit)
	c.bandLabels(&b, f)
	for i, s := range c.Series {
		line(&b, f, s, styleFor(c.Series, i), len(c.Labels))
	}
	b.WriteString("</svg>\n")
	rows := c.Labels
	if len(c.Rows) == len(c.Labels) {
		rows = c.Rows
	}
	table(&b, c.ID, c.XTitle, rows, c.Series, c.Unit, false)
	b.WriteString("</figure>\n")
	return template.HTML(b.String())
}

// bands shades each band.
func (c Line) bands(b *strings.Builder, f frame) {
	if len(c.Bands) == 0 {
		return
	}
	b.WriteString(`<g class="bands">` + "\n")
	for _, bd := range c.Bands {
		if y1, y2 := f.clampY(bd.To), f.clampY(bd.From); y2 > y1 {
			fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"></rect>`+"\n",
				num(f.left), num(y1), num(f.plotW), num(y2-y1), shadeOf(bd.Shade))
		}
	}
	b.WriteString("</g>\n")
}

// bandLabels names each band just under its top edge, at the plot's right,
// when there is room: after the grid, haloed in the band's shade so a grid
// line cannot strike the name through.
func (c Line) bandLabels(b *strings.Builder, f frame) {
	for _, bd := range c.Bands {
		if y1, y2 := f.clampY(bd.To), f.clampY(bd.From); y2-y1 >= 15 {
			fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="end" font-size="13" fill="#3d444d" stroke="%s" stroke-width="4" paint-order="stroke">%s</text>`+"\n",
				num(f.left+f.plotW-4), num(y1+13), shadeOf(bd.Shade), esc(bd.Label))
		}
	}
}

// line draws one series: its runs of present values joined, and a marker
// at every value, so a lone value between gaps still shows.
func line(b *strings.Builder, f frame, s Series, st style, n int) {
	fmt.Fprintf(b, `<g class="series" fill="%s" stroke="%s">`+"\n", st.Colour, st.Colour)
	var run []string
	flush := func() {
		if len(run) > 1 {
			dash := ""
			if st.Dash != "" {
				dash = fmt.Sprintf(` stroke-dasharray="%s"`, st.Dash)
			}
			fmt.Fprintf(b, `<path d="M%s" fill="none" stroke-width="2.5"%s></path>`+"\n", strings.Join(run, "L"), dash)
		}
		run = run[:0]
	}
	for i := 0; i < n; i++ {
		if i >= len(s.Values) || s.Values[i] == nil {
			flush()
			continue
		}
		run = append(run, num(f.x(i))+" "+num(f.y(*s.Values[i])))
	}
	flush()
	for i := 0; i < n && i < len(s.Values); i++ {
		if v := s.Values[i]; v != nil {
			fmt.Fprintf(b, `<path d="%s" stroke="#fff" stroke-width="1.5"></path>`+"\n", marker(st.Marker, f.x(i), f.y(*v), 5))
		}
	}
	b.WriteString("</g>\n")
}

// marker returns the path of a marker of the given shape centred on x, y.
func marker(shape string, x, y, r float64) string {
	switch shape {
	case "square":
		r *= 0.9
		return fmt.Sprintf("M%s %sh%sv%sh%sZ", num(x-r), num(y-r), num(2*r), num(2*r), num(-2*r))
	case "triangle":
		return fmt.Sprintf("M%s %sL%s %sL%s %sZ", num(x), num(y-r*1.2), num(x+r*1.1), num(y+r*0.8), num(x-r*1.1), num(y+r*0.8))
	case "diamond":
		return fmt.Sprintf("M%s %sL%s %sL%s %sL%s %sZ", num(x), num(y-r*1.2), num(x+r*1.2), num(y), num(x), num(y+r*1.2), num(x-r*1.2), num(y))
	}
	return fmt.Sprintf("M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 %s 0Z", num(x-r), num(y), num(r), num(r), num(2*r), num(r), num(r), num(-2*r))
}
