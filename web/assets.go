package web

import (
	_ "embed"
	"net/http"

	"github.com/ally-mi/ally/report"
)

// appCSS styles the app's own pages; the report's style sheet comes first
// and gives them its palette.
//
//go:embed assets/app.css
var appCSS []byte

func (s *Server) handleAppCSS(w http.ResponseWriter, r *http.Request) { serveCSS(w, appCSS) }

func (s *Server) handleReportCSS(w http.ResponseWriter, r *http.Request) {
	serveCSS(w, report.StyleSheet())
}

// serveCSS writes a style sheet, cacheable for an hour: it changes only
// with the binary.
func serveCSS(w http.ResponseWriter, css []byte) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(css)
}
