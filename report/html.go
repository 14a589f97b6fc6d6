package report

import (
	"bytes"
	"embed"
	"html/template"
	"io"
	"strconv"

	"github.com/ally-mi/ally"
)

// htmlFiles holds the templates and the style sheet of the HTML reports.
//
//go:embed html/*.tmpl html/style.css
var htmlFiles embed.FS

// templates are parsed once, when the program starts; a broken template is
// a bug in the build and stops it at once rather than at the first report.
var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"css":      func() template.CSS { return styleSheet() },
	"markNote": func() string { return markNote },
	"n":        func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
	"pct":      percent,
	"plus":     func(a, b float64) float64 { return a + b },
	"sub":      func(a, b float64) float64 { return a - b },
}).ParseFS(htmlFiles, "html/*.tmpl"))

// styleSheet returns the report's CSS, inlined in every page so the file
// stands alone: no request leaves it, not even for a font.
func styleSheet() template.CSS {
	b, err := htmlFiles.ReadFile("html/style.css")
	if err != nil {
		panic(err) // embedded at build time, so it is always there
	}
	return template.CSS(b)
}

// HTMLOptions frame an HTML report for where it is read.
type HTMLOptions struct {
	// Title names the session; "" is the transcript's name.
	Title string
	// TenderSpotsHint tells the reader where they name their tender spots,
	// shown when guideline 1 could not be measured ("Name yours with
	// --tender-spots." on the command line, a settings page in the app).
	TenderSpotsHint string
	// Corrected are the utterances whose code a professional corrected:
	// the transcript marks them so, in place of the coder's confidence.
	Corrected map[int]bool
	// NoForm, when not nil, returns what to show beneath each client "no"
	// of the session (not repeated in a group session's client cards): the
	// app puts there a form that logs the "no" as the answer to an offer.
	// The standalone report leaves it nil.
	NoForm func(ally.No) template.HTML
}

// HTML writes the report of one coded transcript and its analysis (which
// may be nil) as one self-contained HTML page: inline CSS and SVG, no
// scripts and no external requests, readable on a phone and in print. The
// page is written as it is rendered; on failure a *bytes.Buffer is cut back
// to what it held, another writer may hold part of the page.
func HTML(w io.Writer, t *ally.Transcript, a *ally.Analysis, opt HTMLOptions) error {
	return execute(w, "session", newSessionPage(t, a, opt))
}

// HTMLFragment writes the same report without its document: the header,
// main part and footer, for a page that embeds it and links StyleSheet.
func HTMLFragment(w io.Writer, t *ally.Transcript, a *ally.Analysis, opt HTMLOptions) error {
	return execute(w, "sessionBody", newSessionPage(t, a, opt))
}

// StyleSheet returns the CSS of the HTML report, for a page that embeds
// HTMLFragment.
func StyleSheet() []byte { return []byte(styleSheet()) }

// summaryPage is the HTML summary of many sessions.
type summaryPage struct {
	IDs      []string
	Sessions []summaryRow
	Failures []Failure
}

type summaryRow struct {
	Name, Practitioner  string
	Utterances, Clients int
	Score               string
	Badge               badge
	Guidelines          []summaryCell
	ChangeTalk, Ratio   string
}

type summaryCell struct {
	ID, Name, Score string
	Badge           badge
}

// SummaryHTML writes a summary of many sessions as one self-contained HTML
// page: a table with each session's score and guideline statuses, then the
// failures.
func SummaryHTML(w io.Writer, sessions []ally.SessionSummary, failures []Failure) error {
	p := summaryPage{IDs: guidelineIDs(), Failures: failures}
	for _, s := range sessions {
		r := summaryRow{Name: s.Name, Practitioner: s.Practitioner, Utterances: s.Utterances, Clients: s.Clients,
			Score: scoreText(s.Score), Badge: newBadge(scoreStatus(s.Score)),
			ChangeTalk: orDash(s.ChangeTalk, "%.0f%%"), Ratio: orDash(s.ReflectionsPerQuestion, "%.2f")}
		for _, id := range guidelineIDs() {
			g, ok := s.Guideline(id)
			if !ok {
				g = ally.GuidelineSummary{ID: id, Status: ally.StatusNotApplicable}
			}
			r.Guidelines = append(r.Guidelines, summaryCell{ID: id, Name: g.Name, Score: scoreText(g.Score), Badge: newBadge(g.Status)})
		}
		p.Sessions = append(p.Sessions, r)
	}
	return execute(w, "summary", p)
}

// execute renders a page into w as it goes: a long session's page is tens
// of megabytes, and a copy of it in memory would double what a report
// costs. A page for a buffer is cut back to what the buffer held when it
// fails; other writers may be left with part of it, so a caller that must
// never show half a page writes to a buffer or a temporary file.
func execute(w io.Writer, name string, data any) error {
	b, isBuf := w.(*bytes.Buffer)
	n := 0
	if isBuf {
		n = b.Len()
	}
	if err := templates.ExecuteTemplate(w, name, data); err != nil {
		if isBuf {
			b.Truncate(n)
		}
		return ally.Errorf(ally.EINTERNAL, "render the %s page: %v", name, err)
	}
	return nil
}
