package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
)

// BenchmarkAnalyze summarises a folder of 20 half-hour sessions with the
// embedded model, the way a researcher runs ally over their transcripts.
func BenchmarkAnalyze(b *testing.B) {
	dir := b.TempDir()
	files := map[string]string{}
	for i := range 20 {
		files[fmt.Sprintf("s%02d.vtt", i)] = session("Dr Rivera", "Sam", 90)
	}
	writeFiles(b, dir, files)
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
	for b.Loop() {
		if code := m.Run(context.Background(), []string{"analyze", "--format", "json", dir}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
