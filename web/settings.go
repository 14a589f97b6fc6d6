package web

import (
	"net/http"
	"strings"

	"github.com/ally-mi/ally"
)

// settingsPage holds the professional's settings: for now, tender spots.
type settingsPage struct {
	layout
	TenderSpots string
	Error       string
	Saved       bool
	// NewAPIToken is a token just created, shown this once.
	NewAPIToken string
}

func (s *Server) handleSettings(w http.ResponseWriter, r *http.Request) {
	me := ally.ProfessionalFromContext(r.Context())
	s.render(w, r, http.StatusOK, "settings", &settingsPage{layout: layout{Title: "Settings"},
		TenderSpots: strings.Join(me.TenderSpots, ", "), Saved: r.URL.Query().Has("saved")})
}

func (s *Server) handleSettingsSave(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	me := ally.ProfessionalFromContext(ctx)
	input := r.PostFormValue("tender_spots")
	spots := splitList(input)
	// The engine refuses a spot it could not measure; ask it before storing.
	_, err := s.svc.Analyzer.AnalyzeTranscript(ctx, &ally.Transcript{}, ally.AnalyzeOptions{KeepCodes: true, TenderSpots: spots})
	if err == nil {
		err = s.svc.Professionals.UpdateTenderSpots(ctx, me.ID, spots)
	}
	if ally.ErrorCode(err) == ally.EINVALID {
		s.render(w, r, http.StatusBadRequest, "settings", &settingsPage{layout: layout{Title: "Settings"},
			TenderSpots: input, Error: ally.ErrorMessage(err)})
		return
	} else if err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, "/settings?saved")
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
