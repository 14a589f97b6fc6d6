package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/web"
)

// BenchmarkPracticePages times the pages that read every analysis of the
// practice, on a practice of 20 clients with 10 analysed sessions each:
//
//	go test ./web -run XXX -bench PracticePages -benchtime 50x
func BenchmarkPracticePages(b *testing.B) {
	a := MustApp(b, web.Config{})
	a.MustOwner()
	transcript := example(b, "zoom-alcohol.vtt")
	for c := range 20 {
		clientPath, _ := a.MustClient(fmt.Sprintf("Client %02d", c), true)
		for s := range 10 {
			resp, _ := a.post(clientPath+"/sessions", url.Values{"date": {fmt.Sprintf("2026-02-%02d", s+1)}, "status": {"attended"}})
			sessionPath := wantRedirect(b, resp, "/sessions/")
			resp, _ = a.upload(sessionPath+"/transcript", "zoom.vtt", transcript)
			wantRedirect(b, resp, sessionPath)
		}
	}
	for _, path := range []string{"/journal", "/trends", "/"} {
		b.Run(map[string]string{"/": "home"}[path]+path[1:], func(b *testing.B) {
			for b.Loop() {
				resp, _ := a.get(path)
				if resp.StatusCode != http.StatusOK {
					b.Fatalf("%s: status %d", path, resp.StatusCode)
				}
			}
		})
	}
}

// BenchmarkSessionPageLarge times the page of a session whose transcript is
// about 2 MB of WebVTT (18,000 cues), and what it allocates, client included:
//
//	go test ./web -run XXX -bench SessionPageLarge -benchtime 3x -benchmem
func BenchmarkSessionPageLarge(b *testing.B) {
	a := MustApp(b, web.Config{MaxUploadBytes: 8 << 20})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	resp, _ := a.upload(sessionPath+"/transcript", "long.vtt", longVTT(2<<20))
	wantRedirect(b, resp, sessionPath)
	b.ReportAllocs()
	for b.Loop() {
		resp, body := a.get(sessionPath)
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("status %d", resp.StatusCode)
		}
		b.ReportMetric(float64(len(body))/(1<<20), "MiB/page")
	}
}

// longVTT returns a WebVTT transcript of about size bytes, two speakers
// taking turns through allytest.Dialogue again and again.
func longVTT(size int) []byte {
	lines := allytest.Dialogue[:8] // the figures in the notes were taken on these
	var sb strings.Builder
	sb.WriteString("WEBVTT\n")
	for i := 0; sb.Len() < size; i++ {
		speaker := [2]string{"Robin", "Sam"}[i%2]
		at := func(s int) string { return fmt.Sprintf("%02d:%02d:%02d.000", s/3600, s/60%60, s%60) }
		fmt.Fprintf(&sb, "\n%d\n%s --> %s\n<v %s>%s\n", i+1, at(4*i), at(4*i+3), speaker, lines[i%len(lines)])
	}
	return []byte(sb.String())
}
