package web

import (
	"net/http"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// apiMap is a goal's two-clients map with the needs still offered on it.
type apiMap struct {
	GoalID     int64      `json:"goal_id"`
	ClientID   int64      `json:"client_id"`
	Motivation apiMapSide `json:"motivation"`
	Resistance apiMapSide `json:"resistance"`
	// Dismissed are the keys of heard needs not to offer again.
	Dismissed []string `json:"dismissed"`
	// Heard are the needs the analysis heard in the client's sessions that
	// are neither on the map nor dismissed.
	Heard []apiHeardNeed `json:"heard"`
	// UpdatedAt is null for a map never saved.
	UpdatedAt *time.Time `json:"updated_at"`
}

type apiMapSide struct {
	Wants string       `json:"wants"`
	Needs []apiMapNeed `json:"needs"`
	Words string       `json:"words"`
}

// apiMapNeed is a need on a side: need is a taxonomy id ("" for the
// professional's own words in text); a heard one carries its session,
// utterance, quote and key.
type apiMapNeed struct {
	Need      string `json:"need"`
	Text      string `json:"text"`
	Quote     string `json:"quote,omitempty"`
	SessionID int64  `json:"session_id,omitempty"`
	Utterance int    `json:"utterance,omitempty"`
	Key       string `json:"key,omitempty"`
}

type apiHeardNeed struct {
	apiMapNeed
	// Side is where the page offers it: "motivation" when heard only in
	// change talk, else "resistance".
	Side ally.MapSideName `json:"side"`
}

func newAPIMapNeed(n ally.MapNeed) apiMapNeed {
	out := apiMapNeed{Need: n.Need, Text: n.Text}
	if n.Heard() {
		out.Quote, out.SessionID, out.Utterance, out.Key = n.Quote, n.SessionID, n.Utterance, n.Key()
	}
	return out
}

func newAPIMapSide(s ally.MapSide) apiMapSide {
	return apiMapSide{Wants: s.Wants, Words: s.Words, Needs: list(s.Needs, newAPIMapNeed)}
}

func newAPIMap(m *ally.GoalMap, heard []heardNeed) apiMap {
	out := apiMap{GoalID: m.GoalID, ClientID: m.ClientID, Motivation: newAPIMapSide(m.Motivation),
		Resistance: newAPIMapSide(m.Resistance), Dismissed: list(m.Dismissed, func(k string) string { return k }),
		Heard: list(heard, func(h heardNeed) apiHeardNeed { return apiHeardNeed{newAPIMapNeed(h.MapNeed), h.Side} })}
	if !m.UpdatedAt.IsZero() {
		out.UpdatedAt = &m.UpdatedAt
	}
	return out
}

// apiMapInput replaces a map's sides; dismissed, when left out, keeps the
// keys dismissed before.
type apiMapInput struct {
	Motivation apiMapSide `json:"motivation"`
	Resistance apiMapSide `json:"resistance"`
	Dismissed  *[]string  `json:"dismissed"`
}

func (s *Server) handleAPIMap(w http.ResponseWriter, r *http.Request) {
	g, err := s.apiFindGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeMap(w, r, g)
}

func (s *Server) handleAPIMapSave(w http.ResponseWriter, r *http.Request) {
	g, err := s.apiFindGoal(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiMapInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	stored, err := s.svc.GoalMaps.FindGoalMap(ctx, g.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	offers, err := s.heardNeeds(ctx, g.ClientID, stored)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	m := &ally.GoalMap{GoalID: g.ID, Dismissed: stored.Dismissed}
	if in.Dismissed != nil {
		m.Dismissed = *in.Dismissed
	}
	known := heardByKey(stored, offers)
	for _, side := range []struct {
		in  apiMapSide
		out *ally.MapSide
	}{{in.Motivation, &m.Motivation}, {in.Resistance, &m.Resistance}} {
		if err := side.in.apply(side.out, known); err != nil {
			s.Error(w, r, err)
			return
		}
	}
	// As on the page, a heard need taken off the map is not offered again.
	for _, n := range append(stored.Motivation.Needs, stored.Resistance.Needs...) {
		if key := n.Key(); n.Heard() && !m.Settled(key) {
			m.Dismissed = append(m.Dismissed, key)
		}
	}
	if err := s.svc.GoalMaps.SaveGoalMap(ctx, m); err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeMap(w, r, g)
}

// heardByKey are the heard needs a map may hold: those on it already and
// those offered, by key.
func heardByKey(stored *ally.GoalMap, offers []heardNeed) map[string]ally.MapNeed {
	known := map[string]ally.MapNeed{}
	for _, n := range append(stored.Motivation.Needs, stored.Resistance.Needs...) {
		if n.Heard() {
			known[n.Key()] = n
		}
	}
	for _, h := range offers {
		known[h.Key()] = h.MapNeed
	}
	return known
}

// apply sets side from the input. A heard need (one with a session) must
// be one the analysis heard: its quote and place are taken from there,
// never from the body.
func (in apiMapSide) apply(side *ally.MapSide, known map[string]ally.MapNeed) error {
	side.Wants, side.Words = strings.TrimSpace(in.Wants), strings.TrimSpace(in.Words)
	for _, f := range []string{side.Wants, side.Words} {
		if msg := tooLong(f); msg != "" {
			return ally.Errorf(ally.EINVALID, "%s", msg)
		}
	}
	for _, n := range in.Needs {
		need := ally.MapNeed{Need: strings.TrimSpace(n.Need), Text: strings.TrimSpace(n.Text), SessionID: n.SessionID, Utterance: n.Utterance}
		if need.Heard() {
			heard, ok := known[need.Key()]
			if !ok {
				return ally.Errorf(ally.EINVALID, "The need %q was not heard at utterance %d of session %d; take heard needs from the map's \"heard\" list.",
					need.Need, need.Utterance, need.SessionID)
			}
			side.Needs = append(side.Needs, heard)
			continue
		}
		if need.Need != "" {
			if !isNeed(need.Need) {
				return ally.Errorf(ally.EINVALID, "%q is not a need of ally's taxonomy.", need.Need)
			}
			if need.Text == "" {
				need.Text = needName(need.Need)
			}
		} else if need.Text == "" {
			return ally.Errorf(ally.EINVALID, "A need needs a taxonomy id (\"need\") or words (\"text\").")
		}
		if msg := tooLong(need.Text); msg != "" {
			return ally.Errorf(ally.EINVALID, "%s", msg)
		}
		side.Needs = append(side.Needs, need)
	}
	return nil
}

// writeMap answers with the goal's map as stored, and what is offered on it.
func (s *Server) writeMap(w http.ResponseWriter, r *http.Request, g *ally.Goal) {
	m, err := s.svc.GoalMaps.FindGoalMap(r.Context(), g.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	heard, err := s.heardNeeds(r.Context(), g.ClientID, m)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIMap(m, heard))
}
