package web

import (
	"net/http"
	"strings"

	"github.com/ally-mi/ally"
)

func (s *Server) handleGoalCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	g := &ally.Goal{ClientID: clientID, Title: strings.TrimSpace(r.PostFormValue("title")),
		Description: strings.TrimSpace(r.PostFormValue("description"))}
	if g.Title == "" {
		s.showClient(w, r, http.StatusBadRequest, func(p *clientPage) {
			p.Goal, p.GoalErrors = *g, fieldErrors{"title": "Give the goal a title, in the client's words if you can."}
		})
		return
	}
	if err := s.svc.Goals.CreateGoal(r.Context(), g); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(clientID)+"#goals")
}

func (s *Server) handleGoalUpdate(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	goalID, err := pathID(r, "goal")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	g := &ally.Goal{ID: goalID, ClientID: clientID, Title: strings.TrimSpace(r.PostFormValue("title")),
		Description: strings.TrimSpace(r.PostFormValue("description"))}
	if g.Title == "" {
		s.Error(w, r, ally.Errorf(ally.EINVALID, "A goal needs a title. Go back and give it one."))
		return
	}
	if err := s.svc.Goals.UpdateGoal(r.Context(), g); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(clientID)+"#goals")
}

func (s *Server) handleGoalDelete(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	goalID, err := pathID(r, "goal")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Goals.DeleteGoal(r.Context(), goalID); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(clientID)+"#goals")
}
