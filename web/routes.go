package web

import (
	"net/http"
	"strconv"

	"github.com/ally-mi/ally"
)

// publicPaths are served to visitors who are not signed in; every other
// path sends them to the sign-in page. A path ending in "/" covers what is
// under it.
var publicPaths = []string{"/signin", "/setup", "/assets/"}

// routes returns the app's handler: every route, behind the middleware.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()

	mux.HandleFunc("GET /assets/app.css", s.handleAppCSS)
	mux.HandleFunc("GET /assets/report.css", s.handleReportCSS)

	mux.HandleFunc("GET /setup", s.handleSetup)
	mux.HandleFunc("POST /setup", s.handleSetupCreate)
	mux.HandleFunc("GET /signin", s.handleSignIn)
	mux.HandleFunc("POST /signin", s.handleSignInSubmit)
	mux.HandleFunc("POST /signout", s.handleSignOut)

	mux.HandleFunc("GET /{$}", s.handleClients)
	mux.HandleFunc("GET /clients/new", s.handleClientNew)
	mux.HandleFunc("POST /clients", s.handleClientCreate)
	mux.HandleFunc("GET /clients/{id}", s.handleClient)
	mux.HandleFunc("POST /clients/{id}", s.handleClientUpdate)
	mux.HandleFunc("POST /clients/{id}/consent", s.handleConsentGive)
	mux.HandleFunc("POST /clients/{id}/consent/revoke", s.handleConsentRevoke)
	mux.HandleFunc("POST /clients/{id}/goals", s.handleGoalCreate)
	mux.HandleFunc("POST /clients/{id}/goals/{goal}", s.handleGoalUpdate)
	mux.HandleFunc("POST /clients/{id}/goals/{goal}/delete", s.handleGoalDelete)
	mux.HandleFunc("POST /clients/{id}/sessions", s.handleSessionCreate)

	mux.HandleFunc("GET /sessions/{id}", s.handleSession)
	mux.HandleFunc("POST /sessions/{id}", s.handleSessionUpdate)
	mux.HandleFunc("POST /sessions/{id}/transcript", s.handleTranscriptUpload)
	mux.HandleFunc("POST /sessions/{id}/corrections", s.handleCorrection)
	mux.HandleFunc("POST /sessions/{id}/notes", s.handleNoteSave)

	mux.HandleFunc("GET /settings", s.handleSettings)
	mux.HandleFunc("POST /settings", s.handleSettingsSave)

	// Outermost first: headers on every answer, even a refusal; then the
	// cross-site check before anything reads a body or a cookie.
	var h http.Handler = mux
	h = s.requireSignIn(h)
	h = s.limitBody(h)
	h = s.crossOrigin(h)
	h = s.secureHeaders(h)
	return h
}

// pathID returns the path value name as a record id; anything else is
// ENOTFOUND, as a missing record would be.
func pathID(r *http.Request, name string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	if err != nil || id <= 0 {
		return 0, ally.Errorf(ally.ENOTFOUND, "There is no such page.")
	}
	return id, nil
}

// redirect answers a successful form with the page to see next.
func redirect(w http.ResponseWriter, r *http.Request, url string) {
	http.Redirect(w, r, url, http.StatusSeeOther)
}
