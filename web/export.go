package web

import (
	"bytes"
	"net/http"
	"strconv"

	"github.com/ally-mi/ally/export"
)

// handleExportCoded downloads the signed-in professional's sessions with
// their corrected codes as the coded CSV ally train reads. The file is
// built whole first, so a failure is an error page, not half a file.
func (s *Server) handleExportCoded(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	if _, err := export.CodedCSV(r.Context(), &b, s.svc.Clients, s.svc.Sessions); err != nil {
		s.Error(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="ally-coded-`+s.cfg.Now().Format("2006-01-02")+`.csv"`)
	h.Set("Content-Length", strconv.Itoa(b.Len()))
	// Clients' words: kept out of shared and browser caches.
	h.Set("Cache-Control", "no-store")
	w.Write(b.Bytes())
}
