package web

import (
	"net/http"

	"github.com/ally-mi/ally/trend"
)

// The trends' JSON: the series the trends pages chart, one entry per
// session, check-in or month, oldest first. Missing values are null.

type apiClientTrends struct {
	ClientID   int64           `json:"client_id"`
	Talk       []apiTalk       `json:"talk"`
	CheckIns   []apiCheckInMsr `json:"check_ins"`
	Attendance []apiMonth      `json:"attendance"`
}

type apiTalk struct {
	SessionID int64  `json:"session_id"`
	Date      string `json:"date"`
	Change    int    `json:"change"`
	Sustain   int    `json:"sustain"`
	// The shares are percentages of change plus sustain talk, as
	// change_talk_pct in a summary.
	ChangeTalkPct  *float64 `json:"change_talk_pct"`
	SustainTalkPct *float64 `json:"sustain_talk_pct"`
}

// apiCheckInMsr is what one answered check-in measured.
type apiCheckInMsr struct {
	CheckInID  int64  `json:"check_in_id"`
	Date       string `json:"date"`
	Importance *int   `json:"importance"`
	Confidence *int   `json:"confidence"`
	PHQ9       *int   `json:"phq9"`
	PHQ9Band   string `json:"phq9_band"`
	GAD7       *int   `json:"gad7"`
	GAD7Band   string `json:"gad7_band"`
}

type apiMonth struct {
	// Month is "2026-03".
	Month     string `json:"month"`
	Attended  int    `json:"attended"`
	Cancelled int    `json:"cancelled"`
	NoShow    int    `json:"no_show"`
}

type apiTrends struct {
	Sessions []apiFidelity `json:"sessions"`
	// Thresholds are where each measure turns fair and good, keyed by the
	// analysis' indicator ids ("score" for the score).
	Thresholds map[string]apiThreshold `json:"thresholds"`
}

type apiThreshold struct {
	Fair   float64 `json:"fair"`
	Good   float64 `json:"good"`
	Better string  `json:"better"`
}

type apiFidelity struct {
	SessionID                 int64    `json:"session_id"`
	ClientID                  int64    `json:"client_id"`
	Date                      string   `json:"date"`
	Score                     *float64 `json:"score"`
	ScoreBand                 string   `json:"score_band"`
	ReflectionToQuestion      *float64 `json:"reflection_to_question"`
	PercentComplexReflections *float64 `json:"percent_complex_reflections"`
	SidesTakenPct             *float64 `json:"sides_taken_pct"`
	Noes                      int      `json:"noes"`
	NoesReceivedWell          int      `json:"noes_received_well"`
	NoesReceivedWellPct       *float64 `json:"noes_received_well_pct"`
}

func (s *Server) handleAPIClientTrends(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c, t, err := s.clientTrends(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, apiClientTrends{ClientID: c.ID,
		Talk: list(t.Talk, func(p trend.Talk) apiTalk {
			return apiTalk{SessionID: p.SessionID, Date: p.Date.Format(dateFormat), Change: p.Change, Sustain: p.Sustain,
				ChangeTalkPct: p.ChangeShare, SustainTalkPct: p.SustainShare}
		}),
		CheckIns: list(t.CheckIns, func(p trend.CheckIn) apiCheckInMsr {
			return apiCheckInMsr{CheckInID: p.CheckInID, Date: p.Date.Format(dateFormat), Importance: p.Importance,
				Confidence: p.Confidence, PHQ9: p.PHQ9, PHQ9Band: p.PHQ9Band, GAD7: p.GAD7, GAD7Band: p.GAD7Band}
		}),
		Attendance: list(t.Attendance, func(m trend.Month) apiMonth {
			return apiMonth{Month: m.Month.Format("2006-01"), Attended: m.Attended, Cancelled: m.Cancelled, NoShow: m.NoShow}
		}),
	})
}

func (s *Server) handleAPITrends(w http.ResponseWriter, r *http.Request) {
	t, err := s.professionalTrends(r.Context())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	th := map[string]apiThreshold{}
	for id, v := range t.Thresholds {
		th[id] = apiThreshold{Fair: v.Fair, Good: v.Good, Better: v.Better}
	}
	writeJSON(w, http.StatusOK, apiTrends{Thresholds: th,
		Sessions: list(t.Sessions, func(f trend.Fidelity) apiFidelity {
			return apiFidelity{SessionID: f.SessionID, ClientID: f.ClientID, Date: f.Date.Format(dateFormat),
				Score: f.Score, ScoreBand: f.ScoreBand, ReflectionToQuestion: f.ReflectionsPerQuestion,
				PercentComplexReflections: f.ComplexReflections, SidesTakenPct: f.SidesTaken,
				Noes: f.Noes, NoesReceivedWell: f.NoesWell, NoesReceivedWellPct: f.NoesReceivedWell}
		})})
}
