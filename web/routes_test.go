package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// TestEveryRouteIsGuarded takes every route from the server itself, so a
// route added later is covered too: a visitor who is not signed in is sent
// to the sign-in page, and another professional gets 404 for every record
// of the owner's practice and changes nothing. The API answers the visitor
// with 401 JSON, and another professional's token with 404 JSON.
func TestEveryRouteIsGuarded(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	a.post(clientPath+"/goals", url.Values{"title": {"Sleep by eleven"}})
	a.post(sessionPath+"/notes", url.Values{"format": {"private"}, "section0": {"kept private"}})
	a.post(clientPath+"/checkins", url.Values{"expires": {"7"}, "phq9": {"yes"}})
	ctx := context.Background()
	owner, err := a.svc.Professionals.FindProfessionalByEmail(ctx, ownerEmail)
	if err != nil {
		t.Fatal(err)
	}
	octx := ally.NewContextWithProfessional(ctx, owner)
	clients, _ := a.svc.Clients.FindClients(octx, ally.ClientFilter{})
	goals, _ := a.svc.Goals.FindGoals(octx, clients[0].ID)
	checkIns, _ := a.svc.CheckIns.FindCheckIns(octx, clients[0].ID)
	if len(checkIns) != 1 {
		t.Fatalf("got %d check-ins, want the one made", len(checkIns))
	}
	sessionID := strings.TrimPrefix(sessionPath, "/sessions/")
	clientID := strings.TrimPrefix(clientPath, "/clients/")

	other := &ally.Professional{Name: "Sam Reed", Email: "sam@example.org"}
	if err := a.svc.Professionals.CreateProfessional(ctx, other, "another quiet password"); err != nil {
		t.Fatal(err)
	}
	sam := &app{tb: t, srv: a.srv, client: newClient()}
	resp, _ := sam.post("/signin", url.Values{"email": {other.Email}, "password": {"another quiet password"}})
	wantRedirect(t, resp, "/")
	stranger := &app{tb: t, srv: a.srv, client: newClient()}
	samToken, err := a.svc.Professionals.CreateAPIToken(ally.NewContextWithProfessional(ctx, other), other.ID)
	if err != nil {
		t.Fatal(err)
	}

	// One form that every handler finds valid, so each gets as far as
	// asking the store for the record.
	form := url.Values{"name": {"Changed"}, "contact": {"x"}, "title": {"Changed"}, "description": {"x"},
		"date": {"2026-01-01"}, "status": {"cancelled"}, "given": {"2026-01-01"}, "note": {"x"}, "delete": {"yes"},
		"format": {"private"}, "section0": {"overwritten"}, "utterance": {"0"}, "code": {"neutral"}, "expires": {"7"}}
	// The same for the API, as JSON.
	jsonBody := map[string]any{"name": "Changed", "contact": "x", "title": "Changed", "description": "x",
		"date": "2026-01-01", "status": "cancelled", "given_at": "2026-01-01", "note": "x",
		"utterance": 0, "code": "neutral", "sections": []map[string]string{{"name": "Note", "text": "overwritten"}}}
	patterns := web.NewServer(web.Config{}, a.svc).Patterns()
	if len(patterns) < 20 {
		t.Fatalf("got %d routes, want them all", len(patterns))
	}
	for _, pattern := range patterns {
		method, path, _ := strings.Cut(pattern, " ")
		path = strings.TrimSuffix(path, "{$}")
		path = strings.ReplaceAll(path, "{goal}", itoa(goals[0].ID))
		path = strings.ReplaceAll(path, "{format}", "private")
		path = strings.ReplaceAll(path, "{checkin}", itoa(checkIns[0].ID))
		if strings.HasPrefix(path, "/sessions/") || strings.HasPrefix(path, "/api/sessions/") {
			path = strings.ReplaceAll(path, "{id}", sessionID)
		} else {
			path = strings.ReplaceAll(path, "{id}", clientID)
		}
		public := strings.HasPrefix(path, "/assets/") || path == "/setup" || path == "/signin" || strings.HasPrefix(path, "/checkin/")
		send := func(b *app) *http.Response {
			if method == "GET" {
				resp, _ := b.get(path)
				return resp
			}
			resp, _ := b.post(path, form)
			return resp
		}
		// A check-in link is the one key to its page: a made-up one is
		// not found, for a stranger as for anyone.
		if strings.Contains(path, "{token}") {
			if resp := send(stranger); resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s with a made-up token: got %d, want 404", pattern, resp.StatusCode)
			}
		}
		if strings.HasPrefix(path, "/api/") {
			for _, token := range []string{"", "not-a-token"} {
				resp, body := stranger.api(method, path, token, jsonBody)
				if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, `"code": "unauthorized"`) {
					t.Errorf("%s with token %q: got %d %s, want 401 JSON", pattern, token, resp.StatusCode, body)
				}
			}
			if strings.Contains(pattern, "{id}") {
				for _, token := range []string{samToken, ""} { // by token, then by Sam's browser
					if resp, body := sam.api(method, path, token, jsonBody); resp.StatusCode != http.StatusNotFound ||
						!strings.Contains(body, `"code": "not_found"`) {
						t.Errorf("%s as another professional: got %d %s, want 404 JSON", pattern, resp.StatusCode, body)
					}
				}
			}
			continue
		}
		if !public {
			if resp := send(stranger); resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/signin" {
				t.Errorf("%s signed out: got %d to %q, want 303 to /signin", pattern, resp.StatusCode, resp.Header.Get("Location"))
			}
		}
		if strings.Contains(pattern, "{id}") {
			if resp := send(sam); resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s as another professional: got %d, want 404", pattern, resp.StatusCode)
			}
		}
	}

	c, err := a.svc.Clients.FindClientByID(octx, clients[0].ID)
	if err != nil || c.Name != "Ada Park" || !c.Consent.Active() {
		t.Errorf("the owner's client changed: %+v, %v", c, err)
	}
	_, body := a.get(sessionPath)
	for _, want := range []string{"kept private", `id="report"`, `value="attended" selected`} {
		if !strings.Contains(body, want) {
			t.Errorf("the owner's session lost %q", want)
		}
	}
	if strings.Contains(body, "Corrections made") {
		t.Errorf("another professional corrected the owner's session")
	}
	if goals, _ := a.svc.Goals.FindGoals(octx, clients[0].ID); len(goals) != 1 || goals[0].Title != "Sleep by eleven" {
		t.Errorf("the owner's goals changed: %+v", goals)
	}
	if list, _ := a.svc.CheckIns.FindCheckIns(octx, clients[0].ID); len(list) != 1 || list[0].AnsweredAt != nil {
		t.Errorf("the owner's check-ins changed: %+v", list)
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
