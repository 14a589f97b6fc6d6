package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// printBudget is how many pages a session of n utterances may print on,
// transcript included: four for up to 36 utterances (the target is a
// session of thirty), and one more for each further 36.
func printBudget(n int) int { return 4 + (n-1)/36 }

// papers are the sizes a report is printed on, in inches.
var papers = []struct {
	name          string
	width, height float64
}{
	{"letter", 8.5, 11},
	{"A4", 8.27, 11.69},
}

// pdfPage matches one page object of a PDF, not the /Pages tree above them.
var pdfPage = regexp.MustCompile(`/Type\s*/Page\b`)

// overflows lists, in the page, every table wider than the box that holds
// it and everything that sticks out of a card, except inside a box made to
// scroll sideways (the timeline); and says so when the page itself scrolls
// sideways.
const overflows = `(() => {
  const out = [], root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) out.push("the page scrolls sideways: " + root.scrollWidth + " px");
  const name = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (typeof e.className === "string" && e.className ? "." + e.className.trim().split(/\s+/).join(".") : "");
  document.querySelectorAll("table").forEach(t => {
    const box = t.parentElement;
    if (t.getBoundingClientRect().width > box.clientWidth + 1) out.push(name(t) + " is wider than its " + name(box));
  });
  document.querySelectorAll(".card, .guideline, .moment, .tile a, .score").forEach(c => {
    const right = c.getBoundingClientRect().right;
    c.querySelectorAll("*").forEach(d => {
      const s = d.closest(".scroll");
      if (s && c.contains(s)) return;
      const r = d.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 1) out.push(name(d) + " sticks out of " + name(c));
    });
  });
  return [...new Set(out)];
})()`

// TestExampleReportsInBrowser opens every example report (the HTML golden
// files) in Chromium: at phone and desktop width nothing sticks out of its
// box and every table reflows to fit, and the printed report, on letter and
// A4 paper, takes no more pages than printBudget allows.
func TestExampleReportsInBrowser(t *testing.T) {
	t.Parallel() // mostly waits on Chromium: overlap it with the other slow tests
	if testing.Short() {
		t.Skip("opens a browser")
	}
	// Full-page pictures of long reports are slow to take: only when asked.
	keep := os.Getenv("ALLY_SCREENSHOTS") != ""
	goldens, err := filepath.Glob(filepath.Join("testdata", "*.html.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no HTML golden files (%v)", err)
	}
	dir := t.TempDir()
	b := newTab(t, "file://"+dir+"/")
	for _, golden := range goldens {
		name := strings.TrimSuffix(filepath.Base(golden), ".golden")
		data, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		utterances := strings.Count(string(data), `<li id="u`)
		budget := printBudget(utterances)
		b.open(name, "#transcript")
		for _, w := range screenWidths {
			opts := []chromedp.EmulateViewportOption{}
			if w.mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			b.do(name+" at "+w.name+" width", chromedp.EmulateViewport(w.width, w.height, opts...))
			found, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]string](overflows))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range found {
				t.Errorf("%s at %d px: %s", name, w.width, f)
			}
			if keep {
				b.save(name+"-"+w.name, "")
			}
		}
		b.do("back to the desktop width", chromedp.EmulateViewport(screenWidths[0].width, screenWidths[0].height))

		for _, paper := range papers {
			pdf, err := chromedp.Run(b.ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
				r, err := cdp.Call(ctx, tg, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: paper.width, PaperHeight: paper.height})
				return r.Data, err
			}))
			if err != nil {
				t.Fatalf("print %s on %s: %v", name, paper.name, err)
			}
			if n := len(pdfPage.FindAll(pdf, -1)); n > budget {
				t.Errorf("%s (%d utterances) prints on %d %s pages, want at most %d", name, utterances, n, paper.name, budget)
			} else {
				t.Logf("%s prints on %d %s pages", name, n, paper.name)
			}
			if keep {
				if err := os.WriteFile(filepath.Join(b.shots, name+"-"+paper.name+".pdf"), pdf, 0o644); err != nil {
					t.Error(err)
				}
			}
		}
	}
}
