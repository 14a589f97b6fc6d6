package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// worksheetsPage is a client's "what does it give you?" worksheets
// (guideline 2), newest first, with the form for a new one or, when
// Form.ID is set, for changing one.
type worksheetsPage struct {
	layout
	Client     *ally.Client
	Goals      []*ally.Goal
	Worksheets []worksheetView
	Form       ally.Worksheet
	Needs      []needChoice
	Errors     fieldErrors
}

// GivesGrid is the form's checkboxes of what the behaviour gives.
func (p *worksheetsPage) GivesGrid() needGrid { return needGrid{Name: "gives", Needs: p.Needs} }

// worksheetView is a worksheet with the names of what it gives.
type worksheetView struct {
	*ally.Worksheet
	GivesNames []string
}

// ByClient reports whether the client filled it in, through a check-in.
func (v worksheetView) ByClient() bool { return v.By == ally.ByClient }

func worksheetViews(ws []*ally.Worksheet) []worksheetView {
	out := make([]worksheetView, 0, len(ws))
	for _, w := range ws {
		v := worksheetView{Worksheet: w}
		for _, id := range w.Gives {
			v.GivesNames = append(v.GivesNames, needName(id))
		}
		out = append(out, v)
	}
	return out
}

func (s *Server) handleWorksheets(w http.ResponseWriter, r *http.Request) {
	s.showWorksheets(w, r, http.StatusOK, nil, nil)
}

func (s *Server) handleWorksheet(w http.ResponseWriter, r *http.Request) {
	ws, err := s.pathWorksheet(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.showWorksheets(w, r, http.StatusOK, ws, nil)
}

// showWorksheets renders the worksheets page with form in the form, a new
// one when form is nil, and errs beside its fields.
func (s *Server) showWorksheets(w http.ResponseWriter, r *http.Request, status int, form *ally.Worksheet, errs fieldErrors) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	c, err := s.svc.Clients.FindClientByID(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	goals, err := s.svc.Goals.FindGoals(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sheets, err := s.svc.Worksheets.FindWorksheets(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if form == nil {
		form = &ally.Worksheet{}
	}
	s.render(w, r, status, "worksheets", &worksheetsPage{layout: layout{Title: "What does it give you? · " + c.Name},
		Client: c, Goals: goals, Worksheets: worksheetViews(sheets), Form: *form, Needs: needChoices(form.Gives), Errors: errs})
}

func (s *Server) handleWorksheetCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ws := &ally.Worksheet{ClientID: clientID, By: ally.ByProfessional}
	if errs := parseWorksheet(r, ws); len(errs) > 0 {
		s.showWorksheets(w, r, http.StatusBadRequest, ws, errs)
		return
	}
	if err := s.svc.Worksheets.CreateWorksheet(r.Context(), ws); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, worksheetsURL(clientID)+"#worksheet-"+strconv.FormatInt(ws.ID, 10))
}

func (s *Server) handleWorksheetUpdate(w http.ResponseWriter, r *http.Request) {
	ws, err := s.pathWorksheet(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if errs := parseWorksheet(r, ws); len(errs) > 0 {
		s.showWorksheets(w, r, http.StatusBadRequest, ws, errs)
		return
	}
	if err := s.svc.Worksheets.UpdateWorksheet(r.Context(), ws); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, worksheetsURL(ws.ClientID)+"#worksheet-"+strconv.FormatInt(ws.ID, 10))
}

func (s *Server) handleWorksheetDelete(w http.ResponseWriter, r *http.Request) {
	ws, err := s.pathWorksheet(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Worksheets.DeleteWorksheet(r.Context(), ws.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, worksheetsURL(ws.ClientID))
}

// parseWorksheet reads the worksheet form into ws and returns what it
// refuses, by field.
func parseWorksheet(r *http.Request, ws *ally.Worksheet) fieldErrors {
	errs := fieldErrors{}
	ws.Behaviour = strings.TrimSpace(r.PostFormValue("behaviour"))
	ws.GivesWords = strings.TrimSpace(r.PostFormValue("gives_words"))
	ws.Costs = strings.TrimSpace(r.PostFormValue("costs"))
	ws.WouldHaveToBeTrue = strings.TrimSpace(r.PostFormValue("would_have_to_be_true"))
	ws.Gives = r.PostForm["gives"]
	gives, err := parseNeeds(ws.Gives)
	if err != nil {
		errs["gives"] = ally.ErrorMessage(err)
	} else {
		ws.Gives = gives
	}
	for name, v := range map[string]string{"behaviour": ws.Behaviour, "gives_words": ws.GivesWords,
		"costs": ws.Costs, "would_have_to_be_true": ws.WouldHaveToBeTrue} {
		if msg := tooLong(v); msg != "" {
			errs[name] = msg
		}
	}
	if ws.Behaviour == "" && len(ws.Gives) == 0 && ws.GivesWords == "" && ws.Costs == "" && ws.WouldHaveToBeTrue == "" {
		errs["behaviour"] = "Write down at least the behaviour, or one answer: an empty worksheet is not kept."
	}
	return errs
}

// pathWorksheet finds the worksheet of the path, which must be the path's
// client's: a worksheet id under another client is not found.
func (s *Server) pathWorksheet(r *http.Request) (*ally.Worksheet, error) {
	return clientRecord(r, "worksheet", s.svc.Worksheets.FindWorksheetByID,
		func(w *ally.Worksheet) int64 { return w.ClientID }, "worksheet")
}

func worksheetsURL(clientID int64) string { return clientURL(clientID) + "/worksheets" }
