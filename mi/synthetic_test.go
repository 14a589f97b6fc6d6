package mi_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/ally-mi/ally/mi"
)

// syntheticCSV returns a small generic coded CSV of n sessions whose codes
// follow from their words, so a model trained on it has something to learn.
func syntheticCSV(n int) string {
	var b strings.Builder
	b.WriteString("speaker,text,role,code,subcode,session\n")
	client := []struct{ text, code string }{
		{"I want to stop drinking, I really do.", "change"},
		{"I like a drink after work, it relaxes me.", "sustain"},
		{"I work in an office.", "neutral"},
		{"I could cut down to weekends.", "change"},
		{"I don't see a problem with it.", "sustain"},
		{"Yeah, it was Tuesday.", "neutral"},
	}
	therapist := []struct{ text, code, sub string }{
		{"What would you like to change?", "question", "open"},
		{"Do you drink every day?", "question", "closed"},
		{"You're worried about your health.", "reflection", "simple"},
		{"Part of you wants to stop, and part of you enjoys it.", "reflection", "complex"},
		{"Many people find it helps to keep a diary.", "therapist_input", "advice"},
		{"Hello, nice to meet you.", "other", ""},
	}
	for s := range n {
		for i := range 12 {
			c, t := client[(i+s)%len(client)], therapist[(i*5+s)%len(therapist)]
			fmt.Fprintf(&b, "T,\"%s\",therapist,%s,%s,s%d\n", t.text, t.code, t.sub, s)
			fmt.Fprintf(&b, "C,\"%s\",client,%s,,s%d\n", c.text, c.code, s)
		}
	}
	return b.String()
}

// mustSynthetic reads syntheticCSV(n) as a dataset.
func mustSynthetic(tb testing.TB, n int) *mi.Dataset {
	tb.Helper()
	ds, err := mi.ReadDataset(strings.NewReader(syntheticCSV(n)), "synthetic")
	if err != nil {
		tb.Fatal(err)
	}
	return ds
}

// mustTrain trains on ds with the default settings and a small iteration
// budget, which keeps tests quick.
func mustTrain(tb testing.TB, ds *mi.Dataset) *mi.Model {
	tb.Helper()
	cfg := mi.DefaultConfig()
	cfg.MaxIter = 50
	m, err := mi.Train(context.Background(), ds, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// modelBytes returns what m.WriteTo writes.
func modelBytes(tb testing.TB, m *mi.Model) []byte {
	tb.Helper()
	var b strings.Builder
	if _, err := m.WriteTo(&b); err != nil {
		tb.Fatal(err)
	}
	return []byte(b.String())
}
