package web_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// TestExportCodedDownload downloads the coded CSV from the settings page's
// link: the owner's sessions with their correction, as an attachment, and
// nothing of theirs for another professional.
func TestExportCodedDownload(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	wantRedirect(t, mustUpload(a, sessionPath), sessionPath)
	sess := findSession(t, a, sessionPath)
	i := firstOf(sess.Transcript, "client", 0)
	resp, _ := a.post(sessionPath+"/corrections", url.Values{"utterance": {itoa(int64(i))}, "code": {"change"}})
	wantRedirect(t, resp, sessionPath)

	_, page := a.get("/settings")
	if !strings.Contains(page, `href="/export/coded.csv"`) {
		t.Error("the settings page has no download link")
	}
	resp, body := a.get("/export/coded.csv")
	wantStatus(t, resp, 200)
	if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename="ally-coded-2026-03-14.csv"`) {
		t.Errorf("Content-Disposition %q, want an attachment", cd)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("Content-Type %q, want text/csv", ct)
	}
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if lines[0] != "session,speaker,role,code,subcode,text" || len(lines) != len(sess.Transcript.Utterances)+1 {
		t.Fatalf("got %d lines, want a header and %d turns:\n%s", len(lines), len(sess.Transcript.Utterances), body)
	}
	if row := lines[i+1]; !strings.Contains(row, ",client,change,,") {
		t.Errorf("corrected turn %d: %q, want its correction", i, row)
	}
	if strings.Contains(body, "Ada Park") {
		t.Error("the export names the client")
	}

	sam := &ally.Professional{Name: "Sam Reed", Email: "sam@example.org"}
	if err := a.svc.Professionals.CreateProfessional(context.Background(), sam, "another quiet password"); err != nil {
		t.Fatal(err)
	}
	other := &app{tb: t, srv: a.srv, client: newClient(), clock: a.clock, svc: a.svc}
	resp, _ = other.post("/signin", url.Values{"email": {sam.Email}, "password": {"another quiet password"}})
	wantRedirect(t, resp, "/")
	_, body = other.get("/export/coded.csv")
	if strings.TrimSpace(body) != "session,speaker,role,code,subcode,text" {
		t.Errorf("another professional's export:\n%s", body)
	}
}
