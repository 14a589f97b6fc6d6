package main

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// mapLink finds the links to goal maps on a client's page.
var mapLink = regexp.MustCompile(`href="(/clients/\d+/goals/\d+/map)"`)

// TestServeDemoMaps checks that every demo client's first goal has a map
// filled in on both sides, and that serving the demo again adds nothing.
func TestServeDemoMaps(t *testing.T) {
	dir := t.TempDir()
	for run := range 2 {
		base, _, stop := MustServe(t, nil, "--data", dir, "--demo")
		b := newBrowser(t, base)
		resp, body := b.post("/signin", url.Values{"email": {demoEmail}, "password": {demoPassword}})
		wantPage(t, resp, body, "/", "Maya Lindqvist")
		worksheets := 0
		for _, dm := range demoMaps() {
			id := textBefore(body, `<a href="/clients/`, `"><strong>`+dm.client)
			if id == "" {
				t.Fatalf("no link to %s on the home page", dm.client)
			}
			_, page := b.get("/clients/" + id)
			m := mapLink.FindStringSubmatch(page)
			if m == nil {
				t.Fatalf("%s's page links no map", dm.client)
			}
			resp, page = b.get(m[1])
			wantPage(t, resp, page, m[1], "Last saved")
			for _, want := range []string{dm.motivation.Wants, dm.resistance.Wants} {
				if !strings.Contains(page, strings.ReplaceAll(want, "'", "&#39;")) {
					t.Errorf("run %d, %s's map lacks %q", run+1, dm.client, want)
				}
			}
			worksheets += strings.Count(page, `class="worksheet-brief"`)
		}
		// Two filled in by the professional, one answered by a client
		// through the demo's check-in link.
		if worksheets != 3 {
			t.Errorf("run %d: got %d demo worksheets on the maps, want 3", run+1, worksheets)
		}
		stop()
	}
}

// textBefore returns the text of s between the first to and the last from
// before it, "" when there is none.
func textBefore(s, from, to string) string {
	i := strings.Index(s, to)
	if i < 0 {
		return ""
	}
	j := strings.LastIndex(s[:i], from)
	if j < 0 {
		return ""
	}
	return s[j+len(from) : i]
}
