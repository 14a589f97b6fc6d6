package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

func TestFirstRunOnlyOnce(t *testing.T) {
	a := MustApp(t, web.Config{})
	resp, _ := a.get("/")
	wantRedirect(t, resp, "/signin")
	resp, _ = a.get("/signin")
	wantRedirect(t, resp, "/setup")
	resp, body := a.get("/setup")
	wantStatus(t, resp, http.StatusOK)
	if !strings.Contains(body, `<label for="password">`) {
		t.Errorf("the first-run page has no password field:\n%s", body)
	}

	a.MustOwner()
	resp, body = a.get("/")
	wantStatus(t, resp, http.StatusOK)
	if !strings.Contains(body, "No clients yet") {
		t.Errorf("the new owner's home page does not say there are no clients yet")
	}

	// A stranger cannot use the first-run page to make a second account.
	b := &app{tb: t, srv: a.srv, client: newClient()}
	resp, _ = b.get("/setup")
	wantRedirect(t, resp, "/signin")
	resp, _ = b.post("/setup", url.Values{"name": {"Eve"}, "email": {"eve@example.org"},
		"password": {"another long password"}, "password2": {"another long password"}})
	wantRedirect(t, resp, "/signin")
	resp, _ = b.post("/signin", url.Values{"email": {"eve@example.org"}, "password": {"another long password"}})
	wantStatus(t, resp, http.StatusUnauthorized)
}

func TestSetupKeepsInputAndExplains(t *testing.T) {
	a := MustApp(t, web.Config{})
	resp, body := a.post("/setup", url.Values{"name": {"Robin"}, "email": {"robin@example.org"},
		"password": {"short"}, "password2": {"short"}})
	wantStatus(t, resp, http.StatusBadRequest)
	for _, want := range []string{`value="robin@example.org"`, `value="Robin"`, `class="field-error"`, `aria-invalid="true"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the refused first-run page lacks %s", want)
		}
	}
}

func TestSignedOutGetsOnlySignIn(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	b := &app{tb: t, srv: a.srv, client: newClient()}
	for _, path := range []string{"/", "/clients/new", "/clients/1", sessionPath, "/settings", "/nowhere"} {
		resp, body := b.get(path)
		wantRedirect(t, resp, "/signin")
		if strings.Contains(body, "Ada Park") {
			t.Errorf("GET %s signed out shows the client's name", path)
		}
	}
	resp, _ := b.post("/clients", url.Values{"name": {"Mallory"}})
	wantRedirect(t, resp, "/signin")
}

func TestSignInAndOut(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	resp, _ := a.post("/signout", nil)
	wantRedirect(t, resp, "/signin")
	resp, _ = a.get("/")
	wantRedirect(t, resp, "/signin")

	resp, body := a.post("/signin", url.Values{"email": {ownerEmail}, "password": {"not the password"}})
	wantStatus(t, resp, http.StatusUnauthorized)
	if !strings.Contains(body, `value="`+ownerEmail+`"`) {
		t.Errorf("the refused sign-in page does not keep the e-mail")
	}
	resp, _ = a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	wantRedirect(t, resp, "/")
	c := cookieOf(t, resp)
	if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure {
		t.Errorf("sign-in cookie: got HttpOnly=%v SameSite=%v Secure=%v, want true, Lax, false without TLS", c.HttpOnly, c.SameSite, c.Secure)
	}
	resp, _ = a.get("/")
	wantStatus(t, resp, http.StatusOK)

	// The old cookie is worth nothing once signed out.
	a.post("/signout", nil)
	req, _ := http.NewRequest("GET", a.srv.URL+"/", nil)
	req.AddCookie(c)
	resp, err := newClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wantRedirect(t, resp, "/signin")
}

func TestNewSignInIDAtSignIn(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	resp, _ := a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	first := cookieOf(t, resp).Value
	resp, _ = a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	if second := cookieOf(t, resp).Value; second == first || second == "" {
		t.Errorf("signing in again kept the sign-in id")
	}
}

func TestTimeouts(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	a.clock.Add(14 * time.Minute)
	resp, _ := a.get("/")
	wantStatus(t, resp, http.StatusOK)
	a.clock.Add(16 * time.Minute)
	resp, _ = a.get("/")
	wantRedirect(t, resp, "/signin")

	a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	for range 12*6 + 1 {
		a.clock.Add(10 * time.Minute)
		resp, _ = a.get("/")
	}
	wantRedirect(t, resp, "/signin")
}

// touchCounter counts the writes of sign-ins' last-seen times.
type touchCounter struct {
	ally.SignInService
	n atomic.Int64
}

func (c *touchCounter) TouchSignIn(ctx context.Context, idHash string, t time.Time) error {
	c.n.Add(1)
	return c.SignInService.TouchSignIn(ctx, idHash, t)
}

// TestSignInSeenOncePerMinute proves that page views do not each write the
// sign-in, and that the idle timeout still counts from the last request.
func TestSignInSeenOncePerMinute(t *testing.T) {
	a := MustApp(t, web.Config{})
	touches := &touchCounter{SignInService: a.svc.SignIns}
	svc := a.svc
	svc.SignIns = touches
	a.srv = httptest.NewServer(web.NewServer(web.Config{Now: a.clock.Now}, svc))
	t.Cleanup(a.srv.Close)
	a.MustOwner()

	// A page every 40 seconds for 20 minutes: signed in throughout, the
	// last-seen time written every other page.
	for range 30 {
		a.clock.Add(40 * time.Second)
		resp, _ := a.get("/")
		wantStatus(t, resp, http.StatusOK)
	}
	if got := touches.n.Load(); got != 15 {
		t.Errorf("30 pages 40 s apart wrote the sign-in %d times, want 15", got)
	}
	// The last page wrote it: idle from there, signed out just past 15 minutes.
	a.clock.Add(15 * time.Minute)
	resp, _ := a.get("/")
	wantStatus(t, resp, http.StatusOK)
	a.clock.Add(15*time.Minute + time.Second)
	resp, _ = a.get("/")
	wantRedirect(t, resp, "/signin")
}

func TestBackoffAfterFailedSignIns(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	a.post("/signout", nil)
	for i := range 5 {
		resp, _ := a.post("/signin", url.Values{"email": {ownerEmail}, "password": {"wrong guess number"}})
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: got %d, want 401", i+1, resp.StatusCode)
		}
	}
	// Even the right password waits now: the guesser must not learn it.
	resp, body := a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	wantStatus(t, resp, http.StatusTooManyRequests)
	if got := resp.Header.Get("Retry-After"); got != "30" {
		t.Errorf("Retry-After: got %q, want 30", got)
	}
	if !strings.Contains(body, "Try again in 30s") {
		t.Errorf("the 429 page does not say when to retry:\n%s", body)
	}
	a.clock.Add(31 * time.Second)
	resp, _ = a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	wantRedirect(t, resp, "/")
}

func TestCrossOriginPostRefused(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	req, _ := http.NewRequest("POST", a.srv.URL+"/clients", strings.NewReader("name=Mallory"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	resp, _ := a.do(req)
	wantStatus(t, resp, http.StatusForbidden)
	_, body := a.get("/")
	if strings.Contains(body, "Mallory") {
		t.Errorf("a cross-site form added a client")
	}
}

func TestSecurityHeaders(t *testing.T) {
	a := MustApp(t, web.Config{})
	for _, path := range []string{"/signin", "/setup", "/assets/app.css", "/"} {
		resp, _ := a.get(path)
		h := resp.Header
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") ||
			!strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: Content-Security-Policy %q", path, csp)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", path, got)
		}
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", path, got)
		}
		if got := h.Get("Strict-Transport-Security"); got != "" {
			t.Errorf("%s: HSTS %q without TLS", path, got)
		}
	}
}

func cookieOf(tb testing.TB, resp *http.Response) *http.Cookie {
	tb.Helper()
	for _, c := range resp.Cookies() {
		if c.Name == "ally" && c.MaxAge >= 0 {
			return c
		}
	}
	tb.Fatalf("no sign-in cookie set")
	return nil
}

func TestUnderTLS(t *testing.T) {
	a := MustApp(t, web.Config{TLS: true})
	resp, _ := a.get("/signin")
	if got := resp.Header.Get("Strict-Transport-Security"); !strings.Contains(got, "max-age=") {
		t.Errorf("HSTS under TLS: got %q", got)
	}
	resp, _ = a.post("/setup", url.Values{"name": {"Robin Vale"}, "email": {ownerEmail},
		"password": {ownerPassword}, "password2": {ownerPassword}})
	var c *http.Cookie
	for _, k := range resp.Cookies() {
		if k.Name == "__Host-ally" && k.Value != "" {
			c = k
		}
	}
	if c == nil || !c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" {
		t.Errorf("sign-in cookie under TLS: got %+v, want __Host-ally, Secure, HttpOnly, Lax, Path /", c)
	}
}
