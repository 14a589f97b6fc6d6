package main

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer one goroutine writes while another reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// MustServe starts `ally serve` in-process on port 0 with args and returns
// its address, what it printed, and stop, which stops it and checks that
// it exited cleanly; it also stops when the test ends.
func MustServe(t *testing.T, env map[string]string, args ...string) (base string, stdout *syncBuffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stdout = &syncBuffer{}
	stderr := &syncBuffer{}
	m := &Main{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr, Getenv: func(k string) string { return env[k] }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if code := <-done; code != 0 {
				t.Errorf("serve exited with %d: %s", code, stderr.String())
			}
		})
	}
	t.Cleanup(stop)
	re := regexp.MustCompile(`ally is serving on (https?://127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(stdout.String()); m != nil {
			return m[1], stdout, stop
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		default:
		}
	}
	t.Fatalf("serve did not start: %s", stderr.String())
	return "", nil, nil
}

// browser is an http.Client with a cookie jar, as a browser signs in.
type browser struct {
	t    *testing.T
	base string
	c    *http.Client
}

func newBrowser(t *testing.T, base string) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, base: base, c: &http.Client{Jar: jar}}
}

// send sends a request, following redirects, and returns the final page.
func (b *browser) send(req *http.Request) (*http.Response, string) {
	b.t.Helper()
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func (b *browser) get(path string) (*http.Response, string) {
	req, _ := http.NewRequest("GET", b.base+path, nil)
	return b.send(req)
}

func (b *browser) post(path string, form url.Values) (*http.Response, string) {
	req, _ := http.NewRequest("POST", b.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.send(req)
}

func (b *browser) upload(path, name string, content []byte) (*http.Response, string) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("transcript", name)
	fw.Write(content)
	mw.Close()
	req, _ := http.NewRequest("POST", b.base+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return b.send(req)
}

// wantPage fails unless the request ended on path with a 200 page holding want.
func wantPage(t *testing.T, resp *http.Response, body, path, want string) {
	t.Helper()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Request.URL.Path, path) || !strings.Contains(body, want) {
		t.Fatalf("%s: got %d on %s, want 200 on %s with %q", resp.Request.Method, resp.StatusCode, resp.Request.URL.Path, path, want)
	}
}

func TestServeEndToEnd(t *testing.T) {
	base, _, _ := MustServe(t, nil, "--data", t.TempDir())
	b := newBrowser(t, base)

	resp, body := b.get("/")
	wantPage(t, resp, body, "/setup", "Welcome to ally")
	resp, body = b.post("/setup", url.Values{"name": {"Robin Vale"}, "email": {"robin@example.org"},
		"password": {"quiet river at dawn 42"}, "password2": {"quiet river at dawn 42"}})
	wantPage(t, resp, body, "/", "No clients yet")

	resp, body = b.post("/clients", url.Values{"name": {"Ada Park"}, "contact": {"ada@example.org"}})
	wantPage(t, resp, body, "/clients/", "No consent on record")
	clientPath := resp.Request.URL.Path
	resp, body = b.post(clientPath+"/sessions", url.Values{"date": {"2026-03-14"}, "status": {"attended"}})
	wantPage(t, resp, body, "/sessions/", "Session of 14 Mar 2026")
	sessionPath := resp.Request.URL.Path
	vtt, err := os.ReadFile("../../examples/zoom-alcohol.vtt")
	if err != nil {
		t.Fatal(err)
	}
	resp, body = b.upload(sessionPath+"/transcript", "zoom.vtt", vtt)
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "How to record consent") {
		t.Fatalf("upload without consent: got %d, want 403 with the consent page", resp.StatusCode)
	}

	resp, body = b.post(clientPath+"/consent", url.Values{"given": {"2026-03-01"}, "note": {"signed form"}})
	wantPage(t, resp, body, clientPath, "Given 1 Mar 2026")
	resp, body = b.upload(sessionPath+"/transcript", "zoom.vtt", vtt)
	wantPage(t, resp, body, sessionPath, "Working with resistance")
	if !strings.Contains(body, "<h1>Ada Park</h1>") {
		t.Errorf("the report is not titled with the client's name")
	}

	m := regexp.MustCompile(`<option value="(\d+)">#\d+ [^<(]+\((change|neutral)\)</option>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no client utterance to correct")
	}
	resp, body = b.post(sessionPath+"/corrections", url.Values{"utterance": {m[1]}, "code": {"sustain"}})
	wantPage(t, resp, body, sessionPath, "Corrections made")

	resp, body = b.post(sessionPath+"/notes", url.Values{"format": {"soap"}, "section0": {"Evenings are hard."},
		"section1": {"Calm."}, "section2": {"Ambivalent."}, "section3": {"Walk on Tuesday."}})
	wantPage(t, resp, body, sessionPath, "Walk on Tuesday.")
	resp, body = b.post(sessionPath+"/notes", url.Values{"format": {"private"}, "section0": {"I rushed her."}})
	wantPage(t, resp, body, sessionPath, "I rushed her.")

	resp, body = b.post("/signout", nil)
	wantPage(t, resp, body, "/signin", "Sign in")
	for _, path := range []string{"/", clientPath, sessionPath, "/settings"} {
		resp, body = b.get(path)
		wantPage(t, resp, body, "/signin", "Sign in")
		if strings.Contains(body, "Ada Park") {
			t.Errorf("GET %s after signing out shows the client", path)
		}
	}
}

func TestServeDemoTwice(t *testing.T) {
	dir := t.TempDir()
	for range 2 {
		base, stdout, stop := MustServe(t, nil, "--data", dir, "--demo")
		if !strings.Contains(stdout.String(), "demo@ally.example") {
			t.Fatalf("serve --demo does not print the sign-in:\n%s", stdout.String())
		}
		b := newBrowser(t, base)
		resp, body := b.post("/signin", url.Values{"email": {demoEmail}, "password": {demoPassword}})
		wantPage(t, resp, body, "/", "Maya Lindqvist")
		if n := strings.Count(body, `<li><a href="/clients/`); n != 3 {
			t.Errorf("got %d demo clients, want 3", n)
		}
		stop()
	}
}

func TestServeWrongKey(t *testing.T) {
	dir := t.TempDir()
	_, _, stop := MustServe(t, nil, "--data", dir)
	stop()
	key := "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" // 32 zero bytes, not the key the data was written with
	var stdout, stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string {
		if k == envKey {
			return key
		}
		return ""
	}}
	if code := m.Run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--data", dir}); code != exitError {
		t.Errorf("serve with the wrong key: got exit %d, want %d", code, exitError)
	}
	if !strings.Contains(stderr.String(), "key") || strings.Contains(stdout.String(), "serving") {
		t.Errorf("serve with the wrong key: stdout %q, stderr %q", stdout.String(), stderr.String())
	}
}

func TestUserAdd(t *testing.T) {
	dir := t.TempDir()
	m := &Main{Stdin: strings.NewReader("quiet river at dawn 42\n")}
	r := runMain(t, context.Background(), m, "user", "add", "--email", "sam@example.org", "--name", "Sam Reed", "--password-stdin", "--data", dir)
	if r.code != 0 || !strings.Contains(r.stdout, "sam@example.org") {
		t.Fatalf("user add: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	m = &Main{Stdin: strings.NewReader("password\n")}
	r = runMain(t, context.Background(), m, "user", "add", "--email", "kim@example.org", "--name", "Kim", "--password-stdin", "--data", dir)
	if r.code != exitError || !strings.Contains(r.stderr, "password") {
		t.Errorf("user add with a weak password: exit %d, stderr %q", r.code, r.stderr)
	}

	// The account exists, so the first-run page is gone and sign-in works.
	base, _, _ := MustServe(t, nil, "--data", dir)
	b := newBrowser(t, base)
	resp, body := b.get("/setup")
	wantPage(t, resp, body, "/signin", "Sign in")
	resp, body = b.post("/signin", url.Values{"email": {"sam@example.org"}, "password": {"quiet river at dawn 42"}})
	wantPage(t, resp, body, "/", "No clients yet")
}

// TestServeSignInSurvivesRestart proves that sign-ins are kept in the data
// directory, by the hash of their id only: a sign-in cookie still works
// after a restart, and no longer once signed out, across another restart.
func TestServeSignInSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	base, _, stop := MustServe(t, nil, "--data", dir)
	b := newBrowser(t, base)
	resp, body := b.post("/setup", url.Values{"name": {"Robin Vale"}, "email": {"robin@example.org"},
		"password": {"quiet river at dawn 42"}, "password2": {"quiet river at dawn 42"}})
	wantPage(t, resp, body, "/", "No clients yet")
	u, _ := url.Parse(base)
	cookies := b.c.Jar.Cookies(u)
	if len(cookies) != 1 || cookies[0].Value == "" {
		t.Fatalf("after setup: got cookies %v, want the sign-in's", cookies)
	}
	signIn := cookies[0]
	stop()
	files, _ := filepath.Glob(filepath.Join(dir, "ally.db*"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err != nil {
			t.Fatal(err)
		} else if bytes.Contains(b, []byte(signIn.Value)) {
			t.Errorf("%s holds the sign-in id", filepath.Base(f))
		}
	}

	// Same data, another process (and port): still signed in.
	base, _, stop = MustServe(t, nil, "--data", dir)
	b.base = base
	resp, body = b.get("/")
	if resp.Request.URL.Path != "/" {
		t.Fatalf("after a restart: got %s, want to stay signed in on /", resp.Request.URL.Path)
	}
	wantPage(t, resp, body, "/", "No clients yet")
	resp, body = b.post("/signout", nil)
	wantPage(t, resp, body, "/signin", "Sign in")
	stop()

	// Signed out is signed out for good: the old cookie opens nothing.
	base, _, _ = MustServe(t, nil, "--data", dir)
	stale := newBrowser(t, base)
	req, _ := http.NewRequest("GET", base+"/", nil)
	req.AddCookie(&http.Cookie{Name: signIn.Name, Value: signIn.Value})
	resp, body = stale.send(req)
	wantPage(t, resp, body, "/signin", "Sign in")
}
