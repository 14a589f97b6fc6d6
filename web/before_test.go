package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

// TestBeforeTheSession fills in what the page gathers, through the app's
// own forms, and reads it back from the one page.
func TestBeforeTheSession(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	beforePath := clientPath + "/before"

	// An empty practice still gives a page that says what to do.
	resp, body := a.get(beforePath)
	wantStatus(t, resp, http.StatusOK)
	for _, want := range []string{"Before the session with Ada Park", "No analysed session yet", "Nothing open",
		"No check-in answered", "No goal yet", "has touched one of your tender spots", "What is alive in me today?"} {
		if !strings.Contains(body, want) {
			t.Errorf("the empty page lacks %q", want)
		}
	}

	a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	a.post(clientPath+"/offers", url.Values{"kind": {"task"}, "what": {"A walk after dinner"}, "date": {"2026-03-10"}, "answer": {"not_yet"}})
	a.post(clientPath+"/offers", url.Values{"kind": {"referral"}, "what": {"A group for families"}, "date": {"2026-03-10"}, "answer": {"no"}})
	a.post(clientPath+"/offers", url.Values{"kind": {"practice"}, "what": {"A breathing exercise"}, "date": {"2026-03-10"}, "answer": {"yes"}})
	a.post(clientPath+"/sessions", url.Values{"date": {"2026-03-07"}, "status": {"no_show"}})
	a.post(clientPath+"/goals", url.Values{"title": {"Sleep by eleven"}})
	_, page := a.get(clientPath)
	mapPath := between(page, `href="`+clientPath+`/goals/`, `"`)
	a.post(clientPath+"/goals/"+mapPath, url.Values{"motivation-need": {"energy"}, "resistance-need": {"rest"}})
	link := a.MustCheckIn(clientPath, url.Values{"expires": {"7"}, "phq9": {"yes"}})
	resp, _ = a.stranger().post(link, phq9(url.Values{"did_not_fit": {"The diary felt like homework"}, "importance": {"6"}}, 9, "1"))
	wantRedirect(t, resp, "/checkin/thanks")

	_, body = a.get(beforePath)
	for _, want := range []string{
		`href="` + sessionPath + `#moment-1"`, "Try:",
		"A walk after dinner", "A group for families", "7 Mar 2026</a>: no-show",
		"The diary felt like homework", "Importance <strong>6</strong>/10", "PHQ-9 9 of 27, mild",
		"Sleep by eleven", "<li>energy</li>", "<li>rest and relaxation</li>",
		"PHQ-9's ninth item", // the flag, until acknowledged
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Count(body, `class="before-moment`) > 2 {
		t.Errorf("the page shows more than the last session's two moments")
	}
	if strings.Contains(body, "A breathing exercise") {
		t.Errorf("the page lists an offer that was accepted")
	}

	// The self-check goes to the journal and comes back to this page.
	resp, _ = a.post("/journal/self-check", url.Values{"alive": {"Tired, and glad to see her."}, "touches": {"Her father drank, as mine did."},
		"client": {strings.TrimPrefix(clientPath, "/clients/")}, "return": {beforePath + "?saved=self-check#self-check"}})
	wantRedirect(t, resp, beforePath+"?saved=self-check")
	_, body = a.get(beforePath + "?saved=self-check")
	for _, want := range []string{"Saved in your journal.", "Tired, and glad to see her.", "Her father drank, as mine did."} {
		if !strings.Contains(body, want) {
			t.Errorf("after the self-check, the page lacks %q", want)
		}
	}
	if strings.Contains(body, `action="/journal/self-check"`) {
		t.Errorf("the form is shown again after today's self-check")
	}
	if _, journal := a.get("/journal"); !strings.Contains(journal, "Tired, and glad to see her.") {
		t.Errorf("the self-check is not in the journal")
	}
}
