package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/ally-mi/ally"
)

// publicPaths are served to visitors who are not signed in; every other
// path sends them to the sign-in page. A path ending in "/" covers what is
// under it.
var publicPaths = []string{"/signin", "/setup", "/assets/", "/checkin/"}

// route is one pattern of the app and its handler.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// routeTable lists every route of the app.
func (s *Server) routeTable() []route {
	return []route{
		{"GET /assets/app.css", s.handleAppCSS},
		{"GET /assets/report.css", s.handleReportCSS},

		{"GET /setup", s.handleSetup},
		{"POST /setup", s.handleSetupCreate},
		{"GET /signin", s.handleSignIn},
		{"POST /signin", s.handleSignInSubmit},
		{"POST /signout", s.handleSignOut},

		{"GET /{$}", s.handleClients},
		{"GET /clients/new", s.handleClientNew},
		{"POST /clients", s.handleClientCreate},
		{"GET /clients/{id}", s.handleClient},
		{"POST /clients/{id}", s.handleClientUpdate},
		{"POST /clients/{id}/consent", s.handleConsentGive},
		{"POST /clients/{id}/consent/revoke", s.handleConsentRevoke},
		{"POST /clients/{id}/goals", s.handleGoalCreate},
		{"POST /clients/{id}/goals/{goal}", s.handleGoalUpdate},
		{"POST /clients/{id}/goals/{goal}/delete", s.handleGoalDelete},
		{"POST /clients/{id}/sessions", s.handleSessionCreate},
		{"GET /clients/{id}/goals/{goal}/map", s.handleMap},
		{"POST /clients/{id}/goals/{goal}/map", s.handleMapSave},
		{"POST /clients/{id}/goals/{goal}/map/heard", s.handleMapHeard},
		{"GET /clients/{id}/worksheets", s.handleWorksheets},
		{"POST /clients/{id}/worksheets", s.handleWorksheetCreate},
		{"GET /clients/{id}/worksheets/{worksheet}", s.handleWorksheet},
		{"POST /clients/{id}/worksheets/{worksheet}", s.handleWorksheetUpdate},
		{"POST /clients/{id}/worksheets/{worksheet}/delete", s.handleWorksheetDelete},
		{"POST /clients/{id}/offers", s.handleOfferCreate},
		{"POST /clients/{id}/offers/{offer}", s.handleOfferUpdate},
		{"POST /clients/{id}/offers/{offer}/delete", s.handleOfferDelete},
		{"GET /clients/{id}/trends", s.handleClientTrends},
		{"GET /clients/{id}/before", s.handleBefore},
		{"GET /trends", s.handleTrends},
		{"POST /clients/{id}/checkins", s.handleCheckInCreate},
		{"POST /clients/{id}/checkins/{checkin}/acknowledge", s.handleCheckInAcknowledge},

		// A client's check-in link, opened without an account.
		{"GET /checkin/thanks", s.handleCheckInThanks},
		{"GET /checkin/{token}", s.handleCheckIn},
		{"POST /checkin/{token}", s.handleCheckInAnswer},

		{"GET /sessions/{id}", s.handleSession},
		{"POST /sessions/{id}", s.handleSessionUpdate},
		{"POST /sessions/{id}/transcript", s.handleTranscriptUpload},
		{"POST /sessions/{id}/corrections", s.handleCorrection},
		{"POST /sessions/{id}/notes", s.handleNoteSave},
		{"POST /sessions/{id}/offers", s.handleOfferLogNo},

		{"GET /journal", s.handleJournal},
		{"POST /journal/tender-spots", s.handleTenderSpotsSave},
		{"POST /journal/self-check", s.handleSelfCheck},
		{"POST /journal/reflections", s.handleReflectionCreate},
		{"POST /journal/{id}", s.handleJournalEntryUpdate},
		{"POST /journal/{id}/delete", s.handleJournalEntryDelete},

		{"GET /settings", s.handleSettings},
		{"GET /export/coded.csv", s.handleExportCoded},
	}
}

// Patterns returns the pattern of every route, so a test can prove a rule
// for all of them, including routes added later.
func (s *Server) Patterns() []string {
	var out []string
	for _, r := range s.allRoutes() {
		out = append(out, r.pattern)
	}
	return out
}

// routes returns the app's handler: every route, behind the middleware.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	for _, r := range s.allRoutes() {
		mux.HandleFunc(r.pattern, r.handler)
	}
	// Wrapped inside out: the security headers end up outermost, so even a
	// refusal carries them, and the cross-site check runs before anything
	// reads a body or a cookie.
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

// clientRecord returns the record that the path value name identifies,
// found by find, when it belongs to the path's client {id}: a record of
// another client is ENOTFOUND, as a missing one is. what names the record
// in the message.
func clientRecord[T any](r *http.Request, name string, find func(context.Context, int64) (T, error),
	clientOf func(T) int64, what string) (T, error) {
	var zero T
	clientID, err := pathID(r, "id")
	if err != nil {
		return zero, err
	}
	id, err := pathID(r, name)
	if err != nil {
		return zero, err
	}
	rec, err := find(r.Context(), id)
	if err != nil {
		return zero, err
	}
	if clientOf(rec) != clientID {
		return zero, ally.Errorf(ally.ENOTFOUND, "This client has no such %s.", what)
	}
	return rec, nil
}

// redirect answers a successful form with the page to see next.
func redirect(w http.ResponseWriter, r *http.Request, url string) {
	http.Redirect(w, r, url, http.StatusSeeOther)
}

// allRoutes are the pages' routes and the API's.
func (s *Server) allRoutes() []route { return append(s.routeTable(), s.apiRouteTable()...) }

// apiRouteTable lists the JSON API (docs/api.md), and the settings forms
// that give and take back the token it is used with.
func (s *Server) apiRouteTable() []route {
	return []route{
		{"POST /settings/api-token", s.handleAPITokenCreate},
		{"POST /settings/api-token/revoke", s.handleAPITokenRevoke},

		{"GET /api/clients", s.handleAPIClients},
		{"POST /api/clients", s.handleAPIClientCreate},
		{"GET /api/clients/{id}", s.handleAPIClient},
		{"PATCH /api/clients/{id}", s.handleAPIClientUpdate},
		{"POST /api/clients/{id}/consent", s.handleAPIConsentGive},
		{"DELETE /api/clients/{id}/consent", s.handleAPIConsentRevoke},
		{"GET /api/clients/{id}/goals", s.handleAPIGoals},
		{"POST /api/clients/{id}/goals", s.handleAPIGoalCreate},
		{"PATCH /api/clients/{id}/goals/{goal}", s.handleAPIGoalUpdate},
		{"DELETE /api/clients/{id}/goals/{goal}", s.handleAPIGoalDelete},
		{"GET /api/clients/{id}/sessions", s.handleAPISessions},
		{"POST /api/clients/{id}/sessions", s.handleAPISessionCreate},
		{"GET /api/clients/{id}/goals/{goal}/map", s.handleAPIMap},
		{"PUT /api/clients/{id}/goals/{goal}/map", s.handleAPIMapSave},
		{"GET /api/clients/{id}/worksheets", s.handleAPIWorksheets},
		{"POST /api/clients/{id}/worksheets", s.handleAPIWorksheetCreate},
		{"GET /api/clients/{id}/worksheets/{worksheet}", s.handleAPIWorksheet},
		{"PATCH /api/clients/{id}/worksheets/{worksheet}", s.handleAPIWorksheetUpdate},
		{"DELETE /api/clients/{id}/worksheets/{worksheet}", s.handleAPIWorksheetDelete},
		{"GET /api/clients/{id}/offers", s.handleAPIOffers},
		{"POST /api/clients/{id}/offers", s.handleAPIOfferCreate},
		{"GET /api/clients/{id}/offers/{offer}", s.handleAPIOffer},
		{"PATCH /api/clients/{id}/offers/{offer}", s.handleAPIOfferUpdate},
		{"DELETE /api/clients/{id}/offers/{offer}", s.handleAPIOfferDelete},

		{"GET /api/sessions/{id}", s.handleAPISession},
		{"PATCH /api/sessions/{id}", s.handleAPISessionUpdate},
		{"DELETE /api/sessions/{id}", s.handleAPISessionDelete},
		{"PUT /api/sessions/{id}/transcript", s.handleAPITranscriptUpload},
		{"POST /api/sessions/{id}/corrections", s.handleAPICorrection},
		{"GET /api/sessions/{id}/notes", s.handleAPINotes},
		{"PUT /api/sessions/{id}/notes/{format}", s.handleAPINoteSave},

		{"GET /api/journal", s.handleAPIJournal},
		{"POST /api/journal", s.handleAPIJournalEntryCreate},
		{"GET /api/journal/{id}", s.handleAPIJournalEntry},
		{"PATCH /api/journal/{id}", s.handleAPIJournalEntryUpdate},
		{"DELETE /api/journal/{id}", s.handleAPIJournalEntryDelete},
		{"GET /api/tender-spots", s.handleAPITenderSpots},
		{"PUT /api/tender-spots", s.handleAPITenderSpotsSave},
		{"GET /api/clients/{id}/trends", s.handleAPIClientTrends},
		{"GET /api/trends", s.handleAPITrends},
		{"GET /api/clients/{id}/checkins", s.handleAPICheckIns},
		{"POST /api/clients/{id}/checkins", s.handleAPICheckInCreate},
		{"POST /api/clients/{id}/checkins/{checkin}/acknowledge", s.handleAPICheckInAcknowledge},
	}
}
