package chart

import (
	"fmt"
	"html/template"
	"strings"
)

// empty is what a chart without values shows.
func empty(id, text string) template.HTML {
	if text == "" {
		text = "Nothing to show yet."
	}
	return template.HTML(fmt.Sprintf("<p class=\"chart-empty\" id=\"%s\">%s</p>\n", esc(id), esc(text)))
}

func figureOpen(b *strings.Builder, id string) {
	fmt.Fprintf(b, "<figure class=\"chart\" id=\"%s\">\n", esc(id))
}

// legend lists the series in HTML above the picture, where it wraps on a
// narrow screen instead of overlapping the plot. Each swatch repeats the
// series' colour and its second cue: marker and dash, or pattern.
func legend(b *strings.Builder, id string, ss []Series, bars bool) {
	b.WriteString(`<ul class="chart-legend">` + "\n")
	for i, s := range ss {
		st := styleFor(ss, i)
		b.WriteString(`<li><svg viewBox="0 0 28 14" width="28" height="14" aria-hidden="true">`)
		if bars {
			pid := fmt.Sprintf("%s-sw%d", id, i)
			f := st.Colour
			if st.Pattern != "" {
				b.WriteString("<defs>")
				pattern(b, pid, st)
				b.WriteString("</defs>")
				f = "url(#" + esc(pid) + ")"
			}
			fmt.Fprintf(b, `<rect x="4" y="1" width="20" height="12" fill="%s" stroke="%s"></rect>`, f, st.Colour)
		} else {
			dash := ""
			if st.Dash != "" {
				dash = fmt.Sprintf(` stroke-dasharray="%s"`, st.Dash)
			}
			fmt.Fprintf(b, `<path d="M0 7h28" stroke="%s" stroke-width="2.5"%s></path><path d="%s" fill="%s" stroke="#fff"></path>`,
				st.Colour, dash, marker(st.Marker, 14, 7, 4.5), st.Colour)
		}
		fmt.Fprintf(b, "</svg>%s</li>\n", esc(s.Name))
	}
	b.WriteString("</ul>\n")
}

// table writes the chart's numbers, one row per label, folded away on
// screen and printed open. A stacked chart adds each row's total.
func table(b *strings.Builder, id, xTitle string, labels []string, ss []Series, u Unit, total bool) {
	fmt.Fprintf(b, "<details class=\"chart-data\">\n<summary>The numbers behind this chart</summary>\n<table class=\"chart-table\" id=\"%s-table\">\n<thead><tr><th scope=\"col\">%s</th>", esc(id), esc(xTitle))
	for _, s := range ss {
		fmt.Fprintf(b, "<th scope=\"col\" class=\"num\">%s</th>", esc(s.Name))
	}
	if total {
		b.WriteString("<th scope=\"col\" class=\"num\">Total</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for i, l := range labels {
		fmt.Fprintf(b, "<tr><th scope=\"row\">%s</th>", esc(l))
		sum, any := 0.0, false
		for _, s := range ss {
			fmt.Fprintf(b, "<td class=\"num\">%s</td>", esc(cell(s, i, u)))
			if i < len(s.Values) && s.Values[i] != nil {
				sum, any = sum+*s.Values[i], true
			}
		}
		if total {
			t := "–"
			if any {
				t = u.format(sum)
			}
			fmt.Fprintf(b, "<td class=\"num\">%s</td>", esc(t))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n</details>\n")
}
