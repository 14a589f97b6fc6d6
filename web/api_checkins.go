package web

import (
	"net/http"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/measure"
)

// apiCheckIn is a check-in as the API shows it.
type apiCheckIn struct {
	ID       int64       `json:"id"`
	ClientID int64       `json:"client_id"`
	Asks     apiAsks     `json:"asks"`
	Answers  *apiAnswers `json:"answers"`
	// Flagged is true while an answer above "not at all" to PHQ-9's ninth
	// item waits for the professional to acknowledge it.
	Flagged        bool       `json:"flagged"`
	ExpiresAt      time.Time  `json:"expires_at"`
	CreatedAt      time.Time  `json:"created_at"`
	AnsweredAt     *time.Time `json:"answered_at"`
	AcknowledgedAt *time.Time `json:"acknowledged_at"`
}

// apiNewCheckIn is a check-in just created, with its link, given this once.
type apiNewCheckIn struct {
	apiCheckIn
	URL string `json:"url"`
}

type apiAsks struct {
	PHQ9      bool `json:"phq9"`
	GAD7      bool `json:"gad7"`
	Worksheet bool `json:"worksheet"`
}

type apiAnswers struct {
	DidNotFit  string               `json:"did_not_fit"`
	Importance apiRuler             `json:"importance"`
	Confidence apiRuler             `json:"confidence"`
	PHQ9       *apiQuestionnaire    `json:"phq9"`
	GAD7       *apiQuestionnaire    `json:"gad7"`
	Worksheet  *apiCheckInWorksheet `json:"worksheet"`
}

type apiRuler struct {
	// Value is 0–10, null when the client left it.
	Value       *int   `json:"value"`
	WhyNotLower string `json:"why_not_lower"`
	OneUp       string `json:"one_up"`
}

type apiQuestionnaire struct {
	// Items are the answers in the questionnaire's order, each 0–3.
	Items    []int  `json:"items"`
	Total    int    `json:"total"`
	Severity string `json:"severity"`
	// Difficulty answers the closing question, 0–3, null when left.
	Difficulty *int `json:"difficulty"`
}

type apiCheckInWorksheet struct {
	Behaviour string `json:"behaviour"`
	// Gives are needs' ids in ally's taxonomy.
	Gives             []string `json:"gives"`
	GivesWords        string   `json:"gives_words"`
	Costs             string   `json:"costs"`
	WouldHaveToBeTrue string   `json:"would_have_to_be_true"`
}

func newAPICheckIn(c *ally.CheckIn) apiCheckIn {
	out := apiCheckIn{ID: c.ID, ClientID: c.ClientID, Asks: apiAsks{c.PHQ9, c.GAD7, c.Worksheet}, Flagged: c.Flagged(),
		ExpiresAt: c.ExpiresAt, CreatedAt: c.CreatedAt, AnsweredAt: c.AnsweredAt, AcknowledgedAt: c.AcknowledgedAt}
	a := c.Answers
	if a == nil {
		return out
	}
	out.Answers = &apiAnswers{DidNotFit: a.DidNotFit,
		Importance: apiRuler{a.Importance.Value, a.Importance.WhyNotLower, a.Importance.OneUp},
		Confidence: apiRuler{a.Confidence.Value, a.Confidence.WhyNotLower, a.Confidence.OneUp},
		PHQ9:       newAPIQuestionnaire(measure.PHQ9(), a.PHQ9, a.PHQ9Difficulty),
		GAD7:       newAPIQuestionnaire(measure.GAD7(), a.GAD7, a.GAD7Difficulty)}
	if w := a.Worksheet; w != nil {
		out.Answers.Worksheet = &apiCheckInWorksheet{Behaviour: w.Behaviour, Gives: append([]string{}, w.Gives...),
			GivesWords: w.GivesWords, Costs: w.Costs, WouldHaveToBeTrue: w.WouldHaveToBeTrue}
	}
	return out
}

func newAPIQuestionnaire(q measure.Questionnaire, items []int, difficulty int) *apiQuestionnaire {
	total, err := q.Score(items)
	if err != nil {
		return nil
	}
	b, _ := q.Severity(total)
	out := &apiQuestionnaire{Items: items, Total: total, Severity: b.Name}
	if difficulty >= 0 {
		out.Difficulty = &difficulty
	}
	return out
}

// apiCheckInInput creates a check-in: expires_in is a duration such as
// "168h", a week when left out.
type apiCheckInInput struct {
	ExpiresIn string `json:"expires_in"`
	PHQ9      bool   `json:"phq9"`
	GAD7      bool   `json:"gad7"`
	Worksheet bool   `json:"worksheet"`
}

func (s *Server) handleAPICheckIns(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	checkIns, err := s.svc.CheckIns.FindCheckIns(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(checkIns, newAPICheckIn))
}

func (s *Server) handleAPICheckInCreate(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	in := apiCheckInInput{ExpiresIn: "168h"}
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	life, err := time.ParseDuration(in.ExpiresIn)
	if err != nil {
		s.Error(w, r, ally.Errorf(ally.EINVALID, "expires_in %q is not a duration such as \"168h\".", in.ExpiresIn))
		return
	}
	c := &ally.CheckIn{ClientID: id, ExpiresAt: s.cfg.Now().Add(life), PHQ9: in.PHQ9, GAD7: in.GAD7, Worksheet: in.Worksheet}
	token, err := s.svc.CheckIns.CreateCheckIn(r.Context(), c)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api"+clientURL(id)+"/checkins", apiNewCheckIn{apiCheckIn: newAPICheckIn(c), URL: s.checkInURL(r, token)})
}

func (s *Server) handleAPICheckInAcknowledge(w http.ResponseWriter, r *http.Request) {
	clientID, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	id, err := recordID(r, "checkin")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.acknowledge(r.Context(), clientID, id); err != nil {
		s.Error(w, r, err)
		return
	}
	list, err := s.svc.CheckIns.FindCheckIns(r.Context(), clientID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	for _, c := range list {
		if c.ID == id {
			writeJSON(w, http.StatusOK, newAPICheckIn(c))
			return
		}
	}
	s.Error(w, r, ally.Errorf(ally.ENOTFOUND, "There is no such record."))
}
