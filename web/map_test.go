package web_test

import (
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// offerKey finds the keys of the needs a map page offers.
var offerKey = regexp.MustCompile(`name="key" value="([^"]+)"`)

// MustMapApp starts the app with a client whose analysed session heard
// needs, and a goal, and returns the client's and the goal map's paths.
func MustMapApp(t *testing.T) (a *app, clientPath, mapPath string) {
	t.Helper()
	a = MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	resp, _ := a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	wantRedirect(t, resp, sessionPath)
	resp, _ = a.post(clientPath+"/goals", url.Values{"title": {"Drink less on weeknights"}})
	wantRedirect(t, resp, clientPath)
	_, body := a.get(clientPath)
	mapPath = between(body, `href="`+clientPath+`/goals/`, `"`)
	if !strings.HasSuffix(mapPath, "/map") {
		t.Fatalf("the client page links no map: %q", mapPath)
	}
	return a, clientPath, clientPath + "/goals/" + mapPath
}

func TestMapOffersHeardNeeds(t *testing.T) {
	a, _, mapPath := MustMapApp(t)
	resp, body := a.get(mapPath)
	wantStatus(t, resp, http.StatusOK)
	for _, want := range []string{`class="side motivation"`, `class="side resistance"`, "What this side wants",
		"The needs it serves", "The client’s own words", `id="heard"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the map page lacks %q", want)
		}
	}
	// The two sides have the same fields.
	if m, r := strings.Count(body, `name="motivation-`), strings.Count(body, `name="resistance-`); m != r || m == 0 {
		t.Errorf("motivation has %d fields, resistance %d: want the same", m, r)
	}
	keys := offerKey.FindAllStringSubmatch(body, -1)
	if len(keys) < 2 {
		t.Fatalf("the map offers %d heard needs, want at least 2 from the transcript", len(keys))
	}
	if !regexp.MustCompile(`href="/sessions/\d+#u\d+"`).MatchString(body) || !strings.Contains(body, "<blockquote>“") {
		t.Errorf("an offer has no quote or no link to its moment")
	}
	confirm, dismiss := html.UnescapeString(keys[0][1]), html.UnescapeString(keys[1][1])

	// Nothing is on the map before the professional confirms.
	if strings.Contains(body, `name="resistance-heard"`) || strings.Contains(body, `name="motivation-heard"`) {
		t.Errorf("a heard need is on the map unconfirmed")
	}
	resp, _ = a.post(mapPath+"/heard", url.Values{"key": {confirm}, "to": {"resistance"}})
	wantRedirect(t, resp, mapPath+"#heard")
	resp, _ = a.post(mapPath+"/heard", url.Values{"key": {dismiss}, "to": {"dismiss"}})
	wantRedirect(t, resp, mapPath+"#heard")
	// A second click changes nothing.
	resp, _ = a.post(mapPath+"/heard", url.Values{"key": {confirm}, "to": {"motivation"}})
	wantRedirect(t, resp, mapPath+"#heard")

	_, body = a.get(mapPath)
	if !strings.Contains(body, `name="resistance-heard" value="`+html.EscapeString(confirm)+`" checked`) {
		t.Errorf("the confirmed need is not on the resistance side")
	}
	for _, k := range offerKey.FindAllStringSubmatch(body, -1) {
		if v := html.UnescapeString(k[1]); v == confirm || v == dismiss {
			t.Errorf("%s is offered again", v)
		}
	}

	tests := []struct {
		name string
		form url.Values
		want int
	}{
		{"no side", url.Values{"key": {keys[2%len(keys)][1]}, "to": {"middle"}}, http.StatusBadRequest},
		{"a need never heard", url.Values{"key": {"sleep@999:1"}, "to": {"resistance"}}, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, _ := a.post(mapPath+"/heard", tt.form)
			wantStatus(t, resp, tt.want)
		})
	}
}

func TestMapSave(t *testing.T) {
	a, _, mapPath := MustMapApp(t)
	_, body := a.get(mapPath)
	key := html.UnescapeString(offerKey.FindStringSubmatch(body)[1])
	a.post(mapPath+"/heard", url.Values{"key": {key}, "to": {"motivation"}})

	form := url.Values{
		"motivation-wants": {"clear mornings"}, "motivation-need": {"energy", "sleep"}, "motivation-own": {"being sharp at work\n\n"},
		"motivation-words": {"I want to wake up clear"}, "motivation-heard": {key},
		"resistance-wants": {"an end to the day"}, "resistance-need": {"rest"}, "resistance-words": {"it switches me off"},
	}
	resp, _ := a.post(mapPath, form)
	wantRedirect(t, resp, mapPath)
	_, body = a.get(mapPath)
	for _, want := range []string{"clear mornings", `value="energy" checked`, `value="sleep" checked`, "being sharp at work",
		"I want to wake up clear", "an end to the day", `id="resistance-need-rest" name="resistance-need" value="rest" checked`,
		"it switches me off", `name="motivation-heard" value="` + html.EscapeString(key) + `" checked`, "Last saved"} {
		if !strings.Contains(body, want) {
			t.Errorf("the saved map lacks %q", want)
		}
	}

	// Unticking a heard need takes it off and does not offer it again.
	delete(form, "motivation-heard")
	resp, _ = a.post(mapPath, form)
	wantRedirect(t, resp, mapPath)
	_, body = a.get(mapPath)
	if strings.Contains(body, html.EscapeString(key)) {
		t.Errorf("an unticked heard need is still on the map or offered again")
	}

	tests := []struct {
		name, field, value, kept string
	}{
		{"unknown need", "resistance-need", "world_peace", "an end to the day"},
		{"too long", "resistance-own", strings.Repeat("a", 4001), "an end to the day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := url.Values{}
			for k, v := range form {
				bad[k] = v
			}
			bad.Set("resistance-wants", "an end to the day, changed")
			bad.Add(tt.field, tt.value)
			resp, body := a.post(mapPath, bad)
			wantStatus(t, resp, http.StatusBadRequest)
			if !strings.Contains(body, "an end to the day, changed") || !strings.Contains(body, `class="field-error"`) {
				t.Errorf("a refused map loses its input or its error")
			}
		})
	}
	_, body = a.get(mapPath)
	if strings.Contains(body, "an end to the day, changed") {
		t.Errorf("a refused map was saved")
	}
}

func TestMapShowsWorksheets(t *testing.T) {
	a, clientPath, mapPath := MustMapApp(t)
	resp, _ := a.post(clientPath+"/worksheets", url.Values{"behaviour": {"wine most weeknights"}, "gives": {"rest", "coping"},
		"gives_words": {"switches me off"}, "costs": {"foggy mornings"}, "would_have_to_be_true": {"another way to end the day"}})
	wantRedirect(t, resp, clientPath+"/worksheets")

	// A worksheet the client answered through a check-in shows as well.
	ctx := a.ownerContext()
	clients, _ := a.svc.Clients.FindClients(ctx, ally.ClientFilter{})
	if err := a.svc.Worksheets.CreateWorksheet(ctx, &ally.Worksheet{ClientID: clients[0].ID, By: ally.ByClient,
		Costs: "my sister worries"}); err != nil {
		t.Fatal(err)
	}
	_, body := a.get(mapPath)
	resistance := body[strings.Index(body, `class="side resistance"`):]
	for _, want := range []string{"From the worksheets", "wine most weeknights", "rest and relaxation", "switches me off",
		"foggy mornings", "another way to end the day", "my sister worries", "by the client, through a check-in"} {
		if !strings.Contains(resistance, want) {
			t.Errorf("the resistance side lacks %q", want)
		}
	}
}
