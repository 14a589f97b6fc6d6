package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// apiWorksheet is a "what does it give you?" worksheet; gives holds
// taxonomy ids.
type apiWorksheet struct {
	ID                int64            `json:"id"`
	ClientID          int64            `json:"client_id"`
	Behaviour         string           `json:"behaviour"`
	Gives             []string         `json:"gives"`
	GivesWords        string           `json:"gives_words"`
	Costs             string           `json:"costs"`
	WouldHaveToBeTrue string           `json:"would_have_to_be_true"`
	By                ally.WorksheetBy `json:"by"`
	// CheckInID is the check-in the client answered it through, null
	// when the professional filled it in.
	CheckInID *int64    `json:"checkin_id"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

func newAPIWorksheet(w *ally.Worksheet) apiWorksheet {
	out := apiWorksheet{ID: w.ID, ClientID: w.ClientID, Behaviour: w.Behaviour, Gives: list(w.Gives, func(s string) string { return s }),
		GivesWords: w.GivesWords, Costs: w.Costs, WouldHaveToBeTrue: w.WouldHaveToBeTrue, By: w.By,
		CreatedAt: w.CreatedAt, UpdatedAt: w.UpdatedAt}
	if w.CheckInID != 0 {
		id := w.CheckInID
		out.CheckInID = &id
	}
	return out
}

// apiWorksheetInput creates or changes a worksheet; a field left out of a
// change keeps its value.
type apiWorksheetInput struct {
	Behaviour         *string   `json:"behaviour"`
	Gives             *[]string `json:"gives"`
	GivesWords        *string   `json:"gives_words"`
	Costs             *string   `json:"costs"`
	WouldHaveToBeTrue *string   `json:"would_have_to_be_true"`
}

// apply sets the fields the input gives, checking needs and lengths.
func (in apiWorksheetInput) apply(w *ally.Worksheet) error {
	for _, f := range []struct {
		in  *string
		out *string
	}{{in.Behaviour, &w.Behaviour}, {in.GivesWords, &w.GivesWords}, {in.Costs, &w.Costs}, {in.WouldHaveToBeTrue, &w.WouldHaveToBeTrue}} {
		if f.in == nil {
			continue
		}
		*f.out = strings.TrimSpace(*f.in)
		if msg := tooLong(*f.out); msg != "" {
			return ally.Errorf(ally.EINVALID, "%s", msg)
		}
	}
	if in.Gives != nil {
		gives, err := parseNeeds(*in.Gives)
		if err != nil {
			return err
		}
		w.Gives = gives
	}
	if w.Behaviour == "" && len(w.Gives) == 0 && w.GivesWords == "" && w.Costs == "" && w.WouldHaveToBeTrue == "" {
		return ally.Errorf(ally.EINVALID, "A worksheet needs at least one answer.")
	}
	return nil
}

func (s *Server) handleAPIWorksheets(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sheets, err := s.svc.Worksheets.FindWorksheets(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(sheets, newAPIWorksheet))
}

func (s *Server) handleAPIWorksheetCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiWorksheetInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	ws := &ally.Worksheet{ClientID: clientID, By: ally.ByProfessional}
	if err := in.apply(ws); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Worksheets.CreateWorksheet(r.Context(), ws); err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api"+worksheetsURL(clientID)+"/"+strconv.FormatInt(ws.ID, 10), newAPIWorksheet(ws))
}

func (s *Server) handleAPIWorksheet(w http.ResponseWriter, r *http.Request) {
	ws, err := s.apiFindWorksheet(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIWorksheet(ws))
}

func (s *Server) handleAPIWorksheetUpdate(w http.ResponseWriter, r *http.Request) {
	ws, err := s.apiFindWorksheet(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiWorksheetInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := in.apply(ws); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Worksheets.UpdateWorksheet(r.Context(), ws); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIWorksheet(ws))
}

func (s *Server) handleAPIWorksheetDelete(w http.ResponseWriter, r *http.Request) {
	ws, err := s.apiFindWorksheet(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Worksheets.DeleteWorksheet(r.Context(), ws.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// apiFindWorksheet returns the worksheet of the path, as pathWorksheet.
func (s *Server) apiFindWorksheet(r *http.Request) (*ally.Worksheet, error) {
	return s.pathWorksheet(r)
}
