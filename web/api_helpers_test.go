package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// api sends a JSON API request: body, when not nil, as JSON (or as it is,
// when it is a []byte), with the bearer token when token is not "". The
// request goes through b's client, so its cookies go too.
func (a *app) api(method, path, token string, body any) (*http.Response, string) {
	a.tb.Helper()
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		r = bytes.NewReader(b)
	default:
		buf, err := json.Marshal(b)
		if err != nil {
			a.tb.Fatal(err)
		}
		r = bytes.NewReader(buf)
	}
	req, _ := http.NewRequest(method, a.srv.URL+path, r)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return a.do(req)
}

// stranger returns a client of the same app with no cookies.
func (a *app) stranger() *app {
	return &app{tb: a.tb, srv: a.srv, client: newClient(), clock: a.clock, svc: a.svc}
}

// tokenInput finds the token the settings page shows once.
var tokenInput = regexp.MustCompile(`id="api_token" value="([^"]+)"`)

// MustToken creates the signed-in professional's API token on the
// settings page and returns it.
func (a *app) MustToken() string {
	a.tb.Helper()
	resp, body := a.post("/settings/api-token", nil)
	wantStatus(a.tb, resp, http.StatusOK)
	m := tokenInput.FindStringSubmatch(body)
	if m == nil {
		a.tb.Fatalf("the settings page shows no new token:\n%s", body)
	}
	return m[1]
}

// wantJSON fails unless resp has status and a JSON body, and decodes the
// body into v when v is not nil.
func wantJSON(tb testing.TB, resp *http.Response, body string, status int, v any) {
	tb.Helper()
	if resp.StatusCode != status {
		tb.Fatalf("%s %s: got status %d, want %d: %s", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		tb.Fatalf("%s %s: got Content-Type %q, want JSON", resp.Request.Method, resp.Request.URL.Path, ct)
	}
	if v != nil {
		if err := json.Unmarshal([]byte(body), v); err != nil {
			tb.Fatalf("%s %s: %v in %s", resp.Request.Method, resp.Request.URL.Path, err, body)
		}
	}
}

// apiErr is the JSON of a refusal.
type apiErr struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// wantAPIError fails unless resp is a JSON refusal with status and code,
// and returns its message.
func wantAPIError(tb testing.TB, resp *http.Response, body string, status int, code string) string {
	tb.Helper()
	var e apiErr
	wantJSON(tb, resp, body, status, &e)
	if e.Error.Code != code || e.Error.Message == "" {
		tb.Fatalf("%s %s: got error %+v, want code %q with a message", resp.Request.Method, resp.Request.URL.Path, e.Error, code)
	}
	return e.Error.Message
}
