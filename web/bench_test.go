package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"testing"

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
