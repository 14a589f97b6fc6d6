package web

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// htmlFiles holds the page templates: layout.tmpl frames every page, each
// other file of html/ defines one page's "content", and each file of
// html/parts/ defines sections that pages include by name. The pages a
// client opens without an account are framed by public_layout.tmpl.
//
//go:embed html/*.tmpl html/parts/*.tmpl
var htmlFiles embed.FS

// pages are the parsed templates, one set per page, parsed once at start.
type pages struct {
	byName map[string]*template.Template
}

// pageNames are the pages, each the name of its file in html/.
var pageNames = []string{"setup", "signin", "error", "clients", "client_new", "client", "session", "settings",
	"journal", "map", "worksheets", "client_trends", "trends", "checkin", "before"}

// publicLayout names the pages framed for a visitor with no account: no
// link into the app, which would only lead them to a sign-in page.
var publicLayout = map[string]bool{"checkin": true}

// fragmentNames are templates rendered on their own, into a page's data:
// each file defines the template of its name.
var fragmentNames = []string{"offer_no"}

// mustParsePages parses every page with the layout; a template that does
// not parse is a bug in the build, so it panics at start-up.
func mustParsePages() *pages {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range pageNames {
		t := template.New(name).Funcs(templateFuncs())
		frame := "html/layout.tmpl"
		if publicLayout[name] {
			frame = "html/public_layout.tmpl"
		}
		p.byName[name] = template.Must(t.ParseFS(htmlFiles, frame, "html/parts/*.tmpl", "html/"+name+".tmpl"))
	}
	for _, name := range fragmentNames {
		t := template.New(name).Funcs(templateFuncs())
		p.byName[name] = template.Must(t.ParseFS(htmlFiles, "html/"+name+".tmpl"))
	}
	return p
}

func templateFuncs() template.FuncMap {
	return template.FuncMap{
		"date":        func(t time.Time) string { return t.Format("2 Jan 2006") },
		"datetime":    func(t time.Time) string { return t.Format("2 Jan 2006, 15:04") },
		"isodate":     func(t time.Time) string { return t.Format("2006-01-02") },
		"status":      statusLabel,
		"sections":    ally.NoteSections,
		"join":        strings.Join,
		"upper":       func(f ally.NoteFormat) string { return strings.ToUpper(string(f)) },
		"rulerAnswer": newRulerAnswer,
		"at": func(list []string, i int) string {
			if i < len(list) {
				return list[i]
			}
			return ""
		},
	}
}

// statusLabel is a session status in words.
func statusLabel(st ally.SessionStatus) string {
	switch st {
	case ally.SessionAttended:
		return "attended"
	case ally.SessionCancelled:
		return "cancelled"
	case ally.SessionNoShow:
		return "no-show"
	}
	return "scheduled"
}

// layout is what every page shows around its content.
type layout struct {
	Title string
	// Me is the signed-in professional, nil on the sign-in pages.
	Me *ally.Professional
}

func (l *layout) base() *layout { return l }

// page is a page's data: a typed struct embedding layout.
type page interface{ base() *layout }

// fieldErrors hold a form's errors by field name, shown next to each field.
type fieldErrors map[string]string

// render writes the page name with data and status. It renders in memory
// first, so a template error never leaves half a page behind.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data page) {
	s.renderSplice(w, r, status, name, data, "", nil)
}

// renderSplice writes the page name as render does, with part written in
// place of the first marker the page holds (none when marker is empty).
// part is written as it is: it must be HTML rendered safely already, and
// it is not copied into the page, which matters when it is large.
func (s *Server) renderSplice(w http.ResponseWriter, r *http.Request, status int, name string, data page, marker template.HTML, part []byte) {
	data.base().Me = ally.ProfessionalFromContext(r.Context())
	var buf bytes.Buffer
	err := s.pages.byName[name].ExecuteTemplate(&buf, "layout", data)
	head, tail := buf.Bytes(), []byte(nil)
	if err == nil && marker != "" {
		var ok bool
		if head, tail, ok = bytes.Cut(head, []byte(marker)); !ok {
			err = errors.New("the page has no place for its spliced part")
		}
	}
	if err != nil {
		s.cfg.Logger.Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	for _, b := range [][]byte{head, part, tail} {
		if _, err := w.Write(b); err != nil {
			return
		}
	}
}
