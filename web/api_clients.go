package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// apiClientInput is the body that creates or changes a client; a field
// left out of a change keeps its value.
type apiClientInput struct {
	Name    *string `json:"name"`
	Contact *string `json:"contact"`
}

func (s *Server) handleAPIClients(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	clients, err := s.svc.Clients.FindClients(r.Context(), ally.ClientFilter{Query: q})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(clients, newAPIClient))
}

func (s *Server) handleAPIClientCreate(w http.ResponseWriter, r *http.Request) {
	var in apiClientInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	c := &ally.Client{}
	if err := in.apply(c); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Clients.CreateClient(r.Context(), c); err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api"+clientURL(c.ID), newAPIClient(c))
}

func (s *Server) handleAPIClient(w http.ResponseWriter, r *http.Request) {
	c, err := s.apiFindClient(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIClient(c))
}

func (s *Server) handleAPIClientUpdate(w http.ResponseWriter, r *http.Request) {
	c, err := s.apiFindClient(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiClientInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := in.apply(c); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Clients.UpdateClient(r.Context(), c); err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeClient(w, r, c.ID)
}

// apply sets the fields the input gives; a client must keep a name.
func (in apiClientInput) apply(c *ally.Client) error {
	if in.Name != nil {
		c.Name = strings.TrimSpace(*in.Name)
	}
	if in.Contact != nil {
		c.Contact = strings.TrimSpace(*in.Contact)
	}
	if c.Name == "" {
		return ally.Errorf(ally.EINVALID, "A client needs a name.")
	}
	return nil
}

// apiConsentInput records consent: given_at is a day, today when left out.
type apiConsentInput struct {
	GivenAt string `json:"given_at"`
	Note    string `json:"note"`
}

func (s *Server) handleAPIConsentGive(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiConsentInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	given, err := parseDate(in.GivenAt, s.cfg.Now())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Clients.GiveConsent(r.Context(), id, ally.Consent{GivenAt: given, Note: strings.TrimSpace(in.Note)}); err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeClient(w, r, id)
}

// handleAPIConsentRevoke records that consent was withdrawn; with
// ?delete_transcripts=true every transcript and analysis of the client
// goes in the same step.
func (s *Server) handleAPIConsentRevoke(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	deleteTranscripts := r.URL.Query().Get("delete_transcripts") == "true"
	if err := s.svc.Clients.RevokeConsent(r.Context(), id, deleteTranscripts); err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeClient(w, r, id)
}

// writeClient answers with the client as now stored.
func (s *Server) writeClient(w http.ResponseWriter, r *http.Request, id int64) {
	c, err := s.svc.Clients.FindClientByID(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIClient(c))
}

func (s *Server) apiFindClient(r *http.Request) (*ally.Client, error) {
	id, err := recordID(r, "id")
	if err != nil {
		return nil, err
	}
	return s.svc.Clients.FindClientByID(r.Context(), id)
}

// apiGoalInput is the body that creates or changes a goal; a field left
// out of a change keeps its value.
type apiGoalInput struct {
	Title       *string `json:"title"`
	Description *string `json:"description"`
}

// apply sets the fields the input gives; a goal must keep a title.
func (in apiGoalInput) apply(g *ally.Goal) error {
	if in.Title != nil {
		g.Title = strings.TrimSpace(*in.Title)
	}
	if in.Description != nil {
		g.Description = strings.TrimSpace(*in.Description)
	}
	if g.Title == "" {
		return ally.Errorf(ally.EINVALID, "A goal needs a title, in the client's words if you can.")
	}
	return nil
}

func (s *Server) handleAPIGoals(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	goals, err := s.svc.Goals.FindGoals(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(goals, newAPIGoal))
}

func (s *Server) handleAPIGoalCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiGoalInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	g := &ally.Goal{ClientID: clientID}
	if err := in.apply(g); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Goals.CreateGoal(r.Context(), g); err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api"+clientURL(clientID)+"/goals/"+strconv.FormatInt(g.ID, 10), newAPIGoal(g))
}

func (s *Server) handleAPIGoalUpdate(w http.ResponseWriter, r *http.Request) {
	g, err := s.apiFindGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiGoalInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := in.apply(g); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Goals.UpdateGoal(r.Context(), g); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIGoal(g))
}

func (s *Server) handleAPIGoalDelete(w http.ResponseWriter, r *http.Request) {
	g, err := s.apiFindGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Goals.DeleteGoal(r.Context(), g.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// apiFindGoal returns the goal of the path, which must be the path's
// client's: a goal id under another client is not found.
func (s *Server) apiFindGoal(r *http.Request) (*ally.Goal, error) {
	clientID, err := recordID(r, "id")
	if err != nil {
		return nil, err
	}
	goalID, err := recordID(r, "goal")
	if err != nil {
		return nil, err
	}
	goals, err := s.svc.Goals.FindGoals(r.Context(), clientID)
	if err != nil {
		return nil, err
	}
	for _, g := range goals {
		if g.ID == goalID {
			return g, nil
		}
	}
	return nil, ally.Errorf(ally.ENOTFOUND, "This client has no such goal.")
}
