package web_test

import (
	"net/http"
	"testing"

	"github.com/ally-mi/ally/web"
)

func TestAPITrends(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	c := a.MustAPIClient(token, "Ada Park")
	path := "/api/clients/" + itoa(c.ID)

	var empty struct {
		ClientID   int64 `json:"client_id"`
		Talk       []any `json:"talk"`
		CheckIns   []any `json:"check_ins"`
		Attendance []any `json:"attendance"`
	}
	resp, body := a.api("GET", path+"/trends", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &empty)
	if empty.ClientID != c.ID || empty.Talk == nil || empty.CheckIns == nil || empty.Attendance == nil ||
		len(empty.Talk)+len(empty.CheckIns)+len(empty.Attendance) != 0 {
		t.Errorf("a new client's trends: got %s, want empty lists, never null", body)
	}

	resp, body = a.api("POST", "/api/clients/"+itoa(c.ID)+"/consent", token, map[string]string{"given_at": "2026-03-01"})
	wantJSON(t, resp, body, http.StatusOK, nil)
	var s struct {
		ID int64 `json:"id"`
	}
	resp, body = a.api("POST", path+"/sessions", token, map[string]string{"date": "2026-03-14", "status": "attended"})
	wantJSON(t, resp, body, http.StatusCreated, &s)
	resp, body = a.api("POST", path+"/sessions", token, map[string]string{"date": "2026-03-21", "status": "no_show"})
	wantJSON(t, resp, body, http.StatusCreated, nil)
	resp, body = a.api("PUT", "/api/sessions/"+itoa(s.ID)+"/transcript?name=zoom.vtt", token, example(t, "zoom-alcohol.vtt"))
	wantJSON(t, resp, body, http.StatusOK, nil)

	var got struct {
		Talk []struct {
			SessionID      int64    `json:"session_id"`
			Date           string   `json:"date"`
			Change         int      `json:"change"`
			Sustain        int      `json:"sustain"`
			ChangeTalkPct  *float64 `json:"change_talk_pct"`
			SustainTalkPct *float64 `json:"sustain_talk_pct"`
		} `json:"talk"`
		Attendance []struct {
			Month    string `json:"month"`
			Attended int    `json:"attended"`
			NoShow   int    `json:"no_show"`
		} `json:"attendance"`
	}
	resp, body = a.api("GET", path+"/trends", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &got)
	if len(got.Talk) != 1 || got.Talk[0].SessionID != s.ID || got.Talk[0].Date != "2026-03-14" || got.Talk[0].Change+got.Talk[0].Sustain == 0 ||
		got.Talk[0].ChangeTalkPct == nil || *got.Talk[0].ChangeTalkPct+*got.Talk[0].SustainTalkPct != 100 {
		t.Errorf("got talk %+v", got.Talk)
	}
	if len(got.Attendance) != 1 || got.Attendance[0].Month != "2026-03" || got.Attendance[0].Attended != 1 || got.Attendance[0].NoShow != 1 {
		t.Errorf("got attendance %+v", got.Attendance)
	}

	var pro struct {
		Sessions []struct {
			SessionID            int64    `json:"session_id"`
			ClientID             int64    `json:"client_id"`
			Score                *float64 `json:"score"`
			ScoreBand            string   `json:"score_band"`
			ReflectionToQuestion *float64 `json:"reflection_to_question"`
		} `json:"sessions"`
		Thresholds map[string]struct {
			Fair   float64 `json:"fair"`
			Good   float64 `json:"good"`
			Better string  `json:"better"`
		} `json:"thresholds"`
	}
	resp, body = a.api("GET", "/api/trends", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &pro)
	if len(pro.Sessions) != 1 || pro.Sessions[0].SessionID != s.ID || pro.Sessions[0].ClientID != c.ID ||
		pro.Sessions[0].Score == nil || pro.Sessions[0].ScoreBand == "" {
		t.Errorf("got %s", body)
	}
	if th := pro.Thresholds["score"]; th.Better != "higher" || th.Fair >= th.Good {
		t.Errorf("got score thresholds %+v", th)
	}
	if th := pro.Thresholds["sides_taken"]; th.Better != "lower" {
		t.Errorf("got sides taken thresholds %+v", th)
	}

	resp, body = a.api("GET", "/api/clients/999/trends", token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}
