package report

import (
	"cmp"
	"fmt"
	"math"
	"strings"

	"github.com/ally-mi/ally"
)

// The timeline's geometry, in SVG user units. The picture scales to the
// page's width; these fix its proportions and where each lane sits.
const (
	tlWidth       = 1000.0
	tlHeight      = 262.0
	tlLeft        = 112.0 // lane labels sit left of this
	tlRight       = 990.0
	tlChangeBase  = 112.0 // change talk grows up from here
	tlLaneY       = 131.0 // the practitioner's lane
	tlSustainBase = 150.0 // sustain talk grows down from here
	tlBarMax      = 80.0  // the height of a bar at full confidence
	tlAxisY       = 238.0
	tlMarkSize    = 5.5
)

// timeline is the server-side picture of a session: client change talk above
// the axis and sustain talk below it, the practitioner's responses on a lane
// between, and the moments as numbered flags. Every shape links to its
// utterance in the transcript.
type timeline struct {
	// ByTime says x is time; otherwise it is the utterance's position.
	ByTime            bool
	Width, Height     float64
	Left, Right       float64
	ChangeBase, LaneY float64
	SustainBase       float64
	AxisY             float64
	Ticks             []tick
	Change, Sustain   []bar
	Neutral           []bar
	Practitioner      []mark
	Flags             []flag
}

// bar is one client utterance.
type bar struct {
	X, Y, W, H float64
	Index      int
	Title      string
}

// mark is one practitioner utterance, drawn as a shape that tells its code
// apart without colour: a circle for a reflection, a diamond for a question,
// a square for input and a short bar for anything else.
type mark struct {
	Class string
	Path  string
	Index int
	Title string
}

// tick is one label on the x axis.
type tick struct {
	X     float64
	Label string
}

// flag marks a moment.
type flag struct {
	X     float64
	N     int
	Class string
	Title string
}

// newTimeline lays out the utterances of t and the moments of a.
func newTimeline(t *ally.Transcript, a *ally.Analysis) timeline {
	tl := timeline{
		Width: tlWidth, Height: tlHeight, Left: tlLeft, Right: tlRight,
		ChangeBase: tlChangeBase, LaneY: tlLaneY, SustainBase: tlSustainBase, AxisY: tlAxisY,
	}
	us := t.Utterances
	if len(us) == 0 {
		return tl
	}
	starts, ends, end, byTime := spans(t)
	tl.ByTime = byTime
	plot := tlRight - tlLeft
	centre := make([]float64, len(us))
	for i, u := range us {
		var x, w float64
		if tl.ByTime {
			s, e := starts[i], ends[i]
			x, w = tlLeft+plot*s/end, math.Max(plot*(e-s)/end-1, 3)
		} else {
			step := plot / float64(len(us))
			x, w = tlLeft+step*float64(i), math.Max(step-1.5, 1.5)
		}
		w = math.Min(w, tlRight-x)
		centre[i] = x + w/2
		title := utteranceTitle(u)
		h := tlBarMax * math.Max(u.Code.Confidence, 0.25)
		switch {
		case u.Role == ally.RoleClient && u.Code.Label == ally.CodeChange:
			tl.Change = append(tl.Change, bar{X: x, Y: tlChangeBase - h, W: w, H: h, Index: u.Index, Title: title})
		case u.Role == ally.RoleClient && u.Code.Label == ally.CodeSustain:
			tl.Sustain = append(tl.Sustain, bar{X: x, Y: tlSustainBase, W: w, H: h, Index: u.Index, Title: title})
		case u.Role == ally.RoleClient:
			tl.Neutral = append(tl.Neutral, bar{X: x, Y: tlChangeBase - 5, W: w, H: 5, Index: u.Index, Title: title})
		default:
			tl.Practitioner = append(tl.Practitioner, mark{Class: practitionerClass(u.Code.Label),
				Path: shape(u.Code.Label, centre[i], tlLaneY), Index: u.Index, Title: title})
		}
	}
	tl.Ticks = ticks(tl.ByTime, end, len(us))
	if a != nil {
		names := map[string]string{}
		for _, g := range a.Guidelines {
			names[g.ID] = g.Name
		}
		for i, m := range a.Moments {
			if m.Index < 0 || m.Index >= len(us) {
				continue
			}
			class := "learn"
			if momentWentWell(m.Kind) {
				class = "kept"
			}
			tl.Flags = append(tl.Flags, flag{X: centre[m.Index], N: i + 1, Class: class,
				Title: fmt.Sprintf("Moment %d: %s (%s)", i+1, momentTitle(m.Kind), cmp.Or(names[m.Guideline], m.Guideline))})
		}
	}
	return tl
}

// spans returns each utterance's start and end in seconds and the end of
// the session, or ok false when not every utterance has a time, in which
// case the timeline falls back to utterance positions. An utterance with
// no end of its own lasts until the next one starts.
func spans(t *ally.Transcript) (starts, ends []float64, end float64, ok bool) {
	us := t.Utterances
	starts, ends = make([]float64, len(us)), make([]float64, len(us))
	for i, u := range us {
		if u.Start == nil {
			return nil, nil, 0, false
		}
		starts[i] = *u.Start
	}
	for i, u := range us {
		switch {
		case u.End != nil && *u.End > starts[i]:
			ends[i] = *u.End
		case i+1 < len(us) && starts[i+1] > starts[i]:
			ends[i] = starts[i+1]
		default:
			ends[i] = starts[i] + 5
		}
		end = math.Max(end, ends[i])
	}
	return starts, ends, end, end > 0
}

// ticks spreads about six labels along the axis at round intervals.
func ticks(byTime bool, end float64, n int) []tick {
	plot := tlRight - tlLeft
	var out []tick
	if !byTime {
		step := niceStep(float64(n)/6, []float64{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000})
		for i := 0.0; i < float64(n); i += step {
			out = append(out, tick{X: tlLeft + plot*(i+0.5)/float64(n), Label: fmt.Sprintf("#%.0f", i)})
		}
		return out
	}
	step := niceStep(end/6, []float64{10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600})
	for s := 0.0; s <= end; s += step {
		out = append(out, tick{X: tlLeft + plot*s/end, Label: clock(s)})
	}
	return out
}

// niceStep returns the first of steps at least want, or the last.
func niceStep(want float64, steps []float64) float64 {
	for _, s := range steps {
		if s >= want {
			return s
		}
	}
	return steps[len(steps)-1]
}

// shape returns the SVG path of a practitioner mark centred on x, y.
func shape(label string, x, y float64) string {
	r := tlMarkSize
	switch label {
	case ally.CodeReflection: // a circle, as two arcs
		return fmt.Sprintf("M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0Z", x-r, y, r, r, 2*r, r, r, -2*r)
	case ally.CodeQuestion: // a diamond
		return fmt.Sprintf("M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ", x, y-r-1, x+r+1, y, x, y+r+1, x-r-1, y)
	case ally.CodeInput: // a square
		return fmt.Sprintf("M%.1f %.1fh%.1fv%.1fh%.1fZ", x-r, y-r, 2*r, 2*r, -2*r)
	}
	// a short upright bar: other, or uncoded
	return fmt.Sprintf("M%.1f %.1fh3v%.1fh-3Z", x-1.5, y-r, 2*r)
}

// practitionerClass is the CSS class of a practitioner code.
func practitionerClass(label string) string {
	switch label {
	case ally.CodeReflection, ally.CodeQuestion, ally.CodeInput:
		return label
	}
	return "other"
}

// utteranceTitle is the tooltip of a shape: who, when, the code and the
// start of what was said.
func utteranceTitle(u ally.Utterance) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d", u.Index)
	if u.Start != nil {
		b.WriteString(" " + clock(*u.Start))
	}
	b.WriteString(" " + u.Speaker + ": " + codeName(u.Code))
	if u.Code.Label != "" {
		b.WriteString(" " + percent(u.Code.Confidence))
	}
	b.WriteString(" — " + fit(u.Text, 90, false))
	return b.String()
}
