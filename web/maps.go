package web

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// mapPage is a goal's two-clients map (guideline 3): the motivation and
// the resistance side by side, built from one template so that both get
// the same fields and the same space, and the needs the analysis heard,
// offered for the professional to confirm or dismiss.
type mapPage struct {
	layout
	Client *ally.Client
	Goal   *ally.Goal
	Sides  []mapSideView
	Offers []heardNeed
	// Worksheets show on the resistance side: what the behaviour gives.
	Worksheets []worksheetView
	UpdatedAt  time.Time
}

// mapSideView is one side of the map as its form shows it.
type mapSideView struct {
	Name        ally.MapSideName
	Title, Hint string
	Wants       string
	Words       string
	// Needs are the taxonomy's checkboxes, checked for the needs added by
	// hand; Own the needs in the professional's words, one a line.
	Needs []needChoice
	Own   string
	// Heard are the needs the analysis heard that the professional confirmed.
	Heard []heardNeed
	// Errors are this side's refused fields, by name without the side
	// ("wants").
	Errors fieldErrors
}

// NeedGrid is the side's taxonomy checkboxes.
func (v mapSideView) NeedGrid() needGrid {
	return needGrid{Name: string(v.Name) + "-need", Needs: v.Needs}
}

// sideTitles name each side as a counsellor would, without taking one.
var sideTitles = map[ally.MapSideName][2]string{
	ally.SideMotivation: {"The motivation", "The part of the client that wants the change."},
	ally.SideResistance: {"The resistance", "The part of the client that keeps things as they are, and what it protects."},
}

// newSideView shows side n of a map with the form's errors of that side;
// dates are the client's sessions' days.
func newSideView(n ally.MapSideName, side ally.MapSide, dates map[int64]time.Time, errs fieldErrors) mapSideView {
	v := mapSideView{Name: n, Title: sideTitles[n][0], Hint: sideTitles[n][1], Wants: side.Wants, Words: side.Words,
		Errors: fieldErrors{}}
	for k, msg := range errs {
		if field, ok := strings.CutPrefix(k, string(n)+"-"); ok {
			v.Errors[field] = msg
		}
	}
	var checked, own []string
	for _, need := range side.Needs {
		switch {
		case need.Heard():
			v.Heard = append(v.Heard, heardNeed{MapNeed: need, Side: n, Date: dates[need.SessionID]})
		case need.Need != "":
			checked = append(checked, need.Need)
		default:
			own = append(own, need.Text)
		}
	}
	v.Needs, v.Own = needChoices(checked), strings.Join(own, "\n")
	return v
}

func (s *Server) handleMap(w http.ResponseWriter, r *http.Request) {
	c, g, err := s.clientGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	m, err := s.svc.GoalMaps.FindGoalMap(r.Context(), g.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.showMap(w, r, http.StatusOK, c, g, m, m, nil)
}

// showMap renders the map page: shown is what the form holds (the stored
// map, or a refused one with errs), stored what the offers are read against.
func (s *Server) showMap(w http.ResponseWriter, r *http.Request, status int, c *ally.Client, g *ally.Goal,
	stored, shown *ally.GoalMap, errs fieldErrors) {
	ctx := r.Context()
	offers, err := s.heardNeeds(ctx, c.ID, stored)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sessions, err := s.svc.Sessions.FindSessions(ctx, c.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	dates := map[int64]time.Time{}
	for _, ss := range sessions {
		dates[ss.ID] = ss.Date
	}
	sheets, err := s.svc.Worksheets.FindWorksheets(ctx, c.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p := &mapPage{layout: layout{Title: "Two clients: " + g.Title}, Client: c, Goal: g, Offers: offers,
		Worksheets: worksheetViews(sheets), UpdatedAt: stored.UpdatedAt,
		Sides: []mapSideView{
			newSideView(ally.SideMotivation, shown.Motivation, dates, errs),
			newSideView(ally.SideResistance, shown.Resistance, dates, errs),
		}}
	s.render(w, r, status, "map", p)
}

func (s *Server) handleMapSave(w http.ResponseWriter, r *http.Request) {
	c, g, err := s.clientGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	stored, err := s.svc.GoalMaps.FindGoalMap(r.Context(), g.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	m := &ally.GoalMap{GoalID: g.ID, Dismissed: stored.Dismissed}
	errs := fieldErrors{}
	for _, n := range []ally.MapSideName{ally.SideMotivation, ally.SideResistance} {
		parseSide(r, n, stored, m, errs)
	}
	if len(errs) > 0 {
		s.showMap(w, r, http.StatusBadRequest, c, g, stored, m, errs)
		return
	}
	if err := s.svc.GoalMaps.SaveGoalMap(r.Context(), m); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, mapURL(c.ID, g.ID))
}

// parseSide reads side n of the map form into m, with errs for what it
// refuses. A heard need is kept only as stored, never as the form says it:
// its quote and place come from the analysis. One the professional unticks
// is dismissed, so it is not offered again.
func parseSide(r *http.Request, n ally.MapSideName, stored, m *ally.GoalMap, errs fieldErrors) {
	side, p := m.Side(n), string(n)+"-"
	side.Wants, side.Words = strings.TrimSpace(r.PostFormValue(p+"wants")), strings.TrimSpace(r.PostFormValue(p+"words"))
	own := r.PostFormValue(p + "own")
	for _, f := range []struct{ name, value string }{{"wants", side.Wants}, {"words", side.Words}, {"own", own}} {
		if msg := tooLong(f.value); msg != "" {
			errs[p+f.name] = msg
		}
	}
	ids, err := parseNeeds(r.PostForm[p+"need"])
	if err != nil {
		errs[p+"need"] = ally.ErrorMessage(err)
	}
	for _, id := range ids {
		side.Needs = append(side.Needs, ally.MapNeed{Need: id, Text: needName(id)})
	}
	for _, l := range lines(own) {
		side.Needs = append(side.Needs, ally.MapNeed{Text: l})
	}
	kept := r.PostForm[p+"heard"]
	for _, need := range stored.Side(n).Needs {
		if !need.Heard() {
			continue
		}
		if key := need.Key(); slices.Contains(kept, key) {
			side.Needs = append(side.Needs, need)
		} else if !slices.Contains(m.Dismissed, key) {
			m.Dismissed = append(m.Dismissed, key)
		}
	}
}

// handleMapHeard confirms a heard need onto the side the form names, or
// dismisses it. The need is looked up among those still offered, so the
// quote and its place come from the analysis, not from the form.
func (s *Server) handleMapHeard(w http.ResponseWriter, r *http.Request) {
	c, g, err := s.clientGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	m, err := s.svc.GoalMaps.FindGoalMap(ctx, g.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	key, to := r.PostFormValue("key"), r.PostFormValue("to")
	side := m.Side(ally.MapSideName(to))
	if side == nil && to != "dismiss" {
		s.Error(w, r, ally.Errorf(ally.EINVALID, "Choose the motivation or the resistance side, or dismiss the need."))
		return
	}
	if m.Settled(key) { // answered already, in another tab or by a second click
		redirect(w, r, mapURL(c.ID, g.ID)+"#heard")
		return
	}
	offers, err := s.heardNeeds(ctx, c.ID, m)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var found *heardNeed
	for i := range offers {
		if offers[i].Key() == key {
			found = &offers[i]
		}
	}
	if found == nil {
		s.Error(w, r, ally.Errorf(ally.ENOTFOUND, "That need is no longer offered: its session or analysis may have changed. Go back to the map and look again."))
		return
	}
	if side == nil {
		m.Dismissed = append(m.Dismissed, key)
	} else {
		side.Needs = append(side.Needs, found.MapNeed)
	}
	if err := s.svc.GoalMaps.SaveGoalMap(ctx, m); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, mapURL(c.ID, g.ID)+"#heard")
}

// clientGoal finds the client and goal of the path; a goal of another
// client is not found.
func (s *Server) clientGoal(r *http.Request) (*ally.Client, *ally.Goal, error) {
	clientID, err := pathID(r, "id")
	if err != nil {
		return nil, nil, err
	}
	goalID, err := pathID(r, "goal")
	if err != nil {
		return nil, nil, err
	}
	c, err := s.svc.Clients.FindClientByID(r.Context(), clientID)
	if err != nil {
		return nil, nil, err
	}
	goals, err := s.svc.Goals.FindGoals(r.Context(), clientID)
	if err != nil {
		return nil, nil, err
	}
	for _, g := range goals {
		if g.ID == goalID {
			return c, g, nil
		}
	}
	return nil, nil, ally.Errorf(ally.ENOTFOUND, "This client has no such goal.")
}

func mapURL(clientID, goalID int64) string {
	return clientURL(clientID) + "/goals/" + strconv.FormatInt(goalID, 10) + "/map"
}
