package web

import (
	"net/http"

	"github.com/ally-mi/ally"
)

// handleAPITokenCreate gives the professional a new API token, replacing
// any earlier one, and shows it on the settings page this once: only its
// hash is kept, so it cannot be shown again.
func (s *Server) handleAPITokenCreate(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	me := ally.ProfessionalFromContext(ctx)
	token, err := s.svc.Professionals.CreateAPIToken(ctx, me.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	// The layout shows the account as it was before the token.
	me, err = s.svc.Professionals.FindProfessionalByID(ctx, me.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	r = r.WithContext(ally.NewContextWithProfessional(ctx, me))
	s.render(w, r, http.StatusOK, "settings", &settingsPage{layout: layout{Title: "Settings"}, NewAPIToken: token})
}

func (s *Server) handleAPITokenRevoke(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	me := ally.ProfessionalFromContext(ctx)
	if err := s.svc.Professionals.RevokeAPIToken(ctx, me.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, "/settings?revoked#api")
}
