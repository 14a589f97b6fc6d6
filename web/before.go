package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

// The page before a session: what a supervisor would put in front of the
// professional in the ten minutes before a client arrives, on one screen
// and one printed page. It only reads; the self-check it holds is saved by
// the journal's handler.

// beforeMoments is how many of the last session's moments the page shows.
const beforeMoments = 2

// beforeTouches is how many sessions that touched a tender spot it lists.
const beforeTouches = 3

// beforeMissed is how many cancelled or missed sessions it lists.
const beforeMissed = 3

// beforePage is the page before a session with one client.
type beforePage struct {
	layout
	Client *ally.Client
	// Flags are PHQ-9 ninth-item answers not yet acknowledged.
	Flags []checkInView
	// Last is the last session that took place, nil before the first;
	// Analysed the last one with an analysis, whose moments are Moments.
	Last     *ally.Session
	Analysed *ally.Session
	Moments  []beforeMoment
	// Next is the next scheduled session, nil when none is planned.
	Next *ally.Session
	// NotYet and Noes are the open "not yet"s and the respected "no"s;
	// NotActedOn the yeses not acted on, and Missed the sessions cancelled
	// or missed: quieter signs of a no.
	NotYet, Noes, NotActedOn []offerView
	Missed                   []*ally.Session
	// CheckIns are the check-ins answered since the last session.
	CheckIns []checkInView
	Maps     []beforeMap
	// Spots are the tender spots this client's sessions touched, and
	// Touched the sessions, newest first.
	Spots   []string
	Touched []touchedSession
	// SelfCheck is the form; Today the self-check already written today.
	SelfCheck selfCheckForm
	Today     *ally.JournalEntry
	Saved     bool
}

// beforeMoment is one moment of the last session, linked to the report.
type beforeMoment struct {
	Title, Quote, WhatHappened, Try string
	WentWell                        bool
	URL                             string
}

// beforeMap is the needs on both sides of one goal's map.
type beforeMap struct {
	Goal                   *ally.Goal
	Motivation, Resistance []string
	URL                    string
}

func beforeURL(clientID int64) string { return clientURL(clientID) + "/before" }

func (s *Server) handleBefore(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p, err := s.beforePage(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p.Saved = r.URL.Query().Get("saved") == "self-check"
	s.render(w, r, http.StatusOK, "before", p)
}

// beforePage gathers the page of client id.
func (s *Server) beforePage(ctx context.Context, id int64) (*beforePage, error) {
	c, err := s.svc.Clients.FindClientByID(ctx, id)
	if err != nil {
		return nil, err
	}
	p := &beforePage{layout: layout{Title: "Before the session with " + c.Name}, Client: c,
		SelfCheck: selfCheckForm{ClientID: c.ID, Return: beforeURL(c.ID) + "?saved=self-check#self-check"}}
	now := s.cfg.Now()

	sessions, err := s.svc.Sessions.FindSessions(ctx, id)
	if err != nil {
		return nil, err
	}
	for _, ss := range sessions { // newest first
		if (ss.Status == ally.SessionCancelled || ss.Status == ally.SessionNoShow) && len(p.Missed) < beforeMissed {
			p.Missed = append(p.Missed, ss)
		}
		switch {
		case ss.Status == ally.SessionScheduled && !ss.Date.Before(startOfDay(now)):
			p.Next = ss
		case ss.Status == ally.SessionAttended && p.Last == nil && !ss.Date.After(now):
			p.Last = ss
		}
	}
	if err := s.beforeLastAnalysis(ctx, p); err != nil {
		return nil, err
	}
	if err := s.beforeOffers(ctx, p); err != nil {
		return nil, err
	}
	if err := s.beforeCheckIns(ctx, p); err != nil {
		return nil, err
	}
	if err := s.beforeMaps(ctx, p); err != nil {
		return nil, err
	}
	if p.Touched, err = s.touchedSessions(ctx, id, beforeTouches); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, t := range p.Touched {
		for _, spot := range t.Spots {
			if !seen[spot] {
				seen[spot] = true
				p.Spots = append(p.Spots, spot)
			}
		}
	}
	entries, err := s.svc.Journal.FindJournalEntries(ctx, ally.JournalFilter{ClientID: id, Kind: ally.JournalSelfCheck, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(entries) == 1 && !entries[0].CreatedAt.Before(startOfDay(now)) {
		p.Today = entries[0]
	}
	return p, nil
}

// beforeLastAnalysis sets the last analysed session and its most
// important moments, in the analysis's own rank order.
func (s *Server) beforeLastAnalysis(ctx context.Context, p *beforePage) error {
	analysed, err := s.svc.Sessions.FindAnalyses(ctx, p.Client.ID)
	if err != nil || len(analysed) == 0 {
		return err
	}
	last := analysed[len(analysed)-1]
	p.Analysed = last
	for i, m := range last.Analysis.Moments {
		if i == beforeMoments {
			break
		}
		p.Moments = append(p.Moments, beforeMoment{Title: report.MomentTitle(m.Kind), Quote: m.Quote,
			WhatHappened: m.WhatHappened, Try: m.Try, WentWell: m.Kind == ally.MomentNoWell || m.Kind == ally.MomentResistanceHeard,
			URL: sessionURL(last.ID) + "#moment-" + strconv.Itoa(i+1)})
	}
	return nil
}

// beforeOffers sets the open "not yet"s and the respected "no"s.
func (s *Server) beforeOffers(ctx context.Context, p *beforePage) error {
	offers, err := s.svc.Offers.FindOffers(ctx, p.Client.ID)
	if err != nil {
		return err
	}
	for _, o := range offers {
		switch o.Answer {
		case ally.AnswerNotYet:
			p.NotYet = append(p.NotYet, offerView{o})
		case ally.AnswerNo:
			p.Noes = append(p.Noes, offerView{o})
		case ally.AnswerYes:
			if o.ActedOn != nil && !*o.ActedOn {
				p.NotActedOn = append(p.NotActedOn, offerView{o})
			}
		}
	}
	return nil
}

// beforeCheckIns sets the flags and the check-ins answered since the last
// session.
func (s *Server) beforeCheckIns(ctx context.Context, p *beforePage) error {
	list, err := s.svc.CheckIns.FindCheckIns(ctx, p.Client.ID)
	if err != nil {
		return err
	}
	var since time.Time
	if p.Last != nil {
		since = p.Last.Date
	}
	for _, c := range list {
		if c.AnsweredAt == nil {
			continue
		}
		v := newCheckInView(c, p.Client.Name)
		if c.Flagged() {
			p.Flags = append(p.Flags, v)
		}
		if c.AnsweredAt.After(since) {
			p.CheckIns = append(p.CheckIns, v)
		}
	}
	return nil
}

// beforeMaps sets the needs on both sides of each goal's map.
func (s *Server) beforeMaps(ctx context.Context, p *beforePage) error {
	goals, err := s.svc.Goals.FindGoals(ctx, p.Client.ID)
	if err != nil {
		return err
	}
	for _, g := range goals {
		m, err := s.svc.GoalMaps.FindGoalMap(ctx, g.ID)
		if err != nil {
			return err
		}
		bm := beforeMap{Goal: g, URL: clientURL(p.Client.ID) + "/goals/" + strconv.FormatInt(g.ID, 10) + "/map"}
		for _, n := range m.Motivation.Needs {
			bm.Motivation = append(bm.Motivation, n.Text)
		}
		for _, n := range m.Resistance.Needs {
			bm.Resistance = append(bm.Resistance, n.Text)
		}
		p.Maps = append(p.Maps, bm)
	}
	return nil
}

// startOfDay is midnight of t's day, in t's location.
func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}
