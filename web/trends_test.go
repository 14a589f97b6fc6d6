package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/mi"
	"github.com/ally-mi/ally/web"
)

// checkIns is a check-in store that only lists answered check-ins, for
// the trends pages to read; every other method is left unimplemented.
type checkIns struct {
	ally.CheckInService
	byClient map[int64][]*ally.CheckIn
}

func (c *checkIns) FindCheckIns(ctx context.Context, clientID int64) ([]*ally.CheckIn, error) {
	return c.byClient[clientID], nil
}

// mustAppWithCheckIns starts the app, as MustApp, with a check-in store.
func mustAppWithCheckIns(tb testing.TB, store ally.CheckInService) *app {
	tb.Helper()
	coder, err := mi.Default()
	if err != nil {
		tb.Fatal(err)
	}
	clk := &clock{t: time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)}
	svc := newServices(tb)
	svc.Analyzer, svc.CheckIns = engine.New(coder), store
	srv := httptest.NewServer(web.NewServer(web.Config{Now: clk.Now}, svc))
	tb.Cleanup(srv.Close)
	return &app{tb: tb, srv: srv, client: newClient(), clock: clk, svc: svc}
}

func TestClientTrends(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, sessionPath := a.MustClient("Ada Park", true)
	_, body := a.get(clientPath)
	if !strings.Contains(body, `href="`+clientPath+`/trends"`) {
		t.Errorf("the client page does not link to the trends")
	}

	// One session, not yet analysed, and one cancelled: attendance only.
	resp, _ := a.post(clientPath+"/sessions", url.Values{"date": {"2026-02-10"}, "status": {"cancelled"}})
	wantRedirect(t, resp, "/sessions/")
	resp, body = a.get(clientPath + "/trends")
	wantStatus(t, resp, http.StatusOK)
	for _, want := range []string{"Trends: Ada Park", "Change talk and sustain talk, session by session",
		"No analysed sessions yet", "No answered check-ins with rulers yet", "month by month",
		`<th scope="row">Feb 2026</th><td class="num">0</td><td class="num">1</td>`} {
		if !strings.Contains(body, want) {
			t.Errorf("before any analysis: missing %q", want)
		}
	}

	a.upload(sessionPath+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	_, body = a.get(clientPath + "/trends")
	for _, want := range []string{`<svg class="chart-svg"`, `aria-labelledby="talk-title talk-desc"`, `id="talk-table"`,
		"Only one analysed session so far", "<th scope=\"row\">14 Mar</th>"} {
		if !strings.Contains(body, want) {
			t.Errorf("after one analysis: missing %q", want)
		}
	}

	resp, _ = a.get("/clients/999/trends")
	wantStatus(t, resp, http.StatusNotFound)
}

func TestClientTrendsCheckIns(t *testing.T) {
	store := &checkIns{byClient: map[int64][]*ally.CheckIn{}}
	a := mustAppWithCheckIns(t, store)
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", true)
	id := int64(0)
	for _, c := range strings.TrimPrefix(clientPath, "/clients/") {
		id = id*10 + int64(c-'0')
	}
	at := func(d int) *time.Time { v := time.Date(2026, 3, d, 18, 0, 0, 0, time.UTC); return &v }
	v := func(n int) *int { return &n }
	store.byClient[id] = []*ally.CheckIn{
		{ID: 2, ClientID: id, AnsweredAt: at(12), Answers: &ally.CheckInAnswers{Importance: ally.Ruler{Value: v(8)},
			Confidence: ally.Ruler{Value: v(5)}, PHQ9: []int{1, 1, 1, 1, 1, 1, 1, 1, 0}}},
		{ID: 1, ClientID: id, AnsweredAt: at(5), Answers: &ally.CheckInAnswers{Importance: ally.Ruler{Value: v(6)},
			Confidence: ally.Ruler{Value: v(3)}, PHQ9: []int{2, 2, 2, 2, 2, 1, 1, 1, 0}}},
		{ID: 3, ClientID: id}, // sent, not answered
	}
	_, body := a.get(clientPath + "/trends")
	for _, want := range []string{`aria-labelledby="rulers-title rulers-desc"`, `<th scope="row">5 Mar</th><td class="num">6</td><td class="num">3</td>`,
		`<td class="num">13 (moderate)</td>`, `<td class="num">8 (mild)</td>`, ">moderately severe</text>", "No answers yet"} {
		if !strings.Contains(body, want) {
			t.Errorf("missing %q", want)
		}
	}
}

func TestProfessionalTrends(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	_, body := a.get("/")
	if !strings.Contains(body, `<a href="/trends">Trends</a>`) {
		t.Errorf("the main nav does not link to the trends")
	}
	_, body = a.get("/trends")
	if !strings.Contains(body, "over 0 analysed sessions") || !strings.Contains(body, "No analysed sessions yet") {
		t.Errorf("an empty practice's trends do not say there is nothing yet")
	}
	_, first := a.MustClient("Ada Park", true)
	a.upload(first+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	_, second := a.MustClient("Ben Osei", true)
	a.upload(second+"/transcript", "zoom.vtt", example(t, "zoom-alcohol.vtt"))
	_, body = a.get("/trends")
	for _, want := range []string{"over 2 analysed sessions", "Working with resistance, session by session",
		"Reflections for each question you asked", "Reflections that add meaning or feeling",
		"Sides taken when the client spoke for things as they are", "received well",
		`aria-labelledby="score-title score-desc"`, ">needs work</text>", ">good</text>",
		`<th scope="row">14 Mar, Ada Park</th>`, `<th scope="row">14 Mar, Ben Osei</th>`} {
		if !strings.Contains(body, want) {
			t.Errorf("missing %q", want)
		}
	}
	// The score in the table is the one the session's report shows.
	_, report := a.get(first)
	score := between(report, "Working with resistance: ", " out of 100")
	if score == "" || !strings.Contains(body, `<td class="num">`+score+`</td>`) {
		t.Errorf("the report's score %q is not in the trends table", score)
	}
	if strings.Contains(body, "Only one analysed session") {
		t.Errorf("two sessions are called one")
	}
}
