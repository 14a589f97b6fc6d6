package web

import (
	"context"
	"strconv"
	"time"

	"github.com/ally-mi/ally"
)

// heardNeed is a need the analysis heard in one of the client's sessions,
// offered on the map for the professional to confirm or dismiss: nothing
// reaches the map without them.
type heardNeed struct {
	ally.MapNeed
	// Side is where it is offered: the resistance side, since the needs
	// ally hears are those a current behaviour serves (its taxonomy),
	// unless the client named it only in words coded change talk ("I
	// don't want to be the dad who's hungover at every game"), where it
	// speaks for the change. The professional may choose the other.
	Side ally.MapSideName
	// Date is the session's.
	Date time.Time
	// InSustain says the client said it while speaking for keeping things
	// as they are (sustain talk); InChange, only while speaking for the
	// change (change talk).
	InSustain, InChange bool
}

// momentURL links a heard need to its utterance on the session page, whose
// report numbers utterances with the ids u0, u1 ...
func momentURL(n ally.MapNeed) string {
	return sessionURL(n.SessionID) + "#u" + strconv.Itoa(n.Utterance)
}

// Other is the side it is not offered for.
func (h heardNeed) Other() ally.MapSideName {
	if h.Side == ally.SideResistance {
		return ally.SideMotivation
	}
	return ally.SideResistance
}

// URL is the moment in the session page.
func (h heardNeed) URL() string { return momentURL(h.MapNeed) }

// heardNeeds returns the needs the analysis heard in the client's sessions
// that m has not settled, newest session first, one per need and session:
// the first time the client spoke of it in sustain talk, else the first
// time at all. The quote is the client's utterance, read from the
// session's transcript.
func (s *Server) heardNeeds(ctx context.Context, clientID int64, m *ally.GoalMap) ([]heardNeed, error) {
	sessions, err := s.svc.Sessions.FindAnalyses(ctx, clientID)
	if err != nil {
		return nil, err
	}
	var out []heardNeed
	for i := len(sessions) - 1; i >= 0; i-- {
		ss := sessions[i]
		var found []heardNeed
		for _, nm := range ss.Analysis.Needs {
			h, ok := heardIn(ss, nm)
			if ok && !m.Settled(h.Key()) {
				found = append(found, h)
			}
		}
		if len(found) == 0 {
			continue
		}
		// Only a session with something to offer is read in full.
		full, err := s.svc.Sessions.FindSessionByID(ctx, ss.ID)
		if err != nil {
			return nil, err
		}
		for _, h := range found {
			out = append(out, h.in(full.Transcript))
		}
	}
	return out, nil
}

// in returns h with its quote from t, the session's transcript, and
// offered on the motivation side when the client said it only in change
// talk.
func (h heardNeed) in(t *ally.Transcript) heardNeed {
	u, _ := utteranceAt(t, h.Utterance)
	h.Quote = u.Text
	if !h.InSustain && u.Code.Label == ally.CodeChange {
		h.InChange, h.Side = true, ally.SideMotivation
	}
	return h
}

// heardIn is the offer of one need mention of session ss.
func heardIn(ss *ally.Session, nm ally.NeedMention) (heardNeed, bool) {
	h := heardNeed{MapNeed: ally.MapNeed{Need: nm.Need, Text: nm.Name, SessionID: ss.ID}, Side: ally.SideResistance, Date: ss.Date}
	if h.Text == "" {
		h.Text = needName(nm.Need)
	}
	switch {
	case len(nm.Sustain) > 0:
		h.Utterance, h.InSustain = nm.Sustain[0], true
	case len(nm.Utterances) > 0:
		h.Utterance = nm.Utterances[0]
	default:
		return h, false
	}
	return h, true
}

// utteranceText returns the words of utterance i, "" when t has none.
func utteranceText(t *ally.Transcript, i int) string {
	u, _ := utteranceAt(t, i)
	return u.Text
}

// utteranceAt returns utterance i of t, and false when t has none.
func utteranceAt(t *ally.Transcript, i int) (ally.Utterance, bool) {
	if t == nil {
		return ally.Utterance{}, false
	}
	for _, u := range t.Utterances {
		if u.Index == i {
			return u, true
		}
	}
	return ally.Utterance{}, false
}
