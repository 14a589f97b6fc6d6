package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ally-mi/ally/web"
)

func TestClientSearch(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	a.MustClient("Ada Park", false)
	a.MustClient("Ben Osei", false)
	_, body := a.get("/?q=par")
	if !strings.Contains(body, "Ada Park") || strings.Contains(body, "Ben Osei") {
		t.Errorf("searching for %q: want Ada Park only", "par")
	}
	_, body = a.get("/?q=nobody")
	if !strings.Contains(body, "No client's name contains") && !strings.Contains(body, "No client&#39;s name contains") {
		t.Errorf("an empty search does not say so")
	}
}

func TestGoals(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	resp, body := a.post(clientPath+"/goals", url.Values{"title": {""}, "description": {"walk after dinner"}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, "walk after dinner") || !strings.Contains(body, `class="field-error"`) {
		t.Errorf("a refused goal loses its input or its error")
	}
	resp, _ = a.post(clientPath+"/goals", url.Values{"title": {"Walk twice a week"}})
	wantRedirect(t, resp, clientPath)
	_, body = a.get(clientPath)
	if !strings.Contains(body, "Walk twice a week") {
		t.Fatalf("the goal is not on the client's page")
	}
	id := between(body, `action="`+clientPath+`/goals/`, `"`)
	resp, _ = a.post(clientPath+"/goals/"+id, url.Values{"title": {"Walk three times a week"}})
	wantRedirect(t, resp, clientPath)
	_, body = a.get(clientPath)
	if !strings.Contains(body, "Walk three times a week") {
		t.Errorf("the goal was not edited")
	}
	resp, _ = a.post(clientPath+"/goals/"+id+"/delete", nil)
	wantRedirect(t, resp, clientPath)
	_, body = a.get(clientPath)
	if strings.Contains(body, "Walk three times a week") {
		t.Errorf("the goal was not deleted")
	}
}

func TestSessionStatus(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", false)
	resp, _ := a.post(sessionPath, url.Values{"date": {"2026-03-21"}, "status": {"no_show"}})
	wantRedirect(t, resp, sessionPath)
	_, body := a.get(clientPath)
	if !strings.Contains(body, "21 Mar 2026") || !strings.Contains(body, "no-show") {
		t.Errorf("the session's new date and status are not on the client's page")
	}
	resp, _ = a.post(sessionPath, url.Values{"date": {"2026-03-21"}, "status": {"maybe"}})
	wantStatus(t, resp, http.StatusBadRequest)
}

func TestRevokeConsentAndDelete(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	_, body := a.get(clientPath)
	if !strings.Contains(body, "Also delete every transcript and analysis") {
		t.Errorf("revoking does not offer to delete the transcripts")
	}
	resp, _ := a.post(clientPath+"/consent/revoke", url.Values{"delete": {"yes"}})
	wantRedirect(t, resp, clientPath)
	_, body = a.get(sessionPath)
	if strings.Contains(body, `id="report"`) {
		t.Errorf("the report is still there after revoking with deletion")
	}
	resp, _ = a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	wantStatus(t, resp, http.StatusForbidden)
}

func TestExpiredSignInSaysWhy(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	a.clock.Add(16 * time.Minute)
	resp, _ := a.get("/")
	loc := wantRedirect(t, resp, "/signin")
	_, body := a.get(loc)
	if !strings.Contains(body, "signed out after a while without use") {
		t.Errorf("the sign-in page does not say why the professional was signed out")
	}
}

// between returns the text of s after the first from, up to to.
func between(s, from, to string) string {
	_, after, _ := strings.Cut(s, from)
	v, _, _ := strings.Cut(after, to)
	return v
}
