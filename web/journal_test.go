package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// TestJournalTenderSpots checks that the tender spots are edited in the
// journal, that settings points there, and that a session is still read
// again with them when a code is corrected.
func TestJournalTenderSpots(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	wantRedirect(t, mustUpload(a, sessionPath), sessionPath)
	if _, body := a.get(sessionPath); strings.Contains(body, `class="tender-flag"`) {
		t.Errorf("a session is flagged before any tender spot was named")
	}

	resp, body := a.post("/journal/tender-spots", url.Values{"tender_spots": {"drinking, the"}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, `value="drinking, the"`) || !strings.Contains(body, `class="field-error"`) {
		t.Errorf("a refused tender spot loses the input or its error")
	}
	resp, _ = a.post("/journal/tender-spots", url.Values{"tender_spots": {" drinking ,my father,"}})
	wantRedirect(t, resp, "/journal?saved=spots")
	if _, body = a.get("/journal"); !strings.Contains(body, `value="drinking, my father"`) {
		t.Errorf("the tender spots were not saved")
	}
	_, body = a.get("/settings")
	if !strings.Contains(body, `href="/journal#tender-spots"`) || !strings.Contains(body, "“drinking”, “my father”") {
		t.Errorf("settings does not point to the journal with the spots")
	}
	if strings.Contains(body, `name="tender_spots"`) {
		t.Errorf("settings still edits the tender spots")
	}

	// A correction re-reads the session with the spots of today.
	sess := findSession(t, a, sessionPath)
	client := firstOf(sess.Transcript, ally.RoleClient, 0)
	resp, _ = a.post(sessionPath+"/corrections", url.Values{"utterance": {strconv.Itoa(client)}, "code": {ally.CodeChange}})
	wantRedirect(t, resp, sessionPath)
	_, body = a.get(sessionPath)
	if !strings.Contains(body, `class="tender-flag"`) || !strings.Contains(between(body, `class="tender-flag"`, "</aside>"), "“drinking”") {
		t.Errorf("the corrected session was not read with the new tender spots")
	}
}

// TestSessionTenderFlag checks that a session that touched a tender spot
// is flagged on its page and listed in the journal, and another is not.
func TestSessionTenderFlag(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	resp, _ := a.post("/journal/tender-spots", url.Values{"tender_spots": {"drinking"}})
	wantRedirect(t, resp, "/journal")
	_, touching := a.MustClient("Ada Park", true)
	wantRedirect(t, mustUpload(a, touching), touching)
	_, other := a.MustClient("Ben Cole", true)
	resp, _ = a.upload(other+"/transcript", "teams.vtt", example(t, "teams-exercise.vtt"))
	wantRedirect(t, resp, other)

	_, body := a.get(touching)
	flag := between(body, `class="tender-flag"`, "</aside>")
	if flag == "" || !strings.Contains(flag, "“drinking”") || !strings.Contains(flag, `href="/journal#touched"`) {
		t.Fatalf("the touching session has no flag naming the spot and the journal:\n%s", flag)
	}
	anchor := regexp.MustCompile(`href="#((?:moment-|u)\d+)"`).FindStringSubmatch(flag)
	if anchor == nil || !strings.Contains(body, `id="`+anchor[1]+`"`) {
		t.Errorf("the flag does not link to a moment of the page: %s", flag)
	}
	if _, body := a.get(other); strings.Contains(body, `class="tender-flag"`) {
		t.Errorf("a session that touched no tender spot is flagged")
	}

	_, body = a.get("/journal")
	touched := between(body, `id="touched"`, "</section>")
	if !strings.Contains(touched, "Ada Park") || !strings.Contains(touched, `href="`+touching+`#`) ||
		!strings.Contains(touched, "You responded") {
		t.Errorf("the journal does not list the touching session with the moment and the response:\n%s", touched)
	}
	if strings.Contains(touched, "Ben Cole") {
		t.Errorf("the journal lists a session that touched no tender spot")
	}
}

// entryID finds the id of the first entry on the journal page.
var entryID = regexp.MustCompile(`id="entry-(\d+)"`)

// TestJournalEntries writes, edits and deletes a reflection and a
// self-check.
func TestJournalEntries(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", true)
	clientID := strings.TrimPrefix(clientPath, "/clients/")

	resp, body := a.post("/journal/reflections", url.Values{"text": {"  "}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, "Write something") {
		t.Errorf("an empty reflection is refused without saying why")
	}
	resp, _ = a.post("/journal/reflections", url.Values{"text": {"I hurried Ada towards a plan."}})
	wantRedirect(t, resp, "/journal?saved=reflection")
	_, body = a.get("/journal")
	m := entryID.FindStringSubmatch(body)
	if m == nil || !strings.Contains(body, "I hurried Ada towards a plan.") {
		t.Fatalf("the reflection is not on the journal")
	}
	resp, _ = a.post("/journal/"+m[1], url.Values{"text": {"I hurried Ada; next time, slower."}})
	wantRedirect(t, resp, "/journal?saved=entry#entry-"+m[1])
	if _, body = a.get("/journal"); !strings.Contains(body, "I hurried Ada; next time, slower.") ||
		strings.Contains(body, "towards a plan") {
		t.Errorf("the edited reflection is not shown in place of the old one")
	}

	// A self-check before Ada's session goes back where it was made.
	resp, _ = a.post("/journal/self-check", url.Values{"alive": {"Tired, a little flat."},
		"touches": {"Her father's drinking, like mine."}, "client": {clientID}, "return": {clientPath + "#prepare"}})
	wantRedirect(t, resp, clientPath+"#prepare")
	_, body = a.get("/journal")
	entries := between(body, `id="entries"`, "</section>")
	if !strings.Contains(entries, "self-check before Ada Park") || !strings.Contains(entries, "Tired, a little flat.") {
		t.Errorf("the self-check is not listed with its client:\n%s", entries)
	}
	if strings.Index(entries, "Tired, a little flat.") > strings.Index(entries, "next time, slower") {
		t.Errorf("entries are not newest first")
	}
	check := entryID.FindStringSubmatch(entries)[1]
	resp, _ = a.post("/journal/"+check, url.Values{"alive": {"Rested."}, "touches": {""}, "client": {""}})
	wantRedirect(t, resp, "/journal")
	if _, body = a.get("/journal"); !strings.Contains(body, "Rested.") || strings.Contains(body, "self-check before Ada Park") {
		t.Errorf("the self-check was not changed")
	}

	resp, body = a.post("/journal/self-check", url.Values{"alive": {""}, "touches": {" "}, "return": {clientPath}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, `name="return" value="`+clientPath+`"`) || !strings.Contains(body, "Answer at least one") {
		t.Errorf("an empty self-check loses its way back or its error")
	}
	resp, _ = a.post("/journal/self-check", url.Values{"alive": {"x"}, "client": {"999"}})
	wantStatus(t, resp, http.StatusNotFound)

	for _, id := range []string{m[1], check} {
		resp, _ = a.post("/journal/"+id+"/delete", nil)
		wantRedirect(t, resp, "/journal?saved=deleted")
	}
	if _, body = a.get("/journal"); entryID.MatchString(body) {
		t.Errorf("deleted entries are still listed")
	}
	resp, _ = a.post("/journal/"+check+"/delete", nil)
	wantStatus(t, resp, http.StatusNotFound)
}

// TestSelfCheckReturn checks that the self-check's way back never leaves
// the site.
func TestSelfCheckReturn(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	for _, back := range []string{"https://evil.example/", "//evil.example/x", "/\\evil.example", `\\evil.example`,
		"javascript:alert(1)", "/%2F%2Fevil.example", "evil.example", "", "/\tx"} {
		resp, _ := a.post("/journal/self-check", url.Values{"alive": {"Calm."}, "return": {back}})
		loc := wantRedirect(t, resp, "/")
		if loc != "/journal?saved=self-check#self-check" {
			t.Errorf("return %q: went to %q, want the journal", back, loc)
		}
	}
	resp, _ := a.post("/journal/self-check", url.Values{"alive": {"Calm."}, "return": {"/clients?q=a#x"}})
	if loc := wantRedirect(t, resp, "/"); loc != "/clients?q=a#x" {
		t.Errorf("a local return: went to %q", loc)
	}
}
