package web

import (
	"net/http"
	"strings"
)

// settingsPage holds the professional's settings. Their tender spots are
// edited in the journal; settings says where.
type settingsPage struct {
	layout
	// NewAPIToken is a token just created, shown this once.
	NewAPIToken string
}

func (s *Server) handleSettings(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "settings", &settingsPage{layout: layout{Title: "Settings"}})
}

// splitList splits a comma-separated list, dropping blanks.
func splitList(v string) []string {
	var out []string
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
