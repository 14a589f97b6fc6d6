package transcript_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ally-mi/ally/transcript"
)

// BenchmarkParseVTT parses a one-hour Zoom-style session of 1,000
// utterances, about what a long session holds.
func BenchmarkParseVTT(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("WEBVTT\n\n")
	for i := range 1000 {
		who, text := "Dana Reyes", "It sounds like the weekends are the hard part. What would you like them to look like?"
		if i%2 == 1 {
			who, text = "Sam Okafor", "Honestly, I don't know. Friday comes and I just want to switch off, you know?"
		}
		start := float64(i) * 3.6
		fmt.Fprintf(&sb, "%d\n%s --> %s\n%s: %s\n\n", i+1, clockVTT(start), clockVTT(start+3.2), who, text)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := transcript.Parse("bench.vtt", data, transcript.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func clockVTT(s float64) string {
	ms := int(s * 1000)
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}
