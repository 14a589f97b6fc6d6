package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/ally-mi/ally/mi"
)

// writeScoresText writes a report as tables that fit an 80-column terminal.
func writeScoresText(w io.Writer, r *mi.Report) {
	writeTask(w, "Client talk (change / neutral / sustain)", r.Client)
	writeTask(w, "Practitioner behaviour", r.Therapist)
	for _, t := range []struct {
		title string
		s     *mi.Scores
	}{
		{"Reflections: simple / complex (on hand-coded reflections)", r.Reflection},
		{"Questions: open / closed (on hand-coded questions)", r.Question},
		{"Input: information / advice / options / negotiation (on hand-coded input)", r.Input},
	} {
		if t.s != nil {
			writeTask(w, t.title, *t.s)
		}
	}
	if r.Weak != nil {
		fmt.Fprint(w, "Weakly coded sessions (MIBot's automatic codes), each coded by a model\nthat did not train on it; not comparable with the hand-coded figures\n\n")
		writeTask(w, "Client talk, weak codes", r.Weak.Client)
		writeTask(w, "Practitioner behaviour, weak codes", r.Weak.Therapist)
	}
}

// writeTask writes the scores of one task.
func writeTask(w io.Writer, title string, s mi.Scores) {
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	fmt.Fprintf(w, "%d utterances   macro-F1 %.3f   accuracy %.3f   kappa %.3f   ECE %.3f\n\n", s.N, s.MacroF1, s.Accuracy, s.Kappa, s.ECE)
	fmt.Fprintf(w, "  %-12s %9s %7s %7s %8s\n", "code", "precision", "recall", "F1", "support")
	for _, l := range s.Labels {
		c := s.PerClass[l]
		fmt.Fprintf(w, "  %-12s %9.3f %7.3f %7.3f %8d\n", l, c.Precision, c.Recall, c.F1, c.Support)
	}
	if len(s.Sure) > 0 {
		fmt.Fprintf(w, "\n  Codes given at least this sure: precision / recall, codes given\n  %-10s", "confidence")
		for _, l := range s.Labels {
			fmt.Fprintf(w, " %15s", abbreviate(l, 15))
		}
		fmt.Fprintln(w)
		for _, c := range s.Sure {
			fmt.Fprintf(w, "  ≥ %-8.1f", c.Level)
			for _, l := range s.Labels {
				pc := c.PerClass[l]
				fmt.Fprintf(w, " %15s", fmt.Sprintf("%.2f/%.2f %d", pc.Precision, pc.Recall, pc.Support))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "\n  Confusion (rows: hand code, columns: ally's code)\n  %-12s", "")
	for _, l := range s.Labels {
		fmt.Fprintf(w, " %11s", abbreviate(l, 11))
	}
	fmt.Fprintln(w)
	for i, l := range s.Labels {
		fmt.Fprintf(w, "  %-12s", abbreviate(l, 12))
		for _, n := range s.Confusion[i] {
			fmt.Fprintf(w, " %11d", n)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

// abbreviate shortens s to at most n bytes.
func abbreviate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
