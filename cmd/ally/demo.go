package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/web"
)

// The demo professional. The password is printed and known to anyone who
// reads this file: a demo practice holds no one's real data.
const (
	demoEmail    = "demo@ally.example"
	demoName     = "Robin Demo"
	demoPassword = "demo practice of ally"
)

// demoClient is a fictional client of the demo practice, written for ally.
type demoClient struct {
	name, contact, consentNote string
	goal, goalDescription      string
	// transcript is one attended session, "Name: text" per line.
	transcript string
	// soap is the attended session's SOAP note; private its private note.
	soap    []string
	private string
	// quiet is the status of a second session that did not take place.
	quiet ally.SessionStatus
}

// seedDemo adds the demo professional and their clients to svc unless
// they are there already, so serve --demo can run every time; then it
// prints how to sign in.
func seedDemo(ctx context.Context, w io.Writer, svc web.Services, model string, clock *demoClock) error {
	pro, err := svc.Professionals.FindProfessionalByEmail(ctx, demoEmail)
	if ally.ErrorCode(err) == ally.ENOTFOUND {
		pro = &ally.Professional{Email: demoEmail, Name: demoName}
		err = svc.Professionals.CreateProfessional(ctx, pro, demoPassword)
		if err == nil {
			pro.TenderSpots = []string{"drinking", "my father"}
			err = svc.Professionals.UpdateTenderSpots(ally.NewContextWithProfessional(ctx, pro), pro.ID, pro.TenderSpots)
		}
	}
	if err != nil {
		return err
	}
	ctx = ally.NewContextWithProfessional(ctx, pro)
	day := time.Now().Truncate(24 * time.Hour)
	for i, dc := range demoClients() {
		_, err := svc.Clients.FindClientByName(ctx, dc.name)
		if err == nil {
			continue
		} else if ally.ErrorCode(err) != ally.ENOTFOUND {
			return err
		}
		if err := seedDemoClient(ctx, svc, pro, dc, day.AddDate(0, 0, -7*(i+1)), model); err != nil {
			return fmt.Errorf("demo client %s: %w", dc.name, err)
		}
	}
	if err := seedDemoJournal(ctx, svc); err != nil {
		return fmt.Errorf("demo journal: %w", err)
	}
	if err := seedDemoMaps(ctx, svc); err != nil {
		return fmt.Errorf("demo maps: %w", err)
	}
	if err := seedDemoOffers(ctx, svc); err != nil {
		return err
	}
	if err := seedDemoTrends(ctx, svc, pro, model); err != nil {
		return fmt.Errorf("demo trends: %w", err)
	}
	if err := seedDemoCheckIns(ctx, svc, clock); err != nil {
		return err
	}
	fmt.Fprintf(w, "demo practice: sign in as %s with the password %q\n", demoEmail, demoPassword)
	return nil
}

// seedDemoClient adds one demo client with consent, a goal, an analysed
// session with notes, and a session that did not take place.
func seedDemoClient(ctx context.Context, svc web.Services, pro *ally.Professional, dc demoClient, date time.Time, model string) error {
	c := &ally.Client{Name: dc.name, Contact: dc.contact}
	if err := svc.Clients.CreateClient(ctx, c); err != nil {
		return err
	}
	if err := svc.Clients.GiveConsent(ctx, c.ID, ally.Consent{GivenAt: date.AddDate(0, 0, -14), Note: dc.consentNote}); err != nil {
		return err
	}
	if err := svc.Goals.CreateGoal(ctx, &ally.Goal{ClientID: c.ID, Title: dc.goal, Description: dc.goalDescription}); err != nil {
		return err
	}
	s := &ally.Session{ClientID: c.ID, Date: date, Status: ally.SessionAttended}
	if err := svc.Sessions.CreateSession(ctx, s); err != nil {
		return err
	}
	res, err := svc.Analyzer.Analyze(ctx, strings.NewReader(dc.transcript), "session.txt",
		ally.AnalyzeOptions{Format: "txt", TenderSpots: pro.TenderSpots})
	if err != nil {
		return err
	}
	if err := svc.Sessions.SaveAnalysis(ctx, s.ID, res.Transcript, res.Analysis, model); err != nil {
		return err
	}
	if err := svc.Notes.SaveNote(ctx, &ally.Note{SessionID: s.ID, Format: ally.NoteSOAP, Sections: dc.soap}); err != nil {
		return err
	}
	if err := svc.Notes.SaveNote(ctx, &ally.Note{SessionID: s.ID, Format: ally.NotePrivate, Sections: []string{dc.private}}); err != nil {
		return err
	}
	return svc.Sessions.CreateSession(ctx, &ally.Session{ClientID: c.ID, Date: date.AddDate(0, 0, 7), Status: dc.quiet})
}
