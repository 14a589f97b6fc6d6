package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// screenWidths are the widths every page is photographed at: a laptop and
// a phone.
var screenWidths = []struct {
	name          string
	width, height int64
	mobile        bool
}{
	{"desktop", 1280, 900, false},
	{"phone", 390, 844, true},
}

// tab drives one browser tab through the app and photographs its pages.
type tab struct {
	t     *testing.T
	ctx   context.Context
	base  string
	shots string
	n     int
}

// do runs the steps and fails the test at the first error.
func (b *tab) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// open loads path and waits for the element sel of the page it ends on.
func (b *tab) open(path, sel string) {
	b.t.Helper()
	b.do("open "+path, chromedp.Navigate(b.base+path), chromedp.WaitVisible(chromedp.CSS(sel)))
}

// submit clicks the button and waits for sel on the page that follows.
// The page being left is marked first, so sel is only found on the next
// one even when both pages have it.
func (b *tab) submit(button, sel string) {
	b.t.Helper()
	b.do("submit "+button,
		chromedp.Evaluate[chromedp.Void](`document.documentElement.dataset.left = "yes"`),
		chromedp.Click(chromedp.CSS(button)),
		chromedp.WaitVisible(chromedp.CSS("html:not([data-left]) "+sel)),
	)
}

// fill sets the form fields, by CSS selector, to their values.
func (b *tab) fill(fields ...string) {
	b.t.Helper()
	var steps []chromedp.Action[chromedp.Void]
	for i := 0; i+1 < len(fields); i += 2 {
		steps = append(steps, chromedp.SetValue(chromedp.CSS(fields[i]), fields[i+1]))
	}
	b.do("fill the form", steps...)
}

// text returns the text of the element sel.
func (b *tab) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// value returns the value of the form field sel.
func (b *tab) value(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Value(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("value of %s: %v", sel, err)
	}
	return s
}

// attr returns the attribute name of the element sel.
func (b *tab) attr(sel, name string) string {
	b.t.Helper()
	attrs, err := chromedp.Run(b.ctx, chromedp.Attributes(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("attributes of %s: %v", sel, err)
	}
	return attrs[name]
}

// outer returns the HTML of the element sel, itself included.
func (b *tab) outer(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.OuterHTML(chromedp.CSS(sel)))
	if err != nil {
		b.t.Fatalf("HTML of %s: %v", sel, err)
	}
	return s
}

// path returns the path of the page the tab is on.
func (b *tab) path() string {
	b.t.Helper()
	loc, err := chromedp.Run(b.ctx, chromedp.Location())
	if err != nil {
		b.t.Fatal(err)
	}
	u, err := url.Parse(loc)
	if err != nil {
		b.t.Fatal(err)
	}
	return u.Path
}

// shot saves a screenshot of the element sel, or of the whole page when
// sel is "", at each of screenWidths, numbered in the order of the flow so
// the files read as its story. At phone width it also fails the test when
// the page scrolls sideways, which no page should.
func (b *tab) shot(name, sel string) {
	b.t.Helper()
	b.n++
	for _, w := range screenWidths {
		opts := []chromedp.EmulateViewportOption{}
		if w.mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		b.do("screen "+w.name, chromedp.EmulateViewport(w.width, w.height, opts...))
		if w.mobile {
			wide, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](
				`document.documentElement.scrollWidth > document.documentElement.clientWidth`))
			if err != nil {
				b.t.Fatal(err)
			} else if wide {
				b.t.Errorf("%s scrolls sideways at %d px wide", name, w.width)
			}
		}
		b.save(fmt.Sprintf("%02d-%s-%s", b.n, name, w.name), sel)
	}
	b.do("back to the desktop width", chromedp.EmulateViewport(screenWidths[0].width, screenWidths[0].height))
}

// printShot saves a screenshot of the whole page as it prints.
func (b *tab) printShot(name string) {
	b.t.Helper()
	b.n++
	media := func(m string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
			return err
		})
	}
	b.do("print media", media("print"))
	b.save(fmt.Sprintf("%02d-%s-print", b.n, name), "")
	b.do("screen media", media(""))
}

// save writes the screenshot of sel, or of the page, to name.png.
func (b *tab) save(name, sel string) {
	b.t.Helper()
	shoot := chromedp.FullScreenshot(100)
	if sel != "" {
		shoot = chromedp.Screenshot(chromedp.CSS(sel))
	}
	png, err := chromedp.Run(b.ctx, shoot)
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// newTab starts a headless Chromium on a fresh profile and returns a tab
// on base. It skips the test when no Chromium is installed.
func newTab(t *testing.T, base string) *tab {
	t.Helper()
	exe := findChromium()
	if exe == "" {
		t.Skip("no chromium, chromium-browser or google-chrome found on PATH or at /usr/bin/chromium: install Chromium to run the browser test")
	}
	shots := os.Getenv("ALLY_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	// A bound on the whole flow, so a browser that hangs fails the test
	// instead of stalling CI; the flow itself takes seconds.
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	t.Cleanup(cancel)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	t.Cleanup(cancelAlloc)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelTab)
	b := &tab{t: t, ctx: tabCtx, base: base, shots: shots}
	b.do("start chromium", chromedp.EmulateViewport(screenWidths[0].width, screenWidths[0].height))
	t.Logf("screenshots in %s", shots)
	return b
}

// TestBrowser goes through a new professional's first session in a real
// browser: the pages as served, forms as a browser submits them, and
// screenshots of each page at desktop and phone width.
func TestBrowser(t *testing.T) {
	t.Parallel() // mostly waits on other processes: overlap it with the other slow tests
	vtt, err := filepath.Abs("../../examples/zoom-alcohol.vtt")
	if err != nil {
		t.Fatal(err)
	}
	base, _, _ := MustServe(t, nil, "--data", t.TempDir())
	b := newTab(t, base)
	const password = "quiet river at dawn 42"

	// First run: any page leads to creating the owner's account.
	b.open("/", "form[action='/setup']")
	if got := b.path(); got != "/setup" {
		t.Fatalf("first page: got %s, want /setup", got)
	}
	b.shot("setup", "")
	b.fill("#name", "Robin Vale", "#email", "robin@example.org", "#password", password, "#password2", "not the same password")
	b.submit("form[action='/setup'] button", "#password2[aria-invalid=true]")
	if got := b.value("#name"); got != "Robin Vale" {
		t.Errorf("the name typed before the error: got %q, want it kept", got)
	}
	if got := b.text("#" + b.attr("#password2", "aria-describedby")); !strings.Contains(got, "differ") {
		t.Errorf("the error of the second password is not tied to it: %q", got)
	}
	b.shot("setup-error", "")
	b.fill("#password", password, "#password2", password)
	b.submit("form[action='/setup'] button", "a[href='/clients/new']")
	b.shot("clients-empty", "")

	// A client, and their consent.
	b.open("/clients/new", "form[action='/clients']")
	b.shot("client-new", "")
	b.fill("#name", "Ada Park", "#contact", "ada@example.org")
	b.submit("form[action='/clients'] button", "#consent")
	clientPath := b.path()
	b.shot("client", "")
	b.fill("#given", "2026-03-01", "#consent-note", "signed form at intake")
	b.submit("form[action$='/consent'] button", "#consent .badge.good")
	if got := b.text("#consent .badge"); !strings.Contains(got, "Given 1 Mar 2026") {
		t.Errorf("consent: got %q, want it given on 1 Mar 2026", got)
	}
	b.shot("client-consent", "")

	// A session, and its Zoom transcript.
	b.fill("#date", "2026-03-14")
	b.submit("form[action$='/sessions'] button", "#upload")
	sessionPath := b.path()
	b.shot("session-new", "")
	b.do("choose the transcript", chromedp.SetUploadFiles(chromedp.CSS("#transcript"), []string{vtt}))
	b.submit("#upload button", "#report #scorecard")
	if got := b.text("#report h1"); got != "Ada Park" {
		t.Errorf("report title: got %q, want the client's name", got)
	}
	b.shot("session-report", "")

	// Correct a client utterance from change talk to sustain talk: its code
	// and the analysis built on it change.
	idx, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](
		`[...document.querySelectorAll("#utterance option")].find(o => o.text.includes("(change")).value`))
	if err != nil {
		t.Fatalf("no change-talk utterance to correct: %v", err)
	}
	codeSel := "#report #u" + idx + " .code"
	if got := b.text(codeSel); !strings.HasPrefix(got, "change") {
		t.Fatalf("utterance #%s before correcting: got %q, want change talk", idx, got)
	}
	timeline := b.outer("#report #timeline")
	b.fill("#utterance", idx, "#code", "sustain")
	b.submit("#correct button", "#correct h3")
	if got := b.text(codeSel); !strings.HasPrefix(got, "sustain") {
		t.Errorf("utterance #%s after correcting: got %q, want sustain talk", idx, got)
	}
	if b.outer("#report #timeline") == timeline {
		t.Errorf("the timeline did not change when change talk was corrected to sustain talk")
	}
	b.shot("session-corrected", "#correct")

	// A SOAP note and a private note.
	b.fill("#section0", "Evenings are hard.", "#section1", "Calm, engaged.", "#section2", "Ambivalent about the weekends.", "#section3", "Walk on Tuesday.")
	b.submit("#note button", "#note p.small:last-child")
	b.fill("#private-note", "I rushed her at the end.")
	b.submit("#private button", "#private p.small:last-child")
	if got := b.outer("#section3"); !strings.Contains(got, "Walk on Tuesday.") {
		t.Errorf("SOAP plan not kept: %s", got)
	}
	if got := b.outer("#private-note"); !strings.Contains(got, "I rushed her at the end.") {
		t.Errorf("private note not kept: %s", got)
	}
	b.shot("session-notes", "#report ~ .app")
	b.printShot("session")

	b.open("/settings", "#tender_spots")
	b.shot("settings", "")
	b.open("/", "a[href='"+clientPath+"']")
	b.shot("clients", "")

	// Signing out leaves no page within reach.
	b.submit("form[action='/signout'] button", "form[action='/signin']")
	b.shot("signin", "")
	for _, path := range []string{"/", "/clients/new", clientPath, sessionPath, "/settings"} {
		b.open(path, "form[action='/signin']")
		if got := b.path(); got != "/signin" {
			t.Errorf("after signing out, %s: got %s, want /signin", path, got)
		}
		if body := b.outer("body"); strings.Contains(body, "Ada Park") {
			t.Errorf("after signing out, %s shows the client", path)
		}
	}
}
