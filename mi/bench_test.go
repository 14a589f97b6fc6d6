package mi_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/mi"
)

// benchTranscript returns a session of n utterances alternating between
// practitioner and client, with varied, realistic lengths.
func benchTranscript(n int) *ally.Transcript {
	lines := allytest.Dialogue
	t := &ally.Transcript{}
	for i := range n {
		role := ally.RolePractitioner
		if i%2 == 1 {
			role = ally.RoleClient
		}
		t.Utterances = append(t.Utterances, ally.Utterance{Index: i, Role: role, Text: lines[i%len(lines)]})
	}
	return t
}

// BenchmarkCode measures feature extraction and coding with the embedded
// model, per session of 1,000 utterances.
func BenchmarkCode(b *testing.B) {
	m, err := mi.Default()
	if err != nil {
		b.Fatal(err)
	}
	t := benchTranscript(1000)
	b.ReportAllocs()
	for b.Loop() {
		m.CodeTranscript(t)
	}
	b.ReportMetric(float64(b.N*len(t.Utterances))/b.Elapsed().Seconds(), "utterances/s")
}

// BenchmarkDefault measures loading the embedded model.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := mi.Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTrainSynthetic measures training on a small synthetic dataset.
func BenchmarkTrainSynthetic(b *testing.B) {
	ds, err := mi.ReadDataset(strings.NewReader(syntheticCSV(6)), "synthetic")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := mi.Train(context.Background(), ds, mi.DefaultConfig()); err != nil {
			b.Fatal(err)
		}
	}
}
