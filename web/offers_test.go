package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

func TestOffers(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", false)
	sessionID := strings.TrimPrefix(sessionPath, "/sessions/")

	resp, body := a.post(clientPath+"/offers", url.Values{"kind": {"task"}, "what": {" "}, "date": {"2026-03-10"}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, `value="2026-03-10"`) || !strings.Contains(body, `class="field-error"`) {
		t.Errorf("a refused offer loses its input or its error")
	}
	resp, _ = a.post(clientPath+"/offers", url.Values{"kind": {"task"}, "what": {"A walk after dinner"},
		"date": {"2026-03-10"}, "session": {sessionID}, "answer": {""}})
	wantRedirect(t, resp, clientPath+"#offers")
	_, body = a.get(clientPath)
	if !strings.Contains(body, "A walk after dinner") || !strings.Contains(body, "Not answered yet") ||
		!strings.Contains(body, "between-session task, 10 Mar 2026") {
		t.Fatalf("the offer is not on the client's page")
	}
	id := between(body, `action="`+clientPath+`/offers/`, `"`)

	tests := []struct {
		name    string
		form    url.Values
		want    []string
		notWant []string
	}{
		{"no", url.Values{"answer": {"no"}, "followed": {"We talked about what the evenings give her."}},
			[]string{"Said no — respected", "“No”s that were respected", "We talked about what the evenings give her."},
			[]string{"answer no\">Said no — respected</span> <strong>A walk after dinner</strong> <span class=\"small nowrap\">between-session task, 10 Mar 2026</span> <span class=\"tag\">"}},
		{"not yet", url.Values{"answer": {"not_yet"}}, []string{"Not yet — the door stays open", "Open “not yet”s"}, []string{"“No”s that were respected"}},
		{"a yes not acted on", url.Values{"answer": {"yes"}, "acted_on": {"no"}}, []string{"Said yes", "A yes not acted on", "not acted on</span>"}, nil},
		{"a yes acted on", url.Values{"answer": {"yes"}, "acted_on": {"yes"}}, []string{"acted on</span>"}, []string{"A yes not acted on"}},
		{"acted on only for a yes", url.Values{"answer": {"no"}, "acted_on": {"no"}}, []string{"Said no — respected"}, []string{"A yes not acted on", "not acted on</span>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, _ := a.post(clientPath+"/offers/"+id, tt.form)
			wantRedirect(t, resp, clientPath+"#offer-"+id)
			_, body := a.get(clientPath)
			for _, want := range tt.want {
				if !strings.Contains(body, want) {
					t.Errorf("the page lacks %q", want)
				}
			}
			for _, bad := range tt.notWant {
				if strings.Contains(body, bad) {
					t.Errorf("the page shows %q", bad)
				}
			}
			for _, bad := range []string{"non-complian", "refused", "failed"} {
				if strings.Contains(strings.ToLower(body), bad) {
					t.Errorf("the page speaks of an answer as %q", bad)
				}
			}
		})
	}

	// A cancelled session is a quiet sign too.
	a.post(sessionPath, url.Values{"date": {"2026-03-14"}, "status": {"cancelled"}})
	_, body = a.get(clientPath)
	if !strings.Contains(body, "Sessions that did not take place") || !strings.Contains(body, `href="`+sessionPath+`">14 Mar 2026</a>`) {
		t.Errorf("the cancelled session is not among the things to be curious about")
	}

	// Another client's page does not reach this offer.
	otherPath, _ := a.MustClient("Ben Osei", false)
	resp, _ = a.post(otherPath+"/offers/"+id, url.Values{"answer": {"yes"}})
	wantStatus(t, resp, http.StatusNotFound)
	resp, _ = a.post(otherPath+"/offers", url.Values{"kind": {"task"}, "what": {"x"}, "session": {sessionID}})
	wantStatus(t, resp, http.StatusBadRequest)

	resp, _ = a.post(clientPath+"/offers/"+id+"/delete", nil)
	wantRedirect(t, resp, clientPath+"#offers")
	if _, body = a.get(clientPath); strings.Contains(body, "A walk after dinner") {
		t.Errorf("the offer was not deleted")
	}
}

// TestOfferLogNo logs a "no" the analysis heard as the answer to an offer
// from the session report, in one step each.
func TestOfferLogNo(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	resp, _ := a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	wantRedirect(t, resp, sessionPath)
	_, body := a.get(sessionPath)
	if !strings.Contains(body, "Log as the answer to an offer") {
		t.Fatalf("the report shows no form to log a no")
	}
	index := between(body, `name="utterance" value="`, `"`)

	// The client page lists the no, not yet logged, linked to its moment.
	_, page := a.get(clientPath)
	if !strings.Contains(page, `href="`+sessionPath+`#u`+index+`"`) {
		t.Errorf("the client page does not link the no heard at #%s", index)
	}

	resp, _ = a.post(sessionPath+"/offers", url.Values{"utterance": {"1000"}, "offer": {"new"}, "what": {"x"}})
	wantStatus(t, resp, http.StatusBadRequest)
	resp, _ = a.post(sessionPath+"/offers", url.Values{"utterance": {index}, "offer": {"new"}, "what": {""}})
	wantStatus(t, resp, http.StatusBadRequest)

	resp, _ = a.post(sessionPath+"/offers", url.Values{"utterance": {index}, "offer": {"new"},
		"what": {"Counting drinks for a week"}, "kind": {"task"}})
	wantRedirect(t, resp, sessionPath+"#no-"+index)
	_, body = a.get(sessionPath)
	if !strings.Contains(body, "In the offers log: the answer to “Counting drinks for a week”") {
		t.Errorf("the report does not show the no as logged")
	}
	_, page = a.get(clientPath)
	if !strings.Contains(page, "Counting drinks for a week") || !strings.Contains(page, "Said no — respected") ||
		!strings.Contains(page, `href="`+sessionPath+`#u`+index+`">in the session</a>`) {
		t.Errorf("the logged no is not on the client page with its moment")
	}

	// An open offer takes the no instead of a new one.
	a.post(clientPath+"/offers", url.Values{"kind": {"referral"}, "what": {"A peer support group"}, "answer": {"not_yet"}})
	_, page = a.get(clientPath)
	id := between(page, `action="`+clientPath+`/offers/`, `"`)
	_, body = a.get(sessionPath)
	if !strings.Contains(body, `<option value="`+id+`">A peer support group`) {
		t.Fatalf("the form does not offer the open offer")
	}
	resp, _ = a.post(sessionPath+"/offers", url.Values{"utterance": {index}, "offer": {id}})
	wantRedirect(t, resp, sessionPath)
	_, page = a.get(clientPath)
	if strings.Count(page, "Said no — respected</span>") != 2 {
		t.Errorf("the open offer did not take the no")
	}
}
