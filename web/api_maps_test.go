package web_test

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/ally-mi/ally/web"
)

// goalMap is a map as the API returns it.
type goalMap struct {
	GoalID     int64    `json:"goal_id"`
	ClientID   int64    `json:"client_id"`
	Motivation mapSide  `json:"motivation"`
	Resistance mapSide  `json:"resistance"`
	Dismissed  []string `json:"dismissed"`
	Heard      []struct {
		mapNeed
		Side string `json:"side"`
	} `json:"heard"`
	UpdatedAt *string `json:"updated_at"`
}

type mapSide struct {
	Wants string    `json:"wants"`
	Needs []mapNeed `json:"needs"`
	Words string    `json:"words"`
}

type mapNeed struct {
	Need      string `json:"need"`
	Text      string `json:"text"`
	Quote     string `json:"quote,omitempty"`
	SessionID int64  `json:"session_id,omitempty"`
	Utterance int    `json:"utterance,omitempty"`
	Key       string `json:"key,omitempty"`
}

func TestAPIMap(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	c := a.MustAPIClient(token, "Ada Park")
	cp := "/api/clients/" + itoa(c.ID)
	resp, body := a.api("POST", cp+"/consent", token, map[string]string{})
	wantJSON(t, resp, body, http.StatusOK, nil)
	var session struct{ ID int64 }
	resp, body = a.api("POST", cp+"/sessions", token, map[string]string{"status": "attended"})
	wantJSON(t, resp, body, http.StatusCreated, &session)
	resp, body = a.api("PUT", "/api/sessions/"+itoa(session.ID)+"/transcript?name=zoom.vtt", token, example(t, "zoom-alcohol.vtt"))
	wantJSON(t, resp, body, http.StatusOK, nil)
	var goal struct{ ID int64 }
	resp, body = a.api("POST", cp+"/goals", token, map[string]string{"title": "Drink less"})
	wantJSON(t, resp, body, http.StatusCreated, &goal)
	path := cp + "/goals/" + itoa(goal.ID) + "/map"

	var m goalMap
	resp, body = a.api("GET", path, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &m)
	if m.GoalID != goal.ID || m.ClientID != c.ID || m.UpdatedAt != nil || len(m.Motivation.Needs) != 0 || m.Dismissed == nil {
		t.Errorf("an unsaved map: got %s", body)
	}
	if len(m.Heard) < 2 || m.Heard[0].Quote == "" || m.Heard[0].Key == "" || m.Heard[0].SessionID != session.ID {
		t.Fatalf("heard needs: got %+v", m.Heard)
	}
	heard, dismissed := m.Heard[0].mapNeed, m.Heard[1].Key

	// A heard need keeps the analysis's quote, whatever the body says.
	forged := heard
	forged.Quote = "words the client never said"
	in := map[string]any{
		"motivation": map[string]any{"wants": "clear mornings", "needs": []map[string]any{{"need": "energy"}, {"text": "being sharp"}}},
		"resistance": map[string]any{"wants": "an end to the day", "words": "it switches me off", "needs": []mapNeed{forged}},
		"dismissed":  []string{dismissed},
	}
	resp, body = a.api("PUT", path, token, in)
	wantJSON(t, resp, body, http.StatusOK, &m)
	if m.Motivation.Wants != "clear mornings" || len(m.Motivation.Needs) != 2 || m.Motivation.Needs[0].Text != "energy" ||
		m.Motivation.Needs[1].Text != "being sharp" || m.UpdatedAt == nil {
		t.Errorf("motivation: got %+v", m.Motivation)
	}
	if len(m.Resistance.Needs) != 1 || m.Resistance.Needs[0].Quote != heard.Quote || m.Resistance.Needs[0].Key != heard.Key {
		t.Errorf("resistance: got %+v, want the heard need as heard", m.Resistance.Needs)
	}
	for _, h := range m.Heard {
		if h.Key == heard.Key || h.Key == dismissed {
			t.Errorf("%s is still offered", h.Key)
		}
	}

	tests := []struct {
		name string
		body any
	}{
		{"a need never heard", map[string]any{"motivation": map[string]any{"needs": []mapNeed{{Need: "sleep", SessionID: session.ID, Utterance: 999}}}}},
		{"an unknown need", map[string]any{"motivation": map[string]any{"needs": []mapNeed{{Need: "world_peace"}}}}},
		{"a nameless need", map[string]any{"motivation": map[string]any{"needs": []mapNeed{{}}}}},
		{"not JSON", []byte("{")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api("PUT", path, token, tt.body)
			wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
		})
	}
	resp, body = a.api("GET", cp+"/goals/"+itoa(goal.ID+1)+"/map", token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}

// worksheet is a worksheet as the API returns it.
type worksheet struct {
	ID                int64    `json:"id"`
	ClientID          int64    `json:"client_id"`
	Behaviour         string   `json:"behaviour"`
	Gives             []string `json:"gives"`
	GivesWords        string   `json:"gives_words"`
	Costs             string   `json:"costs"`
	WouldHaveToBeTrue string   `json:"would_have_to_be_true"`
	By                string   `json:"by"`
	CheckInID         *int64   `json:"checkin_id"`
}

func TestAPIWorksheets(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	c := a.MustAPIClient(token, "Ada Park")
	other := a.MustAPIClient(token, "Ben Osei")
	cp := "/api/clients/" + itoa(c.ID) + "/worksheets"

	var w worksheet
	resp, body := a.api("POST", cp, token, map[string]any{"behaviour": "phone until one", "gives": []string{"free_time"},
		"gives_words": "time nobody takes", "costs": "tired"})
	wantJSON(t, resp, body, http.StatusCreated, &w)
	if resp.Header.Get("Location") != cp+"/"+itoa(w.ID) || w.By != "professional" || w.CheckInID != nil ||
		len(w.Gives) != 1 || w.ClientID != c.ID {
		t.Errorf("created: got %s at %s", body, resp.Header.Get("Location"))
	}
	for _, bad := range []map[string]any{{}, {"behaviour": " "}, {"gives": []string{"world_peace"}}} {
		resp, body := a.api("POST", cp, token, bad)
		wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
	}

	resp, body = a.api("PATCH", cp+"/"+itoa(w.ID), token, map[string]any{"would_have_to_be_true": "my time earlier"})
	wantJSON(t, resp, body, http.StatusOK, &w)
	if w.WouldHaveToBeTrue != "my time earlier" || w.Behaviour != "phone until one" {
		t.Errorf("patched: got %+v", w)
	}
	var list []worksheet
	resp, body = a.api("GET", cp, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &list)
	if len(list) != 1 || list[0].ID != w.ID {
		t.Errorf("list: got %s", body)
	}
	resp, body = a.api("GET", "/api/clients/"+itoa(other.ID)+"/worksheets/"+itoa(w.ID), token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")

	resp, _ = a.api("DELETE", cp+"/"+itoa(w.ID), token, nil)
	wantStatus(t, resp, http.StatusNoContent)
	resp, body = a.api("GET", cp+"/"+strconv.FormatInt(w.ID, 10), token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}
