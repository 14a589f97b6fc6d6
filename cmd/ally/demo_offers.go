package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// demoOffer is one offer of the demo practice's offers log, fiction
// written for ally like the clients it is made to.
type demoOffer struct {
	client   string
	kind     ally.OfferKind
	what     string
	answer   ally.OfferAnswer
	actedOn  *bool
	followed string
	// heard, when not "", is the start of the client's words in the
	// attended session that gave the answer: the offer links to that
	// moment, as one logged from the report would.
	heard string
	// before is how many days before the attended session it was offered,
	// 0 for in it.
	before int
}

func demoOffers() []demoOffer {
	yes, no := true, false
	return []demoOffer{
		{client: "Maya Lindqvist", kind: ally.OfferTask, what: "An evening walk on Tuesday and Thursday, before the first glass",
			answer: ally.AnswerYes, actedOn: &yes,
			followed: "Walked on Tuesday and slept better; on Thursday she had the glass and enjoyed it. Her plan, her pace."},
		{client: "Maya Lindqvist", kind: ally.OfferPractice, what: "Counting drinks in a phone app", before: 14,
			answer: ally.AnswerNo, followed: "She doesn't want one more thing that grades her evenings. We kept to noticing, not counting."},
		{client: "Maya Lindqvist", kind: ally.OfferInterpretation, what: "That the wine is how she gives herself permission to rest",
			answer: ally.AnswerNotYet, followed: "She wants to sit with it. Ask again only if she brings it up."},
		{client: "Tomás Herrera", kind: ally.OfferIntervention, what: "Charging the phone outside the bedroom",
			answer: ally.AnswerNo, heard: "Yeah, I know, but",
			followed: "The late hours are his only free time; we looked at moving that time earlier instead."},
		{client: "Tomás Herrera", kind: ally.OfferTask, what: "An alarm at 23:30 on work nights, for one week",
			answer: ally.AnswerYes, actedOn: &no,
			followed: "Set it twice and turned it off both nights. What do the hours after 23:30 still give him?"},
		{client: "Priya Nair", kind: ally.OfferTask, what: "Walking three times a week",
			answer: ally.AnswerNo, heard: "I'm not ready for three",
			followed: "Twice a week with her sister instead; the goal's number is hers to set."},
		{client: "Priya Nair", kind: ally.OfferReferral, what: "A physiotherapist's check of the knee before longer walks", before: 7,
			answer: ally.AnswerYes, actedOn: &yes, followed: "Seen twice; cleared for walks of 30 minutes."},
		{client: "Priya Nair", kind: ally.OfferPractice, what: "A short body scan when the fear comes on a walk",
			answer: ally.AnswerNotYet},
	}
}

// seedDemoOffers fills the offers log of each demo client that has none,
// and adds a cancelled session to the first if no demo client has one, so
// that "things to be curious about" has something of every kind.
func seedDemoOffers(ctx context.Context, svc web.Services) error {
	cancelled := false
	var first *ally.Client
	for _, dc := range demoClients() {
		c, err := svc.Clients.FindClientByName(ctx, dc.name)
		if ally.ErrorCode(err) == ally.ENOTFOUND {
			continue
		} else if err != nil {
			return err
		}
		if first == nil {
			first = c
		}
		sessions, err := svc.Sessions.FindSessions(ctx, c.ID)
		if err != nil {
			return err
		}
		for _, s := range sessions {
			cancelled = cancelled || s.Status == ally.SessionCancelled
		}
		// The offers were made in the session the demo analysed.
		analysed, err := svc.Sessions.FindAnalyses(ctx, c.ID)
		if err != nil {
			return err
		} else if len(analysed) == 0 {
			continue
		}
		if err := seedClientOffers(ctx, svc, c, analysed[len(analysed)-1].ID); err != nil {
			return fmt.Errorf("demo offers of %s: %w", c.Name, err)
		}
	}
	if cancelled || first == nil {
		return nil
	}
	sessions, err := svc.Sessions.FindSessions(ctx, first.ID)
	if err != nil || len(sessions) == 0 {
		return err
	}
	return svc.Sessions.CreateSession(ctx, &ally.Session{ClientID: first.ID, Date: sessions[0].Date.AddDate(0, 0, 7),
		Status: ally.SessionCancelled})
}

// seedClientOffers adds client c's demo offers, made in or before session
// sessionID, unless c has offers already.
func seedClientOffers(ctx context.Context, svc web.Services, c *ally.Client, sessionID int64) error {
	if offers, err := svc.Offers.FindOffers(ctx, c.ID); err != nil || len(offers) > 0 {
		return err
	}
	s, err := svc.Sessions.FindSessionByID(ctx, sessionID)
	if err != nil {
		return err
	}
	for _, d := range demoOffers() {
		if d.client != c.Name {
			continue
		}
		o := &ally.Offer{ClientID: c.ID, Kind: d.kind, What: d.what, OfferedAt: s.Date.AddDate(0, 0, -d.before),
			Answer: d.answer, ActedOn: d.actedOn, Followed: d.followed}
		if d.before == 0 {
			o.SessionID = s.ID
		}
		if d.heard != "" {
			o.HeardIn, o.Quote = heardIn(s, d.heard)
		}
		if err := svc.Offers.CreateOffer(ctx, o); err != nil {
			return err
		}
	}
	return nil
}

// heardIn finds the client utterance of s that starts with words, as the
// moment the answer was heard, with its text; nil and "" if there is none.
func heardIn(s *ally.Session, words string) (*ally.UtteranceRef, string) {
	if s.Transcript == nil {
		return nil, ""
	}
	for i, u := range s.Transcript.Utterances {
		if u.Role == ally.RoleClient && strings.HasPrefix(u.Text, words) {
			return &ally.UtteranceRef{SessionID: s.ID, Index: i}, u.Text
		}
	}
	return nil, ""
}
