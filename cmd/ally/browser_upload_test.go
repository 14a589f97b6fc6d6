package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestBrowserUploadTooLarge uploads a transcript three times the limit
// through the session page's form, as a browser on a slow line would: the
// browser must show the page that says the limit, not "connection reset".
// Chromium on Linux reads an answer that came before a reset, so it shows
// the page even from a server that closes mid-body; web's
// TestUploadTooLargeReadThrough proves that the server reads the body
// through, which browsers elsewhere need.
func TestBrowserUploadTooLarge(t *testing.T) {
	t.Parallel() // mostly waits on other processes: overlap it with the other slow tests
	big := filepath.Join(t.TempDir(), "long.txt")
	line := []byte("Counsellor: How was the week?\nClient: Long.\n")
	if err := os.WriteFile(big, bytes.Repeat(line, 3<<20/len(line)+1), 0o644); err != nil {
		t.Fatal(err)
	}
	base, _, _ := MustServe(t, nil, "--data", t.TempDir(), "--max-upload", "1")
	b := newTab(t, base)
	const password = "quiet river at dawn 42"
	b.open("/", "form[action='/setup']")
	b.fill("#name", "Robin Vale", "#email", "robin@example.org", "#password", password, "#password2", password)
	b.submit("form[action='/setup'] button", "a[href='/clients/new']")
	b.open("/clients/new", "form[action='/clients']")
	b.fill("#name", "Ada Park")
	b.submit("form[action='/clients'] button", "#consent")
	b.fill("#given", "2026-03-01", "#consent-note", "signed form")
	b.submit("form[action$='/consent'] button", "#consent .badge.good")
	b.fill("#date", "2026-03-14")
	b.submit("form[action$='/sessions'] button", "#upload")
	sessionPath := b.path()

	// Over loopback the whole file would sit in the sockets' buffers at
	// once; at 4 MB/s it is still being sent when a server that answered
	// at once would close the connection, half a second later.
	b.do("slow the upload", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{DownloadThroughput: -1, UploadThroughput: 4 << 20}}})
		return err
	}))
	b.do("choose the transcript", chromedp.SetUploadFiles(chromedp.CSS("#transcript"), []string{big}))
	b.submit("#upload button", "main h1")
	if got, want := b.path(), sessionPath+"/transcript"; got != want {
		t.Errorf("after the upload: got %s, want the app's answer on %s", got, want)
	}
	if got := b.text("main .card"); !strings.Contains(got, "larger than 1 MB") {
		t.Errorf("after the upload: got %q, want the page that says the limit", got)
	}
}
