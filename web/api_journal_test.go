package web_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

// journalEntry is a journal entry as the API returns it.
type journalEntry struct {
	ID       int64  `json:"id"`
	Kind     string `json:"kind"`
	ClientID *int64 `json:"client_id"`
	Alive    string `json:"alive"`
	Touches  string `json:"touches"`
	Text     string `json:"text"`
}

func TestAPIJournal(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	ada := a.MustAPIClient(token, "Ada Park")

	var check, refl journalEntry
	resp, body := a.api("POST", "/api/journal", token, map[string]any{"kind": "self_check", "client_id": ada.ID,
		"alive": "Tired.", "touches": "Her father, mine."})
	wantJSON(t, resp, body, http.StatusCreated, &check)
	if check.Kind != "self_check" || check.ClientID == nil || *check.ClientID != ada.ID ||
		resp.Header.Get("Location") != "/api/journal/"+itoa(check.ID) {
		t.Errorf("created self-check: got %+v", check)
	}
	resp, body = a.api("POST", "/api/journal", token, map[string]any{"kind": "reflection", "text": "I hurried her."})
	wantJSON(t, resp, body, http.StatusCreated, &refl)
	if refl.ClientID != nil || refl.Text != "I hurried her." {
		t.Errorf("created reflection: got %+v", refl)
	}

	for _, tt := range []struct {
		name string
		body map[string]any
		code string
	}{
		{"empty reflection", map[string]any{"kind": "reflection", "text": " "}, "invalid"},
		{"no kind", map[string]any{"text": "x"}, "invalid"},
		{"another's client", map[string]any{"kind": "self_check", "client_id": ada.ID + 100, "alive": "x"}, "not_found"},
	} {
		resp, body := a.api("POST", "/api/journal", token, tt.body)
		status := http.StatusBadRequest
		if tt.code == "not_found" {
			status = http.StatusNotFound
		}
		wantAPIError(t, resp, body, status, tt.code)
	}

	var all []journalEntry
	resp, body = a.api("GET", "/api/journal", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &all)
	if len(all) != 2 || all[0].ID != refl.ID || all[1].ID != check.ID {
		t.Errorf("list: got %+v, want newest first", all)
	}
	resp, body = a.api("GET", "/api/journal?kind=self_check&client="+itoa(ada.ID), token, nil)
	wantJSON(t, resp, body, http.StatusOK, &all)
	if len(all) != 1 || all[0].ID != check.ID {
		t.Errorf("filtered list: got %+v", all)
	}
	resp, body = a.api("GET", "/api/journal?kind=diary", token, nil)
	wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")

	// A change keeps what it leaves out, and the kind.
	var got journalEntry
	resp, body = a.api("PATCH", "/api/journal/"+itoa(check.ID), token, map[string]any{"alive": "Rested.", "kind": "reflection"})
	wantJSON(t, resp, body, http.StatusOK, &got)
	if got.Kind != "self_check" || got.Alive != "Rested." || got.Touches != "Her father, mine." || got.ClientID == nil {
		t.Errorf("patched: got %+v", got)
	}
	resp, body = a.api("PATCH", "/api/journal/"+itoa(check.ID), token, map[string]any{"client_id": 0})
	wantJSON(t, resp, body, http.StatusOK, &got)
	if got.ClientID != nil {
		t.Errorf("client_id 0 keeps the client: %+v", got)
	}
	resp, body = a.api("PATCH", "/api/journal/"+itoa(refl.ID), token, map[string]any{"text": ""})
	wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
	resp, body = a.api("GET", "/api/journal/"+itoa(refl.ID), token, nil)
	wantJSON(t, resp, body, http.StatusOK, &got)
	if got.Text != "I hurried her." {
		t.Errorf("a refused change changed the entry: %+v", got)
	}

	resp, body = a.api("DELETE", "/api/journal/"+itoa(refl.ID), token, nil)
	if resp.StatusCode != http.StatusNoContent || body != "" {
		t.Errorf("delete: got %d %q, want 204 and no body", resp.StatusCode, body)
	}
	resp, body = a.api("GET", "/api/journal/"+itoa(refl.ID), token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}

func TestAPITenderSpots(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	var spots struct {
		TenderSpots []string `json:"tender_spots"`
	}
	resp, body := a.api("GET", "/api/tender-spots", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &spots)
	if spots.TenderSpots == nil || len(spots.TenderSpots) != 0 {
		t.Errorf("no spots: got %s, want []", body)
	}
	resp, body = a.api("PUT", "/api/tender-spots", token, map[string]any{"tender_spots": []string{"drinking", "the"}})
	if msg := wantAPIError(t, resp, body, http.StatusBadRequest, "invalid"); !strings.Contains(msg, `"the"`) {
		t.Errorf("a refused spot is not named: %s", msg)
	}
	resp, body = a.api("PUT", "/api/tender-spots", token, map[string]any{"tender_spots": []string{" drinking ", "", "my father"}})
	wantJSON(t, resp, body, http.StatusOK, &spots)
	want := []string{"drinking", "my father"}
	if !slices.Equal(spots.TenderSpots, want) {
		t.Errorf("saved: got %q, want %q", spots.TenderSpots, want)
	}
	resp, body = a.api("GET", "/api/tender-spots", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &spots)
	if !slices.Equal(spots.TenderSpots, want) {
		t.Errorf("read back: got %q, want %q", spots.TenderSpots, want)
	}
	if _, page := a.get("/journal"); !strings.Contains(page, `value="drinking, my father"`) {
		t.Errorf("the journal does not show the spots the API saved")
	}
}
