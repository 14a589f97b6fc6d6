package main

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestServeDemoJournal checks that the demo practice's journal is filled
// in once however often the demo starts, lists a session that touched a
// tender spot by its own analysis, and that session's page is flagged.
func TestServeDemoJournal(t *testing.T) {
	dir := t.TempDir()
	for range 2 {
		base, _, stop := MustServe(t, nil, "--data", dir, "--demo")
		b := newBrowser(t, base)
		resp, body := b.post("/signin", url.Values{"email": {demoEmail}, "password": {demoPassword}})
		wantPage(t, resp, body, "/", "Maya Lindqvist")
		resp, body = b.get("/journal")
		wantPage(t, resp, body, "/journal", "Sessions that touched a tender spot")
		if n := strings.Count(body, `class="entry"`); n != len(demoJournal) {
			t.Errorf("got %d journal entries, want %d", n, len(demoJournal))
		}
		if !strings.Contains(body, "self-check before Maya Lindqvist") {
			t.Errorf("the demo self-check is not before Maya's session")
		}
		touched := body[strings.Index(body, `id="touched"`):]
		m := regexp.MustCompile(`href="(/sessions/\d+)"><strong>Maya Lindqvist</strong>`).FindStringSubmatch(touched)
		if m == nil {
			t.Fatalf("the journal lists no session of Maya's as touching a tender spot")
		}
		resp, body = b.get(m[1])
		wantPage(t, resp, body, m[1], `class="tender-flag"`)
		stop()
	}
}
