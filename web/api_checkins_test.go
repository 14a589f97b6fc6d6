package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

func TestAPICheckIns(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	token := a.MustToken()
	path := "/api" + clientPath + "/checkins"

	var made struct {
		ID   int64  `json:"id"`
		URL  string `json:"url"`
		Asks struct {
			PHQ9 bool `json:"phq9"`
		} `json:"asks"`
	}
	resp, body := a.api("POST", path, token, map[string]any{"expires_in": "48h", "phq9": true})
	wantJSON(t, resp, body, http.StatusCreated, &made)
	if !strings.HasPrefix(made.URL, a.srv.URL+"/checkin/") || !made.Asks.PHQ9 {
		t.Fatalf("created: %s", body)
	}
	resp, body = a.api("POST", path, token, map[string]any{"expires_in": "soon"})
	wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
	resp, body = a.api("POST", path, token, map[string]any{"expires_in": "-1h"})
	wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")

	resp, _ = a.stranger().post(strings.TrimPrefix(made.URL, a.srv.URL), phq9(url.Values{"did_not_fit": {"the diary"}}, 9, "2"))
	wantRedirect(t, resp, "/checkin/thanks")

	var list []struct {
		ID      int64 `json:"id"`
		Flagged bool  `json:"flagged"`
		Answers *struct {
			DidNotFit string `json:"did_not_fit"`
			PHQ9      *struct {
				Total    int    `json:"total"`
				Severity string `json:"severity"`
			} `json:"phq9"`
		} `json:"answers"`
	}
	resp, body = a.api("GET", path, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &list)
	if len(list) != 1 || !list[0].Flagged || list[0].Answers == nil || list[0].Answers.DidNotFit != "the diary" ||
		list[0].Answers.PHQ9.Total != 10 || list[0].Answers.PHQ9.Severity != "moderate" {
		t.Fatalf("listed: %s", body)
	}
	if strings.Contains(body, made.URL) {
		t.Error("the list repeats the link")
	}
	resp, body = a.api("POST", path+"/"+itoa(made.ID)+"/acknowledge", token, nil)
	wantJSON(t, resp, body, http.StatusOK, nil)
	if !strings.Contains(body, `"flagged": false`) || strings.Contains(body, `"acknowledged_at": null`) {
		t.Errorf("acknowledged: %s", body)
	}
}
