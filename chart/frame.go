package chart

import (
	"fmt"
	"math"
	"strings"
)

// The charts' geometry, in SVG user units. A chart scales to its
// container's width; these fix its proportions and its type size, chosen
// so that labels stay readable when the chart is as narrow as a phone.
const (
	width      = 440.0
	height     = 260.0
	top        = 14.0
	right      = 12.0
	bottom     = 54.0 // tick labels and the x axis title
	fontSize   = 15.0
	tickSize   = 15.0
	charWidth  = 8.2 // an average character at tickSize, for spacing labels
	yTitleRoom = 26.0
)

// frame is the plot area of a chart and its y scale.
type frame struct {
	left, plotW, plotH float64
	lo, hi             float64
	ticks              []float64
	n                  int // labels along x
}

// newFrame fits a y axis from lo to hi (widened to every value in ss, and
// to zero for bars) and n slots along x. The axis ends at hi when every
// value fits under it, else at the tick above the highest value.
func newFrame(lo, hi float64, ss []Series, bars, stacked bool, n int, u Unit) frame {
	vlo, vhi := math.Inf(1), math.Inf(-1)
	whole := true // every value a whole number: no tick between them
	for i := 0; i < n; i++ {
		sum := 0.0
		for _, s := range ss {
			if i >= len(s.Values) || s.Values[i] == nil {
				continue
			}
			v := *s.Values[i]
			whole = whole && v == math.Trunc(v)
			if stacked {
				sum += v
				v = sum
			}
			vlo, vhi = math.Min(vlo, v), math.Max(vhi, v)
		}
	}
	if hi > lo {
		vlo, vhi = math.Min(vlo, lo), math.Max(vhi, hi)
	}
	if math.IsInf(vlo, 0) {
		vlo, vhi = 0, 1
	}
	if bars { // a bar's length is its value: it starts at zero
		vlo, vhi = math.Min(vlo, 0), math.Max(vhi, 0)
	}
	if vhi-vlo < 1e-9 { // every value equal: give them room
		vlo, vhi = vlo-1, vhi+1
		if vlo < 0 && vhi > 0 && lo >= 0 {
			vlo, vhi = 0, vhi+1
		}
	}
	step := niceStep((vhi - vlo) / 6)
	if whole {
		step = math.Max(step, 1)
	}
	f := frame{lo: math.Floor(vlo/step+1e-9) * step, hi: math.Ceil(vhi/step-1e-9) * step, n: n}
	// A scale that ends where its values must (a questionnaire's highest
	// total: 27 for PHQ-9) ends the axis there, not at the next tick.
	if hi > lo && vhi <= hi && f.hi > hi {
		f.hi = hi
	}
	for v := f.lo; v <= f.hi+1e-9; v += step {
		f.ticks = append(f.ticks, math.Round(v*1e6)/1e6)
	}
	longest := 1
	for _, t := range f.ticks {
		longest = max(longest, len(u.tick(t)))
	}
	f.left = yTitleRoom + 8 + float64(longest)*charWidth
	f.plotW = width - f.left - right
	f.plotH = height - top - bottom
	return f
}

// niceStep rounds want up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(want float64) float64 {
	if want <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(want)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= want-1e-12 {
			return m * p
		}
	}
	return 10 * p
}

// x is the centre of slot i.
func (f frame) x(i int) float64 { return f.left + (float64(i)+0.5)*f.plotW/float64(f.n) }

// y is the height of value v.
func (f frame) y(v float64) float64 {
	return top + f.plotH*(f.hi-v)/(f.hi-f.lo)
}

// clampY keeps v inside the axis, for bands that reach past it.
func (f frame) clampY(v float64) float64 { return f.y(math.Max(f.lo, math.Min(f.hi, v))) }

// open writes the svg element with its title and description.
func open(b *strings.Builder, id, title, desc string) {
	fmt.Fprintf(b, `<svg class="chart-svg" viewBox="0 0 %s %s" width="100%%" role="img" aria-labelledby="%s-title %s-desc"`+
		` font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="%s">`+"\n",
		num(width), num(height), esc(id), esc(id), num(fontSize))
	fmt.Fprintf(b, "<title id=\"%s-title\">%s</title>\n<desc id=\"%s-desc\">%s</desc>\n", esc(id), esc(title), esc(id), esc(desc))
}

// axes writes the grid, the y ticks, the x labels (thinned so they never
// overlap) and both axis titles.
func (f frame) axes(b *strings.Builder, labels []string, xTitle, yTitle string, u Unit) {
	bottomY := top + f.plotH
	b.WriteString(`<g class="grid" stroke="#d8dee4" stroke-width="1">` + "\n")
	for _, t := range f.ticks {
		fmt.Fprintf(b, `<line x1="%s" x2="%s" y1="%s" y2="%s"></line>`+"\n", num(f.left), num(f.left+f.plotW), num(f.y(t)), num(f.y(t)))
	}
	b.WriteString("</g>\n")
	fmt.Fprintf(b, `<g class="ticks" fill="#454c54" font-size="%s">`+"\n", num(tickSize))
	for _, t := range f.ticks {
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="end">%s</text>`+"\n", num(f.left-6), num(f.y(t)+5), esc(u.tick(t)))
	}
	every := labelStep(labels, f.plotW)
	for i, l := range labels {
		if (len(labels)-1-i)%every != 0 { // counted from the latest, which is always shown
			continue
		}
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="middle">%s</text>`+"\n", num(f.x(i)), num(bottomY+20), esc(l))
	}
	b.WriteString("</g>\n")
	fmt.Fprintf(b, `<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="#57606a" stroke-width="1.5"></line>`+"\n",
		num(f.left), num(f.left+f.plotW), num(bottomY), num(bottomY))
	fmt.Fprintf(b, `<g class="axis-titles" fill="#1f2328" font-weight="600">`+"\n")
	fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="middle">%s</text>`+"\n", num(f.left+f.plotW/2), num(height-8), esc(xTitle))
	fmt.Fprintf(b, `<text transform="translate(%s %s) rotate(-90)" text-anchor="middle">%s</text>`+"\n",
		num(16), num(top+f.plotH/2), esc(yTitle))
	b.WriteString("</g>\n")
}

// labelStep returns k such that every k-th x label fits without overlap.
func labelStep(labels []string, plotW float64) int {
	if len(labels) == 0 {
		return 1
	}
	longest := 1
	for _, l := range labels {
		longest = max(longest, len([]rune(l)))
	}
	fit := int(plotW / (float64(longest)*charWidth + 14))
	if fit < 1 {
		fit = 1
	}
	return (len(labels) + fit - 1) / fit
}
