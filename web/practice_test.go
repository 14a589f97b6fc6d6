package web_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

func TestUploadWithoutConsentRefused(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", false)
	resp, body := a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	wantStatus(t, resp, http.StatusForbidden)
	for _, want := range []string{"consent", "How to record consent", "Nothing was stored"} {
		if !strings.Contains(body, want) {
			t.Errorf("the refusal page lacks %q", want)
		}
	}
	_, body = a.get(sessionPath)
	if strings.Contains(body, `id="report"`) {
		t.Errorf("a report shows after a refused upload")
	}
}

func TestUploadWithConsentShowsReport(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	resp, _ := a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	wantRedirect(t, resp, sessionPath)
	resp, body := a.get(sessionPath)
	wantStatus(t, resp, http.StatusOK)
	for _, want := range []string{`id="report"`, "<h1>Ada Park</h1>", "Working with resistance", `id="scorecard"`, `name="utterance"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the session page lacks %s", want)
		}
	}
	if strings.Contains(body, "<style") || strings.Contains(body, "<script") {
		t.Errorf("the session page inlines style or script, which the CSP forbids")
	}
	// The report is written in where the page marks its place, inside its
	// own element, and the mark is gone.
	if _, rest, ok := strings.Cut(body, `<div id="report" class="embedded-report">`); !ok || !strings.Contains(rest, `id="scorecard"`) {
		t.Errorf("the report is not inside its element")
	}
	if strings.Contains(body, "ally:report") || !strings.HasSuffix(strings.TrimSpace(body), "</html>") {
		t.Errorf("the page keeps the report's marker or does not end as a page")
	}
	// The report's bars are widths in style attributes: the policy allows
	// exactly those, by hash, and no other inline style.
	csp := resp.Header.Get("Content-Security-Policy")
	attrs := regexp.MustCompile(`\sstyle="([^"]*)"`).FindAllStringSubmatch(body, -1)
	if len(attrs) == 0 {
		t.Fatal("the report has no balance bars")
	}
	for _, m := range attrs {
		sum := sha256.Sum256([]byte(html.UnescapeString(m[1])))
		if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, h) {
			t.Errorf("the policy does not allow style %q (%s): %s", m[1], h, csp)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("the policy allows any inline style: %s", csp)
	}
}

func TestUploadTooLarge(t *testing.T) {
	a := MustApp(t, web.Config{MaxUploadBytes: 1 << 20})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	big := bytes.Repeat([]byte("Counsellor: How was the week?\nClient: Long.\n"), 30000)
	resp, body := a.upload(sessionPath+"/transcript", "big.txt", big)
	wantStatus(t, resp, http.StatusRequestEntityTooLarge)
	if !strings.Contains(body, "larger than 1 MB") {
		t.Errorf("the 413 page does not say the limit:\n%s", body)
	}
}

// TestUploadTooLargeReadThrough sends a body over the limit slowly, as a
// browser on a slow line does, and reads nothing before it has sent it
// all, as browsers do: the server must take the whole body, then answer
// 413, rather than close the connection under the sender.
func TestUploadTooLargeReadThrough(t *testing.T) {
	t.Parallel() // mostly waits between writes
	a := MustApp(t, web.Config{MaxUploadBytes: 1 << 20})
	conn, err := net.Dial("tcp", a.srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	const size, writes = 2 << 20, 16
	fmt.Fprintf(conn, "POST /sessions/1/transcript HTTP/1.1\r\nHost: %s\r\n"+
		"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: %d\r\n\r\n", a.srv.Listener.Addr(), size)
	// Spread over longer than the server would wait after a hasty answer.
	chunk := bytes.Repeat([]byte("x"), size/writes)
	for i := range writes {
		time.Sleep(50 * time.Millisecond)
		if _, err := conn.Write(chunk); err != nil {
			t.Fatalf("the connection broke after %d of %d bytes: %v", i*len(chunk), size, err)
		}
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "larger than 1 MB") {
		t.Errorf("got %d, want 413 with the page that says the limit:\n%s", resp.StatusCode, body)
	}
}

func TestCorrectionChangesAnalysis(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	_, before := a.get(sessionPath)
	// Find a client utterance the coder did not call sustain talk, and
	// make it sustain talk.
	m := regexp.MustCompile(`<option value="(\d+)">#\d+ [^<(]+\((change|neutral)\)</option>`).FindStringSubmatch(before)
	if m == nil {
		t.Fatal("no client utterance coded change or neutral in the correction form")
	}
	resp, _ := a.post(sessionPath+"/corrections", url.Values{"utterance": {m[1]}, "code": {"sustain"}})
	wantRedirect(t, resp, sessionPath)
	_, after := a.get(sessionPath)
	if !regexp.MustCompile(`<option value="` + m[1] + `">#\d+ [^<(]+\(sustain\) ✎ corrected</option>`).MatchString(after) {
		t.Errorf("utterance #%s is not sustain talk after the correction", m[1])
	}
	if !strings.Contains(after, "Corrections made") {
		t.Errorf("the correction is not listed")
	}
	// The report's transcript marks the code as the professional's own.
	if !regexp.MustCompile(`(?s)<li id="u` + m[1] + `" [^>]*>.*?corrected by you.*?</li>`).MatchString(report(after)) {
		t.Errorf("the report's transcript does not mark utterance #%s as corrected", m[1])
	}
	if strings.Count(report(after), "corrected by you") != 1 {
		t.Errorf("the report marks %d utterances corrected, want 1", strings.Count(report(after), "corrected by you"))
	}
	if report(before) == report(after) {
		t.Errorf("the report did not change after the correction")
	}

	// A client's utterance cannot take a practitioner's code.
	resp, _ = a.post(sessionPath+"/corrections", url.Values{"utterance": {m[1]}, "code": {"reflection/simple"}})
	wantStatus(t, resp, http.StatusBadRequest)
}

func TestNotesSaved(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	resp, _ := a.post(sessionPath+"/notes", url.Values{"format": {"dap"}, "section0": {"Spoke of evenings alone."},
		"section1": {"Ambivalent."}, "section2": {"Check in next week."}})
	wantRedirect(t, resp, sessionPath)
	resp, _ = a.post(sessionPath+"/notes", url.Values{"format": {"private"}, "section0": {"I felt rushed today."}})
	wantRedirect(t, resp, sessionPath)
	_, body := a.get(sessionPath)
	for _, want := range []string{"Spoke of evenings alone.", "Check in next week.", "I felt rushed today.", "<strong>DAP</strong>", "Last edited"} {
		if !strings.Contains(body, want) {
			t.Errorf("the session page lacks %q", want)
		}
	}
}

func TestAnotherProfessionalsClientIsNotFound(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	a.post(sessionPath+"/notes", url.Values{"format": {"private"}, "section0": {"the owner writes this"}})

	// A second professional, as `ally user add` makes them, cannot reach
	// the first one's client or session by their ids.
	other := &ally.Professional{Name: "Sam Reed", Email: "sam@example.org"}
	if err := a.svc.Professionals.CreateProfessional(context.Background(), other, "another quiet password"); err != nil {
		t.Fatal(err)
	}
	b := &app{tb: t, srv: a.srv, client: newClient(), clock: a.clock}
	resp, _ := b.post("/signin", url.Values{"email": {other.Email}, "password": {"another quiet password"}})
	wantRedirect(t, resp, "/")
	for _, path := range []string{clientPath, sessionPath} {
		resp, body := b.get(path)
		wantStatus(t, resp, http.StatusNotFound)
		if strings.Contains(body, "Ada Park") || strings.Contains(body, "the owner writes this") {
			t.Errorf("GET %s shows the other practice's data", path)
		}
	}
	for _, post := range []struct {
		path string
		form url.Values
	}{
		{clientPath, url.Values{"name": {"Renamed"}}},
		{clientPath + "/consent/revoke", url.Values{"delete": {"yes"}}},
		{clientPath + "/sessions", url.Values{"status": {"attended"}}},
		{sessionPath + "/notes", url.Values{"format": {"private"}, "section0": {"overwritten"}}},
		{sessionPath + "/corrections", url.Values{"utterance": {"0"}, "code": {"other"}}},
	} {
		resp, _ := b.post(post.path, post.form)
		if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusBadRequest {
			t.Errorf("POST %s as another professional: got %d, want 404", post.path, resp.StatusCode)
		}
	}
	_, body := a.get(sessionPath)
	if !strings.Contains(body, "the owner writes this") || !strings.Contains(body, "Ada Park") {
		t.Errorf("the other professional changed the owner's session")
	}
}

// report returns the embedded report of a session page.
func report(page string) string {
	i := strings.Index(page, `id="report"`)
	j := strings.Index(page, `id="correct"`)
	if i < 0 || j < i {
		return ""
	}
	return page[i:j]
}
