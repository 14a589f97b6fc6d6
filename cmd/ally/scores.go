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
