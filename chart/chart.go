// Package chart draws the app's trend charts as server-side SVG: line
// charts over optional bands, and stacked or grouped bars. Each chart comes
// with its legend and its numbers as an HTML table, needs no JavaScript and
// no web font, scales to the width of its container, and tells its series
// apart by marker shape, dash and hatching as well as by colour, so it reads
// for colour-blind readers and in black-and-white print.
package chart

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"
)

// Series is one named row of values, one for each of the chart's labels.
type Series struct {
	Name string
	// Values holds one value per label; nil is a missing point.
	Values []*float64
	// Text, when set, is how the table writes each value (a missing or ""
	// entry falls back to the chart's unit).
	Text []string
	// Colour, when set, replaces the series' colour from the palette, so
	// a chart can use the colours the app gives a thing elsewhere; the
	// series keeps its marker, dash or pattern.
	Colour string
}

// Band is a stretch of the y axis shaded behind a line chart, such as a
// questionnaire's severity band or a score's "fair" range.
type Band struct {
	From, To float64
	Label    string
	// Shade is how dark the band is, 0 (lightest) to 4: darker is more
	// concern, in greys that survive print.
	Shade int
}

// Unit says how values are written on the axis and in the table.
type Unit string

// The units of a chart's values.
const (
	Number  Unit = ""      // a count or a score: "3", "42"
	Percent Unit = "%"     // "42%"
	Ratio   Unit = "ratio" // two decimals: "1.50"
)

// format writes v in unit u, as the report writes the same numbers.
func (u Unit) format(v float64) string {
	switch u {
	case Percent:
		return strconv.FormatFloat(v, 'f', 0, 64) + "%"
	case Ratio:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return trim(v)
}

// tick writes an axis label in unit u, shorter than a table cell.
func (u Unit) tick(v float64) string {
	if u == Percent {
		return trim(v) + "%"
	}
	return trim(v)
}

// trim writes v with at most one decimal and no trailing zero.
func trim(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}

// Float returns a pointer to v, for building Series values.
func Float(v float64) *float64 { return &v }

// Int returns a pointer to v as a float, nil when v is nil.
func Int(v *int) *float64 {
	if v == nil {
		return nil
	}
	f := float64(*v)
	return &f
}

// style is how one series is drawn: colour plus a second cue that does
// not need colour.
type style struct {
	Colour  string
	Marker  string // circle, square, triangle, diamond
	Dash    string // stroke-dasharray, "" solid
	Pattern string // bars: "", "hatch" or "dots"
}

// styles are the series' looks in order: the Okabe–Ito colours, which
// colour-blind readers tell apart, each with its own marker, dash and fill.
var styles = []style{
	{"#0072b2", "circle", "", ""},
	{"#d55e00", "square", "7 4", "hatch"},
	{"#009e73", "triangle", "2 3", "dots"},
	{"#cc79a7", "diamond", "10 3 2 3", "cross"},
}

func styleOf(i int) style { return styles[i%len(styles)] }

// styleFor is the style of series i of ss.
func styleFor(ss []Series, i int) style {
	st := styleOf(i)
	if ss[i].Colour != "" {
		st.Colour = ss[i].Colour
	}
	return st
}

// shades are the bands' fills, lightest first.
var shades = []string{"#f3f6f9", "#e6ebf0", "#d6dde4", "#c3ccd5", "#adb8c3"}

func shadeOf(n int) string { return shades[max(0, min(n, len(shades)-1))] }

// esc escapes text for HTML and SVG.
func esc(s string) string { return template.HTMLEscapeString(s) }

// num writes an SVG coordinate.
func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// points counts the values that are there.
func points(ss []Series) int {
	n := 0
	for _, s := range ss {
		for _, v := range s.Values {
			if v != nil {
				n++
			}
		}
	}
	return n
}

// cell is the table's text for value i of s.
func cell(s Series, i int, u Unit) string {
	if i < len(s.Text) && s.Text[i] != "" {
		return s.Text[i]
	}
	if i < len(s.Values) && s.Values[i] != nil {
		return u.format(*s.Values[i])
	}
	return "–"
}

// summary describes each series in words: its first and last value.
func summary(labels []string, ss []Series, u Unit) string {
	var parts []string
	for _, s := range ss {
		first, last := -1, -1
		for i, v := range s.Values {
			if v != nil && i < len(labels) {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		switch {
		case first < 0:
			parts = append(parts, s.Name+": no values")
		case first == last:
			parts = append(parts, fmt.Sprintf("%s: %s on %s", s.Name, cell(s, first, u), labels[first]))
		default:
			parts = append(parts, fmt.Sprintf("%s: from %s on %s to %s on %s", s.Name,
				cell(s, first, u), labels[first], cell(s, last, u), labels[last]))
		}
	}
	return strings.Join(parts, "; ") + "."
}
