package web

import (
	"context"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/analysis/quote"
)

// A session touched a tender spot when its analysis says so: a G1 moment
// (a spot answered reactively) or G1 evidence (the utterances at a spot).
// Which spot is read from the words themselves, against the professional's
// spots of today; a spot removed since is "one of your tender spots".

// maxTouchesShown is how many touches of one session are shown: enough to
// recognise the session, few enough to reflect on.
const maxTouchesShown = 3

// maxTouchedSessions caps the journal's list, newest first: each one reads
// its transcript for the words.
const maxTouchedSessions = 20

// touchedSession is one session that touched a tender spot.
type touchedSession struct {
	SessionID  int64
	ClientName string
	Date       time.Time
	// Spots are the professional's spots touched, empty when none of
	// today's spots is in the words.
	Spots   []string
	Touches []touchView
}

// URL is the session page.
func (t touchedSession) URL() string { return sessionURL(t.SessionID) }

// touchView is one place in a session where a tender spot was touched, and
// how the professional responded there.
type touchView struct {
	// Anchor is the id on the session page: the report's moment when
	// there is one, else the utterance.
	Anchor  string
	Speaker string
	Quote   string
	// Mine is true when the professional's own words touched the spot.
	Mine bool
	// Response is the professional's answer, "" when there was none;
	// ResponseCode what the coder called it.
	Response     string
	ResponseCode string
	// WhatHappened is the analysis's reading of a moment, "" otherwise.
	WhatHappened string
	// Reactive is true when the answer was reactive (a G1 moment).
	Reactive bool
}

// touchedIndexes returns the utterances at a tender spot by a's guideline
// 1, in order, nil when a touched none.
func touchedIndexes(a *ally.Analysis) []int {
	if a == nil {
		return nil
	}
	seen := map[int]bool{}
	for _, g := range a.Guidelines {
		if g.ID != "G1" {
			continue
		}
		for _, ind := range g.Indicators {
			for _, i := range ind.Evidence {
				seen[i] = true
			}
		}
	}
	for _, m := range a.Moments {
		if m.Kind == ally.MomentTenderReactive {
			seen[m.Index] = true
		}
	}
	out := make([]int, 0, len(seen))
	for i := range seen {
		out = append(out, i)
	}
	sort.Ints(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// touchesOf returns where sess touched a tender spot and which of spots it
// touched; none when it touched no spot. sess must carry its transcript
// for touches without a moment to be quoted.
func touchesOf(sess *ally.Session, spots []string) (named []string, touches []touchView) {
	at := touchedIndexes(sess.Analysis)
	if at == nil {
		return nil, nil
	}
	t := sess.Transcript
	shown := map[int]bool{}
	var texts []string
	// The analysis's own moments first: they say what happened.
	for n, m := range sess.Analysis.Moments {
		if m.Kind != ally.MomentTenderReactive && !slices.Contains(at, m.Index) {
			continue
		}
		shown[m.Index] = true
		texts = append(texts, m.Quote, utteranceText(t, m.Index))
		touches = append(touches, touchView{Anchor: "moment-" + strconv.Itoa(n+1), Speaker: m.Speaker, Quote: m.Quote,
			Response: m.ResponseQuote, ResponseCode: responseCode(t, m.Response), WhatHappened: m.WhatHappened,
			Reactive: m.Kind == ally.MomentTenderReactive})
	}
	if t != nil {
		for _, i := range at {
			if shown[i] || i < 0 || i >= len(t.Utterances) {
				continue
			}
			u := t.Utterances[i]
			texts = append(texts, u.Text)
			if u.Role == ally.RolePractitioner && shown[previousClient(t, i)] {
				continue // the answer to a touch already shown
			}
			shown[i] = true
			v := touchView{Anchor: "u" + strconv.Itoa(i), Speaker: u.Speaker, Quote: quote.Cut(u.Text, 30),
				Mine: u.Role == ally.RolePractitioner}
			if !v.Mine {
				if r := nextPractitioner(t, i); r >= 0 {
					shown[r] = true
					v.Response = quote.Cut(t.Utterances[r].Text, 30)
					v.ResponseCode = responseCode(t, &r)
				}
			}
			touches = append(touches, v)
		}
	}
	for _, text := range texts {
		for _, sp := range analysis.SpotsTouched(text, spots) {
			if !slices.Contains(named, sp) {
				named = append(named, sp)
			}
		}
	}
	if len(touches) > maxTouchesShown {
		touches = touches[:maxTouchesShown]
	}
	return named, touches
}

// nextPractitioner returns the practitioner's answer to utterance i: their
// next utterance before the client speaks again, -1 if none.
func nextPractitioner(t *ally.Transcript, i int) int {
	for j := i + 1; j < len(t.Utterances); j++ {
		switch t.Utterances[j].Role {
		case ally.RolePractitioner:
			return j
		case ally.RoleClient:
			return -1
		}
	}
	return -1
}

// previousClient returns the client utterance practitioner utterance i
// answers, -1 if none.
func previousClient(t *ally.Transcript, i int) int {
	for j := i - 1; j >= 0; j-- {
		if t.Utterances[j].Role == ally.RoleClient {
			return j
		}
	}
	return -1
}

// responseCode names the code of utterance r in words, "" when unknown.
func responseCode(t *ally.Transcript, r *int) string {
	if t == nil || r == nil || *r < 0 || *r >= len(t.Utterances) {
		return ""
	}
	c := t.Utterances[*r].Code
	v := c.Label
	if c.Subcode != "" {
		v += "/" + c.Subcode
	}
	for _, ch := range codeChoices() {
		if ch.Value == v {
			return ch.Text
		}
	}
	return ""
}

// touchedSessions returns the professional's analysed sessions that
// touched a tender spot, newest first and at most max (each reads its
// transcript), with their client's names; clientID 0 reads every client's.
func (s *Server) touchedSessions(ctx context.Context, clientID int64, max int) ([]touchedSession, error) {
	me := ally.ProfessionalFromContext(ctx)
	analysed, err := s.svc.Sessions.FindAnalyses(ctx, clientID)
	if err != nil {
		return nil, err
	}
	clients, err := s.svc.Clients.FindClients(ctx, ally.ClientFilter{})
	if err != nil {
		return nil, err
	}
	names := map[int64]string{}
	for _, c := range clients {
		names[c.ID] = c.Name
	}
	var out []touchedSession
	for i := len(analysed) - 1; i >= 0 && len(out) < max; i-- {
		if touchedIndexes(analysed[i].Analysis) == nil {
			continue
		}
		a := analysed[i]
		key := newTouchKey(a.ID, a.AnalysedAt, me.TenderSpots)
		found, ok := s.touches.get(key)
		if !ok {
			// The words of touches without a moment are in the transcript.
			sess, err := s.svc.Sessions.FindSessionByID(ctx, a.ID)
			if err != nil {
				return nil, err
			}
			found.spots, found.touches = touchesOf(sess, me.TenderSpots)
			s.touches.put(key, found)
		}
		out = append(out, touchedSession{SessionID: a.ID, ClientName: names[a.ClientID], Date: a.Date,
			Spots: found.spots, Touches: found.touches})
	}
	return out, nil
}
