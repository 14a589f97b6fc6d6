package web_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ally-mi/ally/web"
)

// checkInURL finds the link the client page shows once.
var checkInURL = regexp.MustCompile(`id="checkin_url"[^>]*>([^<]+)</textarea>`)

// MustCheckIn creates a check-in link on the client's page with form and
// returns its path.
func (a *app) MustCheckIn(clientPath string, form url.Values) string {
	a.tb.Helper()
	resp, _ := a.post(clientPath+"/checkins", form)
	wantRedirect(a.tb, resp, clientPath+"#checkins")
	_, body := a.get(clientPath)
	m := checkInURL.FindStringSubmatch(body)
	if m == nil {
		a.tb.Fatalf("the client page shows no new link:\n%s", body)
	}
	if !strings.HasPrefix(m[1], a.srv.URL+"/checkin/") {
		a.tb.Fatalf("link %q is not under %s", m[1], a.srv.URL)
	}
	return strings.TrimPrefix(m[1], a.srv.URL)
}

// phq9 returns PHQ-9 answers, each 1, with item nine at item9; n items.
func phq9(form url.Values, n int, item9 string) url.Values {
	for i := 1; i <= n; i++ {
		v := "1"
		if i == 9 {
			v = item9
		}
		form.Set("phq9_"+itoa(int64(i)), v)
	}
	return form
}

func TestCheckInFlow(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	link := a.MustCheckIn(clientPath, url.Values{"expires": {"7"}, "phq9": {"yes"}, "gad7": {"yes"}, "worksheet": {"yes"}})
	if _, body := a.get(clientPath); strings.Contains(body, link) {
		t.Error("the client page shows the link again")
	}

	client := a.stranger()
	resp, body := client.get(link)
	wantStatus(t, resp, http.StatusOK)
	for _, want := range []string{"Robin Vale", "did not fit", "Why this number and not a lower one?", "What would it take to move one up?",
		"Over the last 2 weeks, how often have you been bothered by any of the following problems?",
		"Thoughts that you would be better off dead or of hurting yourself in some way",
		"Feeling afraid as if something awful might happen", "More than half the days",
		"No permission required to reproduce, translate, display or distribute.", "What would have to be true"} {
		if !strings.Contains(body, want) {
			t.Errorf("the check-in page lacks %q", want)
		}
	}
	if strings.Contains(body, "Ada Park") || strings.Contains(body, `href="/"`) {
		t.Error("the check-in page shows the client's name or a link into the app")
	}
	if strings.Index(body, "did not fit") > strings.Index(body, "How important") {
		t.Error("the question about what did not fit is not first")
	}

	// Items left open: 400, the items marked, every other answer kept.
	form := phq9(url.Values{"did_not_fit": {"The diary felt like homework"}, "importance": {"6"}, "importance_why": {"my kids"},
		"ws_behaviour": {"wine after work"}, "ws_gives": {"rest"}}, 5, "1")
	resp, body = client.post(link, form)
	wantStatus(t, resp, http.StatusBadRequest)
	for _, want := range []string{"questions of a questionnaire you began are still open", "The diary felt like homework", "my kids",
		`name="importance" value="6" checked`, `name="phq9_5" value="1" checked`, `id="phq9_6-err"`, `value="wine after work"`,
		`value="rest" checked`} {
		if !strings.Contains(body, want) {
			t.Errorf("the refused form lacks %q", want)
		}
	}

	form = phq9(form, 9, "1")
	for i := 1; i <= 7; i++ {
		form.Set("gad7_"+itoa(int64(i)), "2")
	}
	resp, _ = client.post(link, form)
	// Item nine above "not at all": the thanks say when the answers are
	// read, and where help is now.
	wantRedirect(t, resp, "/checkin/thanks?care=1")
	resp, body = client.get("/checkin/thanks?care=1")
	wantStatus(t, resp, http.StatusOK)
	if !strings.Contains(body, "Thank you") || !strings.Contains(body, "not straight away") || !strings.Contains(body, "emergency") {
		t.Error("no thanks, or no word on when the answers are read and where help is")
	}

	// Used, expired and unknown links: the same page, 404.
	resp, used := client.get(link)
	wantStatus(t, resp, http.StatusNotFound)
	resp, _ = client.post(link, form)
	wantStatus(t, resp, http.StatusNotFound)
	late := a.MustCheckIn(clientPath, url.Values{"expires": {"1"}})
	a.clock.Add(25 * time.Hour)
	resp, expired := a.stranger().get(late)
	wantStatus(t, resp, http.StatusNotFound)
	resp, unknown := a.stranger().get("/checkin/not-a-token")
	wantStatus(t, resp, http.StatusNotFound)
	if used != expired || used != unknown || !strings.Contains(used, "This link cannot be used") {
		t.Errorf("used, expired and unknown links differ:\n%s\n%s\n%s", used, expired, unknown)
	}

	// The answers, the flag on both pages, and the notice, after signing
	// in again: a day went by.
	resp, _ = a.post("/signin", url.Values{"email": {ownerEmail}, "password": {ownerPassword}})
	wantRedirect(t, resp, "/")
	_, body = a.get(clientPath)
	for _, want := range []string{"The diary felt like homework", "<strong>6</strong> of 10", "my kids", "9 of 27", "mild",
		"14 of 21", "Several days", "wine after work", "I have seen this", "expired unanswered"} {
		if !strings.Contains(body, want) {
			t.Errorf("the client page lacks %q", want)
		}
	}
	if strings.Index(body, "PHQ-9's ninth item") > strings.Index(body, `id="details"`) {
		t.Error("the flag is not at the top of the client page")
	}
	_, home := a.get("/")
	for _, want := range []string{"PHQ-9's ninth item", "Ada Park", "New check-in answers"} {
		if !strings.Contains(home, want) {
			t.Errorf("the home page lacks %q", want)
		}
	}
	ack := regexp.MustCompile(`action="(/clients/\d+/checkins/\d+/acknowledge)"`).FindStringSubmatch(home)
	if ack == nil {
		t.Fatal("no acknowledge form on the home page")
	}
	resp, _ = a.post(ack[1], nil)
	wantRedirect(t, resp, clientPath+"#checkin-")
	_, home = a.get("/")
	if strings.Contains(home, "PHQ-9's ninth item") || !strings.Contains(home, "New check-in answers") {
		t.Error("after acknowledging: the flag stays or the notice went")
	}
	if _, body := a.get(clientPath); strings.Contains(body, "I have seen this") || !strings.Contains(body, "(seen ") {
		t.Error("after acknowledging: the client page still flags it")
	}
}

func TestCheckInNoFlag(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	link := a.MustCheckIn(clientPath, url.Values{"expires": {"7"}, "phq9": {"yes"}})
	resp, _ := a.stranger().post(link, phq9(url.Values{}, 9, "0"))
	wantRedirect(t, resp, "/checkin/thanks")
	if _, home := a.get("/"); strings.Contains(home, "ninth item") || !strings.Contains(home, "New check-in answers") {
		t.Error("an answer of not at all to item nine raised a flag, or no notice shows")
	}
}

// A client may leave a questionnaire out, whole or once begun, as any
// other answer; the rest is sent.
func TestCheckInQuestionnaireLeftOut(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	tests := []struct {
		name string
		form url.Values
	}{
		{"never begun", url.Values{"did_not_fit": {"The homework, never begun"}}},
		{"begun, then left out", phq9(url.Values{"did_not_fit": {"The homework, left out"}, "phq9_skip": {"yes"}}, 4, "1")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			link := a.MustCheckIn(clientPath, url.Values{"expires": {"7"}, "phq9": {"yes"}})
			resp, _ := a.stranger().post(link, tt.form)
			wantRedirect(t, resp, "/checkin/thanks")
			_, body := a.get(clientPath)
			if !strings.Contains(body, tt.form.Get("did_not_fit")) || strings.Contains(body, "of 27") {
				t.Errorf("the answers are missing, or PHQ-9 is shown as answered")
			}
		})
	}
}

func TestCheckInRateLimit(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	link := a.MustCheckIn(clientPath, url.Values{"expires": {"7"}})
	guesser := a.stranger()
	// A client opening a used link a few times is not held up.
	for i := 0; i < 20; i++ {
		resp, _ := guesser.get("/checkin/guess" + itoa(int64(i)))
		wantStatus(t, resp, http.StatusNotFound)
	}
	// Even the right link waits now: the wait is by address, said in
	// words, not as a time of the server's clock.
	resp, body := guesser.get(link)
	wantStatus(t, resp, http.StatusTooManyRequests)
	if resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "try again in a minute") {
		t.Error("no Retry-After, or the wait is not said in words")
	}
	a.clock.Add(time.Minute)
	resp, _ = guesser.get(link)
	wantStatus(t, resp, http.StatusOK)
}

func TestCheckInCreateRefuses(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	for _, days := range []string{"", "0", "91", "x"} {
		resp, _ := a.post(clientPath+"/checkins", url.Values{"expires": {days}})
		wantStatus(t, resp, http.StatusBadRequest)
	}
}

// The questionnaires' closing question asks about the problems checked
// off: with none, its answer is not shown as if it said something.
func TestCheckInDifficultyWithNoProblems(t *testing.T) {
	a := MustApp(t, web.Config{})
	a.MustOwner()
	clientPath, _ := a.MustClient("Ada Park", false)
	link := a.MustCheckIn(clientPath, url.Values{"expires": {"7"}, "phq9": {"yes"}})
	form := url.Values{"phq9_difficulty": {"2"}}
	for i := 1; i <= 9; i++ {
		form.Set("phq9_"+itoa(int64(i)), "0")
	}
	resp, _ := a.stranger().post(link, form)
	wantRedirect(t, resp, "/checkin/thanks")
	_, body := a.get(clientPath)
	if !strings.Contains(body, "0 of 27") || !strings.Contains(body, "does not apply") || strings.Contains(body, "Very difficult") {
		t.Errorf("a total of 0 shows the closing question's answer")
	}
}
