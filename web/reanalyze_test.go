package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/web"
)

// labelCoder codes every client turn with one label and every practitioner
// turn an open question: two of them with different labels code a session
// visibly differently.
type labelCoder struct{ client string }

func (c labelCoder) CodeTranscript(t *ally.Transcript) {
	for i := range t.Utterances {
		u := &t.Utterances[i]
		if u.Role == ally.RoleClient {
			u.Code = ally.Code{Label: c.client, Confidence: 0.9}
		} else {
			u.Code = ally.Code{Label: ally.CodeQuestion, Subcode: ally.SubOpen, Confidence: 0.9}
		}
	}
}

// TestReanalyzeOnNewModel stores a session analysed under one model
// version, corrects a code, then opens it on a server with another: the
// session is coded by the new model, the correction still on top, and
// stored under the new version.
func TestReanalyzeOnNewModel(t *testing.T) {
	a := MustApp(t, web.Config{Model: "sha256:aaaaaaaaaaaa"})
	a.svc.Analyzer = engine.New(labelCoder{ally.CodeSustain})
	old := httptest.NewServer(web.NewServer(web.Config{Model: "sha256:aaaaaaaaaaaa", Now: a.clock.Now}, a.svc))
	t.Cleanup(old.Close)
	a.srv = old
	a.MustOwner()
	_, sessionPath := a.MustClient("Ada Park", true)
	wantRedirect(t, mustUpload(a, sessionPath), sessionPath)
	sess := findSession(t, a, sessionPath)
	client := firstOf(sess.Transcript, ally.RoleClient, 0)
	resp, _ := a.post(sessionPath+"/corrections", url.Values{"utterance": {strconv.Itoa(client)}, "code": {ally.CodeChange}})
	wantRedirect(t, resp, sessionPath)

	svc := a.svc
	svc.Analyzer = engine.New(labelCoder{ally.CodeNeutral})
	next := httptest.NewServer(web.NewServer(web.Config{Model: "sha256:bbbbbbbbbbbb", Now: a.clock.Now}, svc))
	t.Cleanup(next.Close)
	b := &app{tb: t, srv: next, client: newClient(), clock: a.clock, svc: svc}
	resp, _ = b.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	wantRedirect(t, resp, "/")
	resp, _ = b.get(sessionPath)
	wantStatus(t, resp, 200)

	sess = findSession(t, a, sessionPath)
	if sess.Model != "sha256:bbbbbbbbbbbb" {
		t.Errorf("stored model version %q, want the new one", sess.Model)
	}
	for _, u := range sess.Transcript.Utterances {
		want := ally.CodeNeutral
		switch {
		case u.Role != ally.RoleClient:
			want = ally.CodeQuestion
		case u.Index == client:
			want = ally.CodeChange
		}
		if u.Code.Label != want {
			t.Errorf("utterance %d (%s): got %q, want %q", u.Index, u.Role, u.Code.Label, want)
		}
	}
	if len(sess.Corrections) != 1 {
		t.Errorf("got %d corrections, want the one kept", len(sess.Corrections))
	}
}

// mustUpload uploads an example transcript to a session.
func mustUpload(a *app, sessionPath string) *http.Response {
	resp, _ := a.upload(sessionPath+"/transcript", "zoom.vtt", example(a.tb, "zoom-alcohol.vtt"))
	return resp
}

// findSession reads the owner's session at path from the store.
func findSession(t *testing.T, a *app, path string) *ally.Session {
	t.Helper()
	ctx := context.Background()
	owner, err := a.svc.Professionals.FindProfessionalByEmail(ctx, ownerEmail)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := strconv.ParseInt(strings.TrimPrefix(path, "/sessions/"), 10, 64)
	sess, err := a.svc.Sessions.FindSessionByID(ally.NewContextWithProfessional(ctx, owner), id)
	if err != nil {
		t.Fatal(err)
	}
	return sess
}

// firstOf returns the index of the n-th utterance of role in t.
func firstOf(t *ally.Transcript, role ally.Role, n int) int {
	for _, u := range t.Utterances {
		if u.Role == role {
			if n == 0 {
				return u.Index
			}
			n--
		}
	}
	return -1
}
