package web_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/mi"
	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/web"
)

// app is the practice app under test, served over loopback, with a
// browser-like client that keeps cookies and does not follow redirects.
type app struct {
	tb     testing.TB
	srv    *httptest.Server
	client *http.Client
	clock  *clock
	svc    web.Services
}

// clock is a settable clock shared by the app and the test.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// MustApp starts the app on a fresh practice.
func MustApp(tb testing.TB, cfg web.Config) *app {
	tb.Helper()
	coder, err := mi.Default()
	if err != nil {
		tb.Fatal(err)
	}
	clk := &clock{t: time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)}
	cfg.Now = clk.Now
	// The store keeps the app's time, so that links expire by one clock.
	svc := newServices(tb, sqlite.WithClock(clk.Now))
	svc.Analyzer = engine.New(coder)
	srv := httptest.NewServer(web.NewServer(cfg, svc))
	tb.Cleanup(srv.Close)
	return &app{tb: tb, srv: srv, client: newClient(), clock: clk, svc: svc}
}

// newClient returns a client with a cookie jar that stops at redirects.
func newClient() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// do sends a request and returns the response with its body read.
func (a *app) do(req *http.Request) (*http.Response, string) {
	a.tb.Helper()
	resp, err := a.client.Do(req)
	if err != nil {
		a.tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		a.tb.Fatal(err)
	}
	return resp, string(b)
}

func (a *app) get(path string) (*http.Response, string) {
	a.tb.Helper()
	req, _ := http.NewRequest("GET", a.srv.URL+path, nil)
	return a.do(req)
}

func (a *app) post(path string, form url.Values) (*http.Response, string) {
	a.tb.Helper()
	req, _ := http.NewRequest("POST", a.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return a.do(req)
}

// upload posts a file as the transcript of an upload form.
func (a *app) upload(path, name string, content []byte) (*http.Response, string) {
	a.tb.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("transcript", name)
	fw.Write(content)
	mw.Close()
	req, _ := http.NewRequest("POST", a.srv.URL+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return a.do(req)
}

// wantRedirect fails unless resp is a 303 to a path starting with prefix,
// and returns the path.
func wantRedirect(tb testing.TB, resp *http.Response, prefix string) string {
	tb.Helper()
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, prefix) {
		tb.Fatalf("got %d to %q, want 303 to %s…", resp.StatusCode, loc, prefix)
	}
	return loc
}

func wantStatus(tb testing.TB, resp *http.Response, want int) {
	tb.Helper()
	if resp.StatusCode != want {
		tb.Fatalf("%s %s: got status %d, want %d", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, want)
	}
}

const (
	ownerEmail    = "robin@example.org"
	ownerPassword = "quiet river at dawn 42"
)

// MustOwner creates the owner's account on the first-run page, signed in.
func (a *app) MustOwner() {
	a.tb.Helper()
	resp, _ := a.post("/setup", url.Values{"name": {"Robin Vale"}, "email": {ownerEmail},
		"password": {ownerPassword}, "password2": {ownerPassword}})
	wantRedirect(a.tb, resp, "/")
}

// MustClient adds a client, with consent when consent is set, and one
// session, and returns the session's path.
func (a *app) MustClient(name string, consent bool) (clientPath, sessionPath string) {
	a.tb.Helper()
	resp, _ := a.post("/clients", url.Values{"name": {name}})
	clientPath = wantRedirect(a.tb, resp, "/clients/")
	if consent {
		resp, _ = a.post(clientPath+"/consent", url.Values{"given": {"2026-03-01"}, "note": {"signed form"}})
		wantRedirect(a.tb, resp, clientPath)
	}
	resp, _ = a.post(clientPath+"/sessions", url.Values{"date": {"2026-03-14"}, "status": {"attended"}})
	return clientPath, wantRedirect(a.tb, resp, "/sessions/")
}

// example returns a transcript from the examples folder.
func example(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile("../examples/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
