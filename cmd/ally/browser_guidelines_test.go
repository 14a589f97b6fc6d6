package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserGuidelines goes through the guidelines' pages in a real
// browser as a counsellor meets them between sessions: tender spots in the
// journal and a session flagged for one, a reflection, an offer the client
// said no to and a "no" logged from the report, a check-in link answered
// by the client in a browser of their own with PHQ-9, its answer, flag and
// trend chart, a worksheet, and a need heard in the session confirmed on
// the two-clients map. Every page is photographed at desktop and phone
// width.
func TestBrowserGuidelines(t *testing.T) {
	t.Parallel() // mostly waits on other processes: overlap it with the other slow tests
	vtt, err := filepath.Abs("../../examples/zoom-alcohol.vtt")
	if err != nil {
		t.Fatal(err)
	}
	base, _, _ := MustServe(t, nil, "--data", t.TempDir())
	b := newTab(t, base)
	const password = "quiet river at dawn 42"

	// The owner's account, from the first-run form.
	b.open("/", "form[action='/setup']")
	b.fill("#name", "Robin Vale", "#email", "robin@example.org", "#password", password, "#password2", password)
	b.submit("form[action='/setup'] button", "a[href='/clients/new']")

	// Guideline 1: tender spots first, so the session is read with them.
	// "drinking" is met by the client's "a few beers with the guys".
	b.open("/journal", "#tender_spots")
	b.fill("#tender_spots", "drinking")
	b.submit("form[action='/journal/tender-spots'] button", "#tender-spots [role=status]")
	if got := b.value("#tender_spots"); got != "drinking" {
		t.Errorf("tender spots after saving: got %q, want drinking", got)
	}

	// A client with consent, a goal, and a session with its transcript.
	b.open("/clients/new", "form[action='/clients']")
	b.fill("#name", "Sam Okafor", "#contact", "sam@example.org")
	b.submit("form[action='/clients'] button", "#consent")
	clientPath := b.path()
	b.fill("#given", "2026-03-01")
	b.submit("form[action$='/consent'] button", "#consent .badge.good")
	b.fill("#goal-title", "Weekends that leave Saturdays free")
	b.submit("form[action$='/goals'] button", "#two-clients a[href$='/map']")
	mapPath := b.attr("#two-clients a[href$='/map']", "href")
	b.fill("#date", "2026-03-14")
	b.submit("form[action$='/sessions'] button", "#upload")
	sessionPath := b.path()
	b.do("choose the transcript", chromedp.SetUploadFiles(chromedp.CSS("#transcript"), []string{vtt}))
	b.submit("#upload button", "#report #scorecard")

	// The session is flagged for the tender spot, linked to its moment.
	if got := b.text(".tender-flag"); !strings.Contains(got, "“drinking”") {
		t.Errorf("tender-spot flag: got %q, want it to name “drinking”", got)
	}
	anchor := b.attr(".tender-flag a[href^='#']", "href")
	if n, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](`document.querySelectorAll("[id='`+strings.TrimPrefix(anchor, "#")+`']").length`)); err != nil || n != 1 {
		t.Errorf("the flag's link %s leads to no moment of the page (%d, %v)", anchor, n, err)
	}
	b.shot("session-tender-flag", ".app:has(> .tender-flag)")

	// Guideline 5: the client's "no" heard in the session is logged as an
	// offer's answer from its moment, in one step.
	// Sam's "The water thing, no way" answers Dana's offer of water
	// between drinks.
	noID, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](
		`[...document.querySelectorAll("#report .log-no")].find(f => document.getElementById("u" + f.id.slice(3)).textContent.includes("water")).id`))
	if err != nil {
		t.Fatalf("the report has no form to log the no to water: %v", err)
	}
	no := "#" + noID
	b.do("open the log-no form", chromedp.Click(chromedp.CSS(no+" summary")), chromedp.WaitVisible(chromedp.CSS(no+"-what")))
	b.fill(no+"-what", "Alternating with water")
	b.shot("session-log-no", "li:has(> "+no+")")
	b.submit(no+" form button", no+" .answer.no")
	if got := b.text(no); !strings.Contains(got, "In the offers log") || !strings.Contains(got, "Alternating with water") {
		t.Errorf("the logged no: got %q, want it in the offers log", got)
	}

	// The journal lists the touched session, and takes a reflection.
	b.open("/journal", "#touched ol.touched")
	if got := b.text("#touched"); !strings.Contains(got, "Sam Okafor") || !strings.Contains(strings.ToLower(got), "you responded") {
		t.Errorf("journal: the touched session is not listed with the response:\n%s", got)
	}
	if got := b.attr("#touched .touched-head a", "href"); got != sessionPath {
		t.Errorf("journal links the touched session as %q, want %s", got, sessionPath)
	}
	b.fill("#reflection", "Sam's beers with the guys took me back to my father's Fridays. I slowed down; next time, notice it sooner.")
	b.submit("form[action='/journal/reflections'] button", "#entries .entry-text")
	if got := b.text("#entries .entry-text"); !strings.Contains(got, "my father's Fridays") {
		t.Errorf("the reflection listed: got %q", got)
	}
	b.shot("journal", "")

	// An offer the client said no to shows as respected, beside the no
	// logged from the session.
	b.open(clientPath, "#offers")
	b.fill("#offer-what", "A drinks diary for the week")
	b.do("answer no", chromedp.Click(chromedp.CSS("form[action$='/offers'] input[name=answer][value=no]")))
	b.submit("form[action$='/offers'] button", "#curious h3")
	curious := b.text("#curious")
	for _, want := range []string{"“No”s that were respected", "A drinks diary for the week", "Alternating with water"} {
		if !strings.Contains(curious, want) {
			t.Errorf("things to be curious about lack %q:\n%s", want, curious)
		}
	}
	if got := b.text("#offers ul.offers"); strings.Count(got, "Said no — respected") != 2 {
		t.Errorf("the offers log does not show both noes as respected:\n%s", got)
	}

	// A check-in link asking PHQ-9, read from the page.
	b.do("ask PHQ-9", chromedp.Click(chromedp.CSS("#ask_phq9")))
	b.submit("form[action$='/checkins'] button", "#checkin_url")
	link := b.value("#checkin_url")
	if !strings.HasPrefix(link, base+"/checkin/") {
		t.Fatalf("check-in link %q is not under %s", link, base)
	}
	b.shot("client-offers-checkin-link", "")

	// The client answers in a browser of their own: a fresh profile, no
	// cookies, nothing of the professional's session.
	c := newTab(t, base)
	c.n = b.n
	c.open(strings.TrimPrefix(link, base), "main.checkin form")
	if body := c.text("body"); strings.Contains(body, "Sam Okafor") || !strings.Contains(body, "Robin Vale") {
		t.Errorf("the check-in page shows the client's name, or not the professional's")
	}
	c.fill("#did_not_fit", "Counting drinks felt like being watched.")
	pick := func(name, value string) chromedp.Action[chromedp.Void] {
		return chromedp.Click(chromedp.CSS("label:has(> input[name=" + name + "][value='" + value + "'])"))
	}
	answers := []chromedp.Action[chromedp.Void]{pick("importance", "8"), pick("confidence", "5")}
	for i := 1; i <= 9; i++ {
		answers = append(answers, pick("phq9_"+strconv.Itoa(i), "1"))
	}
	c.do("answer the rulers and PHQ-9", answers...)
	c.shot("checkin-form", "")
	c.submit("main.checkin form button[type=submit]", "main.checkin h1")
	if got, want := c.path(), "/checkin/thanks"; got != want {
		t.Errorf("after answering: got %s, want %s", got, want)
	}
	c.shot("checkin-thanks", "")
	c.open(strings.TrimPrefix(link, base), "main.checkin h1")
	if got := c.text("main.checkin h1"); got != "This link cannot be used" {
		t.Errorf("the used link again: got %q", got)
	}
	b.n = c.n

	// Back with the professional: the flag on the home page and the client
	// page, the answer, and the flag gone once acknowledged.
	b.open("/", ".flag")
	if got := b.text(".flag"); !strings.Contains(got, "Sam Okafor") || !strings.Contains(got, "Several days") {
		t.Errorf("home page flag: got %q", got)
	}
	b.shot("home-flag", "")
	b.open(clientPath, "#checkins article.checkin-answers")
	if got := b.text(".flag"); !strings.Contains(got, "Several days") {
		t.Errorf("client page flag: got %q", got)
	}
	answer := b.text("#checkins article.checkin-answers")
	for _, want := range []string{"Counting drinks felt like being watched.", "9 of 27", "mild", "Several days"} {
		if !strings.Contains(answer, want) {
			t.Errorf("the answered check-in lacks %q:\n%s", want, answer)
		}
	}
	b.shot("client-checkin-answer", "")
	b.submit(".flag form button", "#checkins article.checkin-answers")
	if n, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](`document.querySelectorAll(".flag").length`)); err != nil || n != 0 {
		t.Errorf("after acknowledging, %d flags on the client page (%v)", n, err)
	}
	b.open("/", "#new-checkins")
	if n, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](`document.querySelectorAll(".flag").length`)); err != nil || n != 0 {
		t.Errorf("after acknowledging, %d flags on the home page (%v)", n, err)
	}
	b.shot("home-notice", "")

	// The client's trends chart the PHQ-9 total; the professional's their
	// own work.
	b.open(clientPath+"/trends", "#phq9-section svg")
	if got := b.outer("#phq9-section"); !strings.Contains(got, "9 (mild)") {
		t.Errorf("the PHQ-9 chart's table lacks the total 9 (mild)")
	}
	b.shot("client-trends", "")
	b.open("/trends", ".charts svg")
	b.shot("trends", "")

	// Guideline 2: a worksheet filled in together.
	b.open(clientPath+"/worksheets", "#form form")
	b.fill("#behaviour", "A few beers with the guys on Fridays", "#gives_words", "I just want to switch off",
		"#costs", "Saturdays, and my daughter's game", "#would_have_to_be_true", "Another way to let go of the week")
	b.do("what it gives", chromedp.Click(chromedp.CSS("#form .need-grid .check label")))
	b.submit("#form form button", "#list article.worksheet")
	b.shot("worksheets", "")

	// Guideline 3: a need heard in the session, confirmed on the map with
	// its quote.
	b.open(mapPath, "#heard li.offer form")
	need := b.text("#heard li.offer .offer-head strong")
	quote := b.text("#heard li.offer blockquote")
	b.shot("map-heard", "")
	b.submit("#heard li.offer form button[name=to]", ".heard-on-map li")
	onMap := b.text(".heard-on-map")
	if !strings.Contains(onMap, need) || !strings.Contains(onMap, quote) {
		t.Errorf("the confirmed need %q with %s is not on the map:\n%s", need, quote, onMap)
	}
	b.shot("map", "")

	// Before the next session: what was said, what is open, and a
	// two-minute self-check that comes back to the page once saved.
	b.open(clientPath+"/before", "#self-check form")
	for sel, want := range map[string]string{"#last-moments": "Try:", "#open-noes": "Alternating with water",
		"#since": "9 of 27", "#both-sides": need, "#tender": "drinking"} {
		if got := b.text(sel); !strings.Contains(got, want) {
			t.Errorf("before the session, %s lacks %q: %s", sel, want, got)
		}
	}
	b.shot("before", "")
	b.printShot("before")
	b.fill("#alive", "Tired, and glad to see him.", "#touches", "His Fridays sound like my father's.")
	b.submit("#self-check form button", "#self-check .badge.good")
	if got := b.text("#self-check"); !strings.Contains(got, "His Fridays sound like my father's.") {
		t.Errorf("the saved self-check is not shown: %s", got)
	}
}
