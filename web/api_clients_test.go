package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

// client is a client as the API returns it.
type client struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Contact string `json:"contact"`
	Consent *struct {
		Active    bool    `json:"active"`
		GivenAt   string  `json:"given_at"`
		RevokedAt *string `json:"revoked_at"`
		Note      string  `json:"note"`
	} `json:"consent"`
}

// MustAPIApp starts the app with its owner signed in and returns the
// owner's API token.
func MustAPIApp(tb testing.TB, cfg web.Config) (*app, string) {
	tb.Helper()
	a := MustApp(tb, cfg)
	a.MustOwner()
	return a, a.MustToken()
}

// MustAPIClient creates a client through the API.
func (a *app) MustAPIClient(token, name string) client {
	a.tb.Helper()
	var c client
	resp, body := a.api("POST", "/api/clients", token, map[string]string{"name": name, "contact": name + "@example.org"})
	wantJSON(a.tb, resp, body, http.StatusCreated, &c)
	return c
}

func TestAPIToken(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	anon := a.stranger()

	resp, body := anon.api("GET", "/api/clients", token, nil)
	wantJSON(t, resp, body, http.StatusOK, nil)
	if strings.TrimSpace(body) != "[]" {
		t.Errorf("an empty practice: got %s, want []", body)
	}
	// The signed-in browser reads the API too.
	resp, body = a.api("GET", "/api/clients", "", nil)
	wantJSON(t, resp, body, http.StatusOK, nil)

	_, page := a.get("/settings")
	if strings.Contains(page, token) || !strings.Contains(page, "You have a token, created") {
		t.Errorf("settings after the token was made: want its date and never the token itself:\n%s", page)
	}

	tests := []struct{ name, header string }{
		{"no credentials", ""},
		{"unknown token", "Bearer nope"},
		{"another scheme", "Basic " + token},
		{"no token", "Bearer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", a.srv.URL+"/api/clients", nil)
			if tt.header != "" {
				req.Header.Set("Authorization", tt.header)
			}
			resp, body := anon.do(req)
			wantAPIError(t, resp, body, http.StatusUnauthorized, "unauthorized")
			if got := resp.Header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
				t.Errorf("WWW-Authenticate: got %q, want Bearer", got)
			}
		})
	}
	// A wrong token is refused even from a signed-in browser.
	resp, body = a.api("GET", "/api/clients", "nope", nil)
	wantAPIError(t, resp, body, http.StatusUnauthorized, "unauthorized")

	replaced := a.MustToken()
	resp, body = anon.api("GET", "/api/clients", token, nil)
	wantAPIError(t, resp, body, http.StatusUnauthorized, "unauthorized")
	resp, body = anon.api("GET", "/api/clients", replaced, nil)
	wantJSON(t, resp, body, http.StatusOK, nil)

	resp, _ = a.post("/settings/api-token/revoke", nil)
	wantRedirect(t, resp, "/settings")
	resp, body = anon.api("GET", "/api/clients", replaced, nil)
	wantAPIError(t, resp, body, http.StatusUnauthorized, "unauthorized")
	if _, page := a.get("/settings"); !strings.Contains(page, "You have no API token") {
		t.Errorf("settings after revoking: want no token")
	}
}

func TestAPICrossOrigin(t *testing.T) {
	a, _ := MustAPIApp(t, web.Config{})
	req, _ := http.NewRequest("POST", a.srv.URL+"/api/clients", strings.NewReader(`{"name":"Planted"}`))
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, body := a.do(req)
	wantAPIError(t, resp, body, http.StatusForbidden, "forbidden")
	resp, body = a.api("GET", "/api/clients", "", nil)
	wantJSON(t, resp, body, http.StatusOK, nil)
	if strings.Contains(body, "Planted") {
		t.Errorf("a cross-site request created a client")
	}
}

func TestAPIClients(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	ada := a.MustAPIClient(token, "Ada Park")
	if ada.ID == 0 || ada.Name != "Ada Park" || ada.Contact != "Ada Park@example.org" || ada.Consent != nil {
		t.Errorf("created: got %+v", ada)
	}
	a.MustAPIClient(token, "Ben Holt")
	path := "/api/clients/" + itoa(ada.ID)

	var got []client
	resp, body := a.api("GET", "/api/clients?q="+url.QueryEscape("ada"), token, nil)
	wantJSON(t, resp, body, http.StatusOK, &got)
	if len(got) != 1 || got[0].ID != ada.ID {
		t.Errorf("search for ada: got %+v", got)
	}
	resp, body = a.api("GET", "/api/clients", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &got)
	if len(got) != 2 || got[0].Name != "Ada Park" || got[1].Name != "Ben Holt" {
		t.Errorf("all clients: got %+v", got)
	}

	var c client
	resp, body = a.api("GET", path, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &c)
	if c.ID != ada.ID || c.Name != "Ada Park" {
		t.Errorf("get: got %+v", c)
	}
	resp, body = a.api("PATCH", path, token, map[string]string{"name": "Ada Parker"})
	wantJSON(t, resp, body, http.StatusOK, &c)
	if c.Name != "Ada Parker" || c.Contact != "Ada Park@example.org" {
		t.Errorf("patched name: got %+v, want the contact kept", c)
	}

	resp, body = a.api("POST", path+"/consent", token, map[string]string{"given_at": "2026-03-01", "note": "signed form"})
	wantJSON(t, resp, body, http.StatusOK, &c)
	if c.Consent == nil || !c.Consent.Active || !strings.HasPrefix(c.Consent.GivenAt, "2026-03-01") || c.Consent.Note != "signed form" {
		t.Errorf("consent given: got %+v", c.Consent)
	}
	resp, body = a.api("DELETE", path+"/consent?delete_transcripts=true", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &c)
	if c.Consent == nil || c.Consent.Active || c.Consent.RevokedAt == nil {
		t.Errorf("consent revoked: got %+v", c.Consent)
	}

	errs := []struct {
		name, method, path string
		body               any
		status             int
		code               string
	}{
		{"blank name", "POST", "/api/clients", map[string]string{"name": "  "}, 400, "invalid"},
		{"no body", "POST", "/api/clients", nil, 400, "invalid"},
		{"not JSON", "POST", "/api/clients", []byte("name=Ada"), 400, "invalid"},
		{"name patched blank", "PATCH", path, map[string]string{"name": ""}, 400, "invalid"},
		{"unknown client", "GET", "/api/clients/999", nil, 404, "not_found"},
		{"not an id", "GET", "/api/clients/ada", nil, 404, "not_found"},
		{"patch unknown", "PATCH", "/api/clients/999", map[string]string{"name": "X"}, 404, "not_found"},
		{"consent on a bad day", "POST", path + "/consent", map[string]string{"given_at": "1 March"}, 400, "invalid"},
		{"consent for nobody", "POST", "/api/clients/999/consent", map[string]string{}, 404, "not_found"},
		{"revoke for nobody", "DELETE", "/api/clients/999/consent", nil, 404, "not_found"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api(tt.method, tt.path, token, tt.body)
			wantAPIError(t, resp, body, tt.status, tt.code)
		})
	}
}

// goal is a goal as the API returns it.
type goal struct {
	ID          int64  `json:"id"`
	ClientID    int64  `json:"client_id"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

func TestAPIGoals(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	ada := a.MustAPIClient(token, "Ada Park")
	ben := a.MustAPIClient(token, "Ben Holt")
	goals := "/api/clients/" + itoa(ada.ID) + "/goals"

	resp, body := a.api("GET", goals, token, nil)
	wantJSON(t, resp, body, http.StatusOK, nil)
	if strings.TrimSpace(body) != "[]" {
		t.Errorf("no goals: got %s, want []", body)
	}
	var g goal
	resp, body = a.api("POST", goals, token, map[string]string{"title": "Sleep by eleven", "description": "most nights"})
	wantJSON(t, resp, body, http.StatusCreated, &g)
	path := goals + "/" + itoa(g.ID)
	if g.ClientID != ada.ID || g.Title != "Sleep by eleven" || resp.Header.Get("Location") != path {
		t.Errorf("created: got %+v at %q", g, resp.Header.Get("Location"))
	}
	resp, body = a.api("PATCH", path, token, map[string]string{"title": "Sleep by half past ten"})
	wantJSON(t, resp, body, http.StatusOK, &g)
	if g.Title != "Sleep by half past ten" || g.Description != "most nights" {
		t.Errorf("patched: got %+v, want the description kept", g)
	}
	var list []goal
	resp, body = a.api("GET", goals, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &list)
	if len(list) != 1 || list[0].Title != "Sleep by half past ten" {
		t.Errorf("list: got %+v", list)
	}

	errs := []struct {
		name, method, path string
		body               any
		status             int
		code               string
	}{
		{"blank title", "POST", goals, map[string]string{"title": ""}, 400, "invalid"},
		{"title patched blank", "PATCH", path, map[string]string{"title": " "}, 400, "invalid"},
		{"goals of nobody", "GET", "/api/clients/999/goals", nil, 404, "not_found"},
		{"goal for nobody", "POST", "/api/clients/999/goals", map[string]string{"title": "X"}, 404, "not_found"},
		{"goal under another client", "PATCH", "/api/clients/" + itoa(ben.ID) + "/goals/" + itoa(g.ID), map[string]string{"title": "X"}, 404, "not_found"},
		{"delete under another client", "DELETE", "/api/clients/" + itoa(ben.ID) + "/goals/" + itoa(g.ID), nil, 404, "not_found"},
		{"unknown goal", "DELETE", goals + "/999", nil, 404, "not_found"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api(tt.method, tt.path, token, tt.body)
			wantAPIError(t, resp, body, tt.status, tt.code)
		})
	}

	resp, body = a.api("DELETE", path, token, nil)
	if resp.StatusCode != http.StatusNoContent || body != "" {
		t.Errorf("delete: got %d %q, want 204 and no body", resp.StatusCode, body)
	}
	resp, body = a.api("DELETE", path, token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}
