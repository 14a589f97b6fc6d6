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
	a.post(clientPath+"/worksheets", url.Values{"behaviour": {"kept worksheet"}})
	a.post(clientPath+"/checkins", url.Values{"expires": {"7"}, "phq9": {"yes"}})
	ctx := context.Background()
	owner, err := a.svc.Professionals.FindProfessionalByEmail(ctx, ownerEmail)
	if err != nil {
		t.Fatal(err)
	}
	octx := ally.NewContextWithProfessional(ctx, owner)
	clients, _ := a.svc.Clients.FindClients(octx, ally.ClientFilter{})
	goals, _ := a.svc.Goals.FindGoals(octx, clients[0].ID)
	entry := &ally.JournalEntry{Kind: ally.JournalReflection, Text: "kept mine"}
	if err := a.svc.Journal.CreateJournalEntry(octx, entry); err != nil {
		t.Fatal(err)
	}
	a.post(clientPath+"/goals/"+itoa(goals[0].ID)+"/map", url.Values{"motivation-wants": {"kept map"}})
	sheets, _ := a.svc.Worksheets.FindWorksheets(octx, clients[0].ID)
	if len(sheets) != 1 {
		t.Fatalf("the owner has %d worksheets, want 1", len(sheets))
	}
	offer := &ally.Offer{ClientID: clients[0].ID, Kind: ally.OfferTask, What: "A walk after dinner", OfferedAt: a.clock.Now()}
	if err := a.svc.Offers.CreateOffer(octx, offer); err != nil {
		t.Fatal(err)
	}
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
		"format": {"private"}, "section0": {"overwritten"}, "utterance": {"0"}, "code": {"neutral"},
		"text": {"overwritten"}, "alive": {"overwritten"}, "tender_spots": {"overwritten"},
		"behaviour": {"overwritten"}, "motivation-wants": {"overwritten"}, "to": {"dismiss"},
		"kind": {"practice"}, "what": {"Changed"}, "answer": {"no"}, "offer": {"new"}, "expires": {"7"}}
	// The same for the API, as JSON.
	jsonBody := map[string]any{"name": "Changed", "contact": "x", "title": "Changed", "description": "x",
		"date": "2026-01-01", "status": "cancelled", "given_at": "2026-01-01", "note": "x",
		"utterance": 0, "code": "neutral", "sections": []map[string]string{{"name": "Note", "text": "overwritten"}},
		"text": "overwritten", "alive": "overwritten", "tender_spots": []string{"overwritten"},
		"behaviour": "overwritten", "motivation": map[string]any{"wants": "overwritten"},
		"kind": "practice", "what": "Changed", "answer": "no", "offered_at": "2026-01-01"}
	patterns := web.NewServer(web.Config{}, a.svc).Patterns()
	if len(patterns) < 20 {
		t.Fatalf("got %d routes, want them all", len(patterns))
	}
	for _, pattern := range patterns {
		method, path, _ := strings.Cut(pattern, " ")
		path = strings.TrimSuffix(path, "{$}")
		path = strings.ReplaceAll(path, "{goal}", itoa(goals[0].ID))
		path = strings.ReplaceAll(path, "{format}", "private")
		path = strings.ReplaceAll(path, "{worksheet}", itoa(sheets[0].ID))
		path = strings.ReplaceAll(path, "{offer}", itoa(offer.ID))
		path = strings.ReplaceAll(path, "{checkin}", itoa(checkIns[0].ID))
		madeUpToken := strings.Contains(path, "{token}")
		path = strings.ReplaceAll(path, "{token}", "made-up-token-of-the-right-length")
		if strings.HasPrefix(path, "/sessions/") || strings.HasPrefix(path, "/api/sessions/") {
			path = strings.ReplaceAll(path, "{id}", sessionID)
		} else if strings.HasPrefix(path, "/journal/") || strings.HasPrefix(path, "/api/journal/") {
			path = strings.ReplaceAll(path, "{id}", itoa(entry.ID))
		} else {
			path = strings.ReplaceAll(path, "{id}", clientID)
		}
		if strings.Contains(path, "{") {
			t.Fatalf("%s: the test does not fill in %s", pattern, path)
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
		if madeUpToken {
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
	if got, err := a.svc.Journal.FindJournalEntryByID(octx, entry.ID); err != nil || got.Text != "kept mine" {
		t.Errorf("the owner's journal entry changed: %+v, %v", got, err)
	}
	if goals, _ := a.svc.Goals.FindGoals(octx, clients[0].ID); len(goals) != 1 || goals[0].Title != "Sleep by eleven" {
		t.Errorf("the owner's goals changed: %+v", goals)
	}
	if m, err := a.svc.GoalMaps.FindGoalMap(octx, goals[0].ID); err != nil || m.Motivation.Wants != "kept map" {
		t.Errorf("the owner's map changed: %+v, %v", m, err)
	}
	if sheets, _ := a.svc.Worksheets.FindWorksheets(octx, clients[0].ID); len(sheets) != 1 || sheets[0].Behaviour != "kept worksheet" {
		t.Errorf("the owner's worksheets changed: %+v", sheets)
	}
	if offers, _ := a.svc.Offers.FindOffers(octx, clients[0].ID); len(offers) != 1 || offers[0].What != "A walk after dinner" ||
		offers[0].Answer != ally.AnswerNone {
		t.Errorf("the owner's offers changed: %+v", offers)
	}
	if list, _ := a.svc.CheckIns.FindCheckIns(octx, clients[0].ID); len(list) != 1 || list[0].AnsweredAt != nil {
		t.Errorf("the owner's check-ins changed: %+v", list)
	}
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
