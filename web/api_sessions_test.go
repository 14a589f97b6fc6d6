package web_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

// session is a session as the API returns it.
type session struct {
	ID          int64  `json:"id"`
	ClientID    int64  `json:"client_id"`
	Date        string `json:"date"`
	Status      string `json:"status"`
	Model       string `json:"model"`
	Corrections []struct {
		Utterance int    `json:"utterance"`
		Code      string `json:"code"`
		Subcode   string `json:"subcode"`
	} `json:"corrections"`
	Analysis *struct {
		Utterances []struct {
			Role    string `json:"role"`
			Code    string `json:"code"`
			Subcode string `json:"subcode"`
		} `json:"utterances"`
		Score      *float64 `json:"score"`
		Guidelines []any    `json:"guidelines"`
	} `json:"analysis"`
}

// MustAPISession creates a client, with consent when consent is set, and
// a session of theirs, and returns the session's API path.
func (a *app) MustAPISession(token string, consent bool) (client, string) {
	a.tb.Helper()
	c := a.MustAPIClient(token, "Ada Park")
	if consent {
		resp, body := a.api("POST", "/api/clients/"+itoa(c.ID)+"/consent", token, map[string]string{})
		wantJSON(a.tb, resp, body, http.StatusOK, nil)
	}
	var s session
	resp, body := a.api("POST", "/api/clients/"+itoa(c.ID)+"/sessions", token, map[string]string{"date": "2026-03-10", "status": "attended"})
	wantJSON(a.tb, resp, body, http.StatusCreated, &s)
	return c, "/api/sessions/" + itoa(s.ID)
}

func TestAPISessions(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	ada, path := a.MustAPISession(token, false)
	sessions := "/api/clients/" + itoa(ada.ID) + "/sessions"

	var s session
	resp, body := a.api("POST", sessions, token, map[string]string{})
	wantJSON(t, resp, body, http.StatusCreated, &s)
	if s.Date != "2026-03-14" || s.Status != "scheduled" || resp.Header.Get("Location") != "/api/sessions/"+itoa(s.ID) {
		t.Errorf("a session with no date or status: got %+v, want today and scheduled", s)
	}
	var list []session
	resp, body = a.api("GET", sessions, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &list)
	if len(list) != 2 || list[0].Date != "2026-03-14" || list[1].Date != "2026-03-10" {
		t.Errorf("list: got %+v, want newest first", list)
	}
	resp, body = a.api("GET", path, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &s)
	if s.Status != "attended" || s.Analysis != nil || s.Corrections == nil {
		t.Errorf("get without a transcript: got %+v, want analysis null and corrections []", s)
	}
	resp, body = a.api("PATCH", path, token, map[string]string{"status": "no_show"})
	wantJSON(t, resp, body, http.StatusOK, &s)
	if s.Status != "no_show" || s.Date != "2026-03-10" {
		t.Errorf("patched status: got %+v, want the date kept", s)
	}

	errs := []struct {
		name, method, path string
		body               any
		status             int
		code               string
	}{
		{"unknown status", "POST", sessions, map[string]string{"status": "maybe"}, 400, "invalid"},
		{"bad date", "PATCH", path, map[string]string{"date": "10/03/2026"}, 400, "invalid"},
		{"sessions of nobody", "GET", "/api/clients/999/sessions", nil, 404, "not_found"},
		{"session for nobody", "POST", "/api/clients/999/sessions", map[string]string{}, 404, "not_found"},
		{"unknown session", "GET", "/api/sessions/999", nil, 404, "not_found"},
		{"patch unknown", "PATCH", "/api/sessions/999", map[string]string{"status": "attended"}, 404, "not_found"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api(tt.method, tt.path, token, tt.body)
			wantAPIError(t, resp, body, tt.status, tt.code)
		})
	}

	resp, body = a.api("DELETE", path, token, nil)
	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("delete: got %d %s, want 204", resp.StatusCode, body)
	}
	resp, body = a.api("GET", path, token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
	resp, body = a.api("DELETE", path, token, nil)
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}

func TestAPITranscript(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{MaxUploadBytes: 64 << 10})
	ada, path := a.MustAPISession(token, false)
	vtt := example(t, "zoom-alcohol.vtt")

	resp, body := a.api("PUT", path+"/transcript?name=zoom.vtt", token, vtt)
	if msg := wantAPIError(t, resp, body, http.StatusForbidden, "forbidden"); !strings.Contains(msg, "/api/clients/"+itoa(ada.ID)+"/consent") {
		t.Errorf("without consent: got %q, want how to record it", msg)
	}
	resp, body = a.api("POST", "/api/clients/"+itoa(ada.ID)+"/consent", token, map[string]string{})
	wantJSON(t, resp, body, http.StatusOK, nil)

	var s session
	resp, body = a.api("PUT", path+"/transcript?name=zoom.vtt", token, vtt)
	wantJSON(t, resp, body, http.StatusOK, &s)
	if s.Analysis == nil || len(s.Analysis.Utterances) < 10 || s.Analysis.Score == nil || len(s.Analysis.Guidelines) != 5 || s.Model == "" {
		t.Fatalf("raw upload: got %s, want the analysis document", body)
	}

	// The same file as a form, as the upload page sends it.
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	fw, _ := mw.CreateFormFile("transcript", "zoom.vtt")
	fw.Write(vtt)
	mw.Close()
	req, _ := http.NewRequest("PUT", a.srv.URL+path+"/transcript", &form)
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, body = a.stranger().do(req)
	wantJSON(t, resp, body, http.StatusOK, &s)
	if s.Analysis == nil || len(s.Analysis.Utterances) < 10 {
		t.Errorf("multipart upload: got %s, want the analysis document", body)
	}

	errs := []struct {
		name, path string
		body       []byte
		status     int
		code       string
	}{
		{"over the limit", path + "/transcript", bytes.Repeat([]byte("Dana: hello there.\n"), 4000), 413, "too_large"},
		{"not a transcript", path + "/transcript?format=srt", []byte("nothing to read"), 400, "invalid"},
		{"unknown session", "/api/sessions/999/transcript", vtt, 404, "not_found"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api("PUT", tt.path, token, tt.body)
			wantAPIError(t, resp, body, tt.status, tt.code)
		})
	}

	// Revoking with deletion takes the analysis away.
	resp, body = a.api("DELETE", "/api/clients/"+itoa(ada.ID)+"/consent?delete_transcripts=true", token, nil)
	wantJSON(t, resp, body, http.StatusOK, nil)
	resp, body = a.api("GET", path, token, nil)
	wantJSON(t, resp, body, http.StatusOK, &s)
	if s.Analysis != nil {
		t.Errorf("after consent was revoked with deletion: the analysis is still there")
	}
}

func TestAPICorrection(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	_, path := a.MustAPISession(token, true)
	var before, after session
	resp, body := a.api("PUT", path+"/transcript?name=zoom.vtt", token, example(t, "zoom-alcohol.vtt"))
	wantJSON(t, resp, body, http.StatusOK, &before)

	// Find a practitioner's utterance and give it a code it does not have.
	i, code := -1, ""
	for j, u := range before.Analysis.Utterances {
		if u.Role == "practitioner" {
			i, code = j, "reflection/complex"
			if u.Code == "reflection" && u.Subcode == "complex" {
				code = "question/closed"
			}
			break
		}
	}
	if i < 0 {
		t.Fatal("no practitioner utterance in the example")
	}
	resp, body = a.api("POST", path+"/corrections", token, map[string]any{"utterance": i, "code": code})
	wantJSON(t, resp, body, http.StatusOK, &after)
	label, sub, _ := strings.Cut(code, "/")
	u := after.Analysis.Utterances[i]
	if u.Code != label || u.Subcode != sub || len(after.Corrections) != 1 || after.Corrections[0].Utterance != i {
		t.Errorf("after the correction: got utterance %+v and corrections %+v, want %s", u, after.Corrections, code)
	}

	errs := []struct {
		name string
		body any
	}{
		{"no utterance", map[string]any{"code": "neutral"}},
		{"past the end", map[string]any{"utterance": 10000, "code": "neutral"}},
		{"a client's code for the practitioner", map[string]any{"utterance": i, "code": "change"}},
		{"no such code", map[string]any{"utterance": i, "code": "reflection", "subcode": "deep"}},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api("POST", path+"/corrections", token, tt.body)
			wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
		})
	}
	_, bare := a.MustAPISession(token, true)
	resp, body = a.api("POST", bare+"/corrections", token, map[string]any{"utterance": 0, "code": "neutral"})
	wantAPIError(t, resp, body, http.StatusBadRequest, "invalid")
	resp, body = a.api("POST", "/api/sessions/999/corrections", token, map[string]any{"utterance": 0, "code": "neutral"})
	wantAPIError(t, resp, body, http.StatusNotFound, "not_found")
}

// note is a note as the API returns it.
type note struct {
	Format   string `json:"format"`
	Sections []struct {
		Name string `json:"name"`
		Text string `json:"text"`
	} `json:"sections"`
}

func TestAPINotes(t *testing.T) {
	a, token := MustAPIApp(t, web.Config{})
	_, path := a.MustAPISession(token, false)

	resp, body := a.api("GET", path+"/notes", token, nil)
	wantJSON(t, resp, body, http.StatusOK, nil)
	if strings.TrimSpace(body) != "[]" {
		t.Errorf("no notes: got %s, want []", body)
	}
	var n note
	resp, body = a.api("PUT", path+"/notes/private", token, map[string]any{"sections": []map[string]string{{"name": "note", "text": "mine alone"}}})
	wantJSON(t, resp, body, http.StatusOK, &n)
	resp, body = a.api("PUT", path+"/notes/soap", token, map[string]any{"sections": []map[string]string{
		{"name": "Plan", "text": "walk after dinner"}, {"name": "subjective", "text": "up and down"}}})
	wantJSON(t, resp, body, http.StatusOK, &n)
	if len(n.Sections) != 4 || n.Sections[0].Name != "Subjective" || n.Sections[0].Text != "up and down" ||
		n.Sections[1].Text != "" || n.Sections[3].Text != "walk after dinner" {
		t.Errorf("saved SOAP note: got %+v", n)
	}

	var notes []note
	resp, body = a.api("GET", path+"/notes", token, nil)
	wantJSON(t, resp, body, http.StatusOK, &notes)
	if len(notes) != 2 || notes[0].Format != "soap" || notes[1].Format != "private" || notes[1].Sections[0].Text != "mine alone" {
		t.Errorf("notes: got %+v, want the SOAP note and the private one, last", notes)
	}

	errs := []struct {
		name, method, path string
		body               any
		status             int
		code               string
	}{
		{"unknown section", "PUT", path + "/notes/dap", map[string]any{"sections": []map[string]string{{"name": "Subjective", "text": "x"}}}, 400, "invalid"},
		{"unknown format", "PUT", path + "/notes/diary", map[string]any{}, 404, "not_found"},
		{"notes of nobody", "GET", "/api/sessions/999/notes", nil, 404, "not_found"},
		{"note for nobody", "PUT", "/api/sessions/999/notes/soap", map[string]any{}, 404, "not_found"},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := a.api(tt.method, tt.path, token, tt.body)
			wantAPIError(t, resp, body, tt.status, tt.code)
		})
	}
}
