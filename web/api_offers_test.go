package web_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/ally-mi/ally/web"
)

// offer is an offer as the API returns it.
type offer struct {
	ID        int64  `json:"id"`
	ClientID  int64  `json:"client_id"`
	SessionID *int64 `json:"session_id"`
	Kind      string `json:"kind"`
	What      string `json:"what"`
	OfferedAt string `json:"offered_at"`
	Answer    string `json:"answer"`
	Followed  string `json:"followed"`
	ActedOn   *bool  `json:"acted_on"`
	HeardIn   *struct {
		SessionID int64 `json:"session_id"`
		Utterance int   `json:"utterance"`
	} `json:"heard_in"`
	Quote string `json:"quote"`
}

func TestAPIOffers(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	c := a.MustAPIClient(token, "Ada Park")
	other := a.MustAPIClient(token, "Ben Osei")
	offers := "/api/clients/" + itoa(c.ID) + "/offers"

	resp, body := a.api("GET", offers, token, nil)
	if wantJSON(t, resp, body, http.StatusOK, nil); body != "[]\n" {
		t.Errorf("no offers: got %s, want []", body)
	}
	refused := []struct {
		name string
		body map[string]any
	}{
		{"no what", map[string]any{"kind": "task", "what": " "}},
		{"unknown kind", map[string]any{"kind": "homework", "what": "x"}},
		{"unknown answer", map[string]any{"kind": "task", "what": "x", "answer": "maybe"}},
		{"not a date", map[string]any{"kind": "task", "what": "x", "offered_at": "soon"}},
		{"another client's session", map[string]any{"kind": "task", "what": "x", "session_id": 999}},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api("POST", offers, token, tt.body)
			wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
		})
	}

	var o offer
	resp, body = a.api("POST", offers, token, map[string]any{"kind": "task", "what": "A walk after dinner",
		"offered_at": "2026-03-10", "answer": "yes", "acted_on": false})
	wantJSON(t, resp, body, http.StatusCreated, &o)
	path := offers + "/" + strconv.FormatInt(o.ID, 10)
	if resp.Header.Get("Location") != path || o.ClientID != c.ID || o.OfferedAt != "2026-03-10" || o.Answer != "yes" ||
		o.ActedOn == nil || *o.ActedOn || o.SessionID != nil || o.HeardIn != nil {
		t.Errorf("created: got %+v at %q", o, resp.Header.Get("Location"))
	}

	// A change keeps what it leaves out; null clears; a no drops acted_on.
	resp, body = a.api("PATCH", path, token, map[string]any{"acted_on": nil})
	wantJSON(t, resp, body, http.StatusOK, &o)
	if o.ActedOn != nil || o.What != "A walk after dinner" {
		t.Errorf("acted_on null: got %+v", o)
	}
	resp, body = a.api("PATCH", path, token, map[string]any{"answer": "no", "acted_on": true, "followed": "Asked what evenings give her.",
		"quote": "Not on weeknights, no."})
	wantJSON(t, resp, body, http.StatusOK, &o)
	if o.Answer != "no" || o.ActedOn != nil || o.Followed != "Asked what evenings give her." || o.Quote != "Not on weeknights, no." {
		t.Errorf("patched: got %+v", o)
	}
	resp, body = a.api("GET", path, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &o)
	if o.Answer != "no" || o.Kind != "task" {
		t.Errorf("read back: got %+v", o)
	}
	var all []offer
	resp, body = a.api("GET", offers, token, nil)
	if wantJSON(t, resp, body, http.StatusOK, &all); len(all) != 1 || all[0].ID != o.ID {
		t.Errorf("list: got %+v", all)
	}

	// The offer is this client's only.
	otherPath := "/api/clients/" + itoa(other.ID) + "/offers/" + strconv.FormatInt(o.ID, 10)
	for _, method := range []string{"GET", "PATCH", "DELETE"} {
		resp, body := a.api(method, otherPath, token, map[string]any{"answer": "yes"})
		wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
	}
	resp, body = a.api("PATCH", path, token, map[string]any{"what": ""})
	wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")

	resp, _ = a.api("DELETE", path, token, nil)
	wantStatus(t, resp, http.StatusNoContent)
	resp, body = a.api("GET", path, token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}
