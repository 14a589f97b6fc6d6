package web_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// ownerContext returns a context signed in as the app's owner, for the
// stores the test reads behind the pages.
func (a *app) ownerContext() context.Context {
	a.tb.Helper()
	owner, err := a.svc.Professionals.FindProfessionalByEmail(context.Background(), ownerEmail)
	if err != nil {
		a.tb.Fatal(err)
	}
	return ally.NewContextWithProfessional(context.Background(), owner)
}

func TestWorksheets(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	_, body := a.get(clientPath)
	if !strings.Contains(body, `href="`+clientPath+`/worksheets"`) {
		t.Fatalf("the client page does not link the worksheets")
	}

	resp, body := a.post(clientPath+"/worksheets", url.Values{"behaviour": {""}, "gives_words": {"  "}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, "at least the behaviour, or one answer") {
		t.Errorf("an empty worksheet is refused without saying why")
	}
	resp, body = a.post(clientPath+"/worksheets", url.Values{"behaviour": {"phone until one"}, "gives": {"free_time", "nonsense"}})
	wantStatus(t, resp, http.StatusBadRequest)
	if !strings.Contains(body, "phone until one") || !strings.Contains(body, `class="field-error"`) {
		t.Errorf("a refused worksheet loses its input or its error")
	}

	resp, _ = a.post(clientPath+"/worksheets", url.Values{"behaviour": {"phone until one"}, "gives": {"free_time"},
		"gives_words": {"time nobody takes"}, "costs": {"snapping at the kids"}, "would_have_to_be_true": {"time of my own earlier"}})
	loc := wantRedirect(t, resp, clientPath+"/worksheets#worksheet-")
	id := strings.TrimPrefix(loc, clientPath+"/worksheets#worksheet-")
	_, body = a.get(clientPath + "/worksheets")
	for _, want := range []string{"phone until one", "free time of one", "time nobody takes", "snapping at the kids",
		"time of my own earlier", "entered by you"} {
		if !strings.Contains(body, want) {
			t.Errorf("the worksheets page lacks %q", want)
		}
	}
	_, body = a.get(clientPath)
	if !strings.Contains(body, "1 so far") {
		t.Errorf("the client page does not count the worksheet")
	}

	// Changing it fills the form with its answers.
	_, body = a.get(clientPath + "/worksheets/" + id)
	if !strings.Contains(body, `action="`+clientPath+`/worksheets/`+id+`"`) || !strings.Contains(body, `value="free_time" checked`) {
		t.Errorf("the change form is not filled in")
	}
	resp, _ = a.post(clientPath+"/worksheets/"+id, url.Values{"behaviour": {"phone until half twelve"}, "gives": {"free_time", "rest"}})
	wantRedirect(t, resp, clientPath+"/worksheets")
	_, body = a.get(clientPath + "/worksheets")
	if !strings.Contains(body, "phone until half twelve") || strings.Contains(body, "snapping at the kids") {
		t.Errorf("the worksheet was not changed")
	}
	resp, _ = a.post(clientPath+"/worksheets/"+id, url.Values{})
	wantStatus(t, resp, http.StatusBadRequest)

	// A worksheet under another client of the same professional is not found.
	otherPath, _ := a.MustClient("Ben Osei", false)
	resp, _ = a.get(otherPath + "/worksheets/" + id)
	wantStatus(t, resp, http.StatusNotFound)
	resp, _ = a.post(otherPath+"/worksheets/"+id+"/delete", nil)
	wantStatus(t, resp, http.StatusNotFound)

	resp, _ = a.post(clientPath+"/worksheets/"+id+"/delete", nil)
	wantRedirect(t, resp, clientPath+"/worksheets")
	_, body = a.get(clientPath + "/worksheets")
	if strings.Contains(body, "phone until half twelve") {
		t.Errorf("the worksheet was not deleted")
	}
}
