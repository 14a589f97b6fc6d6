package sqlite_test

import (
	"context"
	"testing"

	"github.com/ally-mi/ally"
)

// TestScope checks that every scoped method refuses another professional's
// records as if they did not exist, and refuses everything to nobody.
func TestScope(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctxA, a := MustSignIn(t, s, "a@example.org")
	ctxB, _ := MustSignIn(t, s, "b@example.org")

	// B has consent on record for a client of their own, so that nothing
	// below fails for want of consent rather than of scope.
	MustCreateClient(t, ctxB, s, "Bea", &ally.Consent{})
	client := MustCreateClient(t, ctxA, s, "Sam", &ally.Consent{Note: "signed"})
	goal := &ally.Goal{ClientID: client.ID, Title: "Drink less"}
	wantCode(t, s.Goals.CreateGoal(ctxA, goal), "")
	session := MustCreateSession(t, ctxA, s, client.ID, now)
	wantCode(t, s.Sessions.SaveAnalysis(ctxA, session.ID, Transcript(4, "mine"), Analysis("mine"), "m1"), "")
	note := &ally.Note{SessionID: session.ID, Format: ally.NotePrivate, Sections: []string{"A's note"}}
	wantCode(t, s.Notes.SaveNote(ctxA, note), "")
	entry := &ally.JournalEntry{Kind: ally.JournalSelfCheck, ClientID: client.ID, Alive: "A's own"}
	wantCode(t, s.Journal.CreateJournalEntry(ctxA, entry), "")
	wantCode(t, s.GoalMaps.SaveGoalMap(ctxA, &ally.GoalMap{GoalID: goal.ID, Motivation: ally.MapSide{Wants: "A's map"}}), "")
	sheet := &ally.Worksheet{ClientID: client.ID, Behaviour: "A's worksheet"}
	wantCode(t, s.Worksheets.CreateWorksheet(ctxA, sheet), "")

	calls := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"FindClientByID", func(ctx context.Context) error { _, err := s.Clients.FindClientByID(ctx, client.ID); return err }},
		{"FindClientByName", func(ctx context.Context) error { _, err := s.Clients.FindClientByName(ctx, "Sam"); return err }},
		{"UpdateClient", func(ctx context.Context) error {
			return s.Clients.UpdateClient(ctx, &ally.Client{ID: client.ID, Name: "Taken"})
		}},
		{"GiveConsent", func(ctx context.Context) error { return s.Clients.GiveConsent(ctx, client.ID, ally.Consent{}) }},
		{"RevokeConsent", func(ctx context.Context) error { return s.Clients.RevokeConsent(ctx, client.ID, true) }},
		{"FindGoals", func(ctx context.Context) error { _, err := s.Goals.FindGoals(ctx, client.ID); return err }},
		{"CreateGoal", func(ctx context.Context) error {
			return s.Goals.CreateGoal(ctx, &ally.Goal{ClientID: client.ID, Title: "x"})
		}},
		{"UpdateGoal", func(ctx context.Context) error {
			return s.Goals.UpdateGoal(ctx, &ally.Goal{ID: goal.ID, Title: "x"})
		}},
		{"DeleteGoal", func(ctx context.Context) error { return s.Goals.DeleteGoal(ctx, goal.ID) }},
		{"FindSessions", func(ctx context.Context) error { _, err := s.Sessions.FindSessions(ctx, client.ID); return err }},
		{"FindSessionByID", func(ctx context.Context) error { _, err := s.Sessions.FindSessionByID(ctx, session.ID); return err }},
		{"CreateSession", func(ctx context.Context) error {
			return s.Sessions.CreateSession(ctx, &ally.Session{ClientID: client.ID, Date: now})
		}},
		{"UpdateSessionStatus", func(ctx context.Context) error {
			return s.Sessions.UpdateSessionStatus(ctx, session.ID, now, ally.SessionCancelled)
		}},
		{"SaveAnalysis", func(ctx context.Context) error {
			return s.Sessions.SaveAnalysis(ctx, session.ID, Transcript(4, "theirs"), nil, "m2")
		}},
		{"AddCorrection", func(ctx context.Context) error {
			return s.Sessions.AddCorrection(ctx, session.ID, ally.Correction{Utterance: 1, Code: ally.CodeChange}, Transcript(4, "theirs"), nil)
		}},
		{"DeleteSession", func(ctx context.Context) error { return s.Sessions.DeleteSession(ctx, session.ID) }},
		{"FindNotes", func(ctx context.Context) error { _, err := s.Notes.FindNotes(ctx, session.ID); return err }},
		{"SaveNote", func(ctx context.Context) error {
			return s.Notes.SaveNote(ctx, &ally.Note{SessionID: session.ID, Format: ally.NotePrivate, Sections: []string{"B's"}})
		}},
		{"FindJournalEntries of A's client", func(ctx context.Context) error {
			_, err := s.Journal.FindJournalEntries(ctx, ally.JournalFilter{ClientID: client.ID})
			return err
		}},
		{"FindJournalEntryByID", func(ctx context.Context) error { _, err := s.Journal.FindJournalEntryByID(ctx, entry.ID); return err }},
		{"CreateJournalEntry for A's client", func(ctx context.Context) error {
			return s.Journal.CreateJournalEntry(ctx, &ally.JournalEntry{Kind: ally.JournalSelfCheck, ClientID: client.ID, Alive: "x"})
		}},
		{"UpdateJournalEntry", func(ctx context.Context) error {
			return s.Journal.UpdateJournalEntry(ctx, &ally.JournalEntry{ID: entry.ID, Alive: "B's"})
		}},
		{"DeleteJournalEntry", func(ctx context.Context) error { return s.Journal.DeleteJournalEntry(ctx, entry.ID) }},
		{"FindGoalMap", func(ctx context.Context) error { _, err := s.GoalMaps.FindGoalMap(ctx, goal.ID); return err }},
		{"SaveGoalMap", func(ctx context.Context) error {
			return s.GoalMaps.SaveGoalMap(ctx, &ally.GoalMap{GoalID: goal.ID, Resistance: ally.MapSide{Wants: "B's"}})
		}},
		{"FindWorksheets", func(ctx context.Context) error { _, err := s.Worksheets.FindWorksheets(ctx, client.ID); return err }},
		{"FindWorksheetByID", func(ctx context.Context) error { _, err := s.Worksheets.FindWorksheetByID(ctx, sheet.ID); return err }},
		{"CreateWorksheet", func(ctx context.Context) error {
			return s.Worksheets.CreateWorksheet(ctx, &ally.Worksheet{ClientID: client.ID, Behaviour: "B's"})
		}},
		{"UpdateWorksheet", func(ctx context.Context) error {
			return s.Worksheets.UpdateWorksheet(ctx, &ally.Worksheet{ID: sheet.ID, Behaviour: "B's"})
		}},
		{"DeleteWorksheet", func(ctx context.Context) error { return s.Worksheets.DeleteWorksheet(ctx, sheet.ID) }},
		{"UpdateTenderSpots", func(ctx context.Context) error {
			return s.Professionals.UpdateTenderSpots(ctx, a.ID, []string{"x"})
		}},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, tt.call(ctxB), ally.ENOTFOUND)
			wantCode(t, tt.call(context.Background()), ally.EUNAUTHORIZED)
		})
	}
	t.Run("FindClients", func(t *testing.T) {
		clients, err := s.Clients.FindClients(ctxB, ally.ClientFilter{})
		if err != nil {
			t.Fatal(err)
		} else if len(clients) != 1 || clients[0].Name != "Bea" {
			t.Errorf("B sees %d clients, want only their own", len(clients))
		}
		_, err = s.Clients.FindClients(context.Background(), ally.ClientFilter{})
		wantCode(t, err, ally.EUNAUTHORIZED)
	})

	// Nothing of A's changed.
	got, err := s.Sessions.FindSessionByID(ctxA, session.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != ally.SessionAttended || got.Model != "m1" || got.Transcript.Utterances[1].Text != "mine" ||
		len(got.Corrections) != 0 {
		t.Errorf("A's session changed: %+v", got)
	}
	if c, _ := s.Clients.FindClientByID(ctxA, client.ID); c.Name != "Sam" || !c.Consent.Active() || c.Consent.Note != "signed" {
		t.Errorf("A's client changed: %+v %+v", c, c.Consent)
	}
	if goals, _ := s.Goals.FindGoals(ctxA, client.ID); len(goals) != 1 || goals[0].Title != "Drink less" {
		t.Errorf("A's goals changed: %d", len(goals))
	}
	if notes, _ := s.Notes.FindNotes(ctxA, session.ID); len(notes) != 1 || notes[0].Sections[0] != "A's note" {
		t.Errorf("A's notes changed")
	}
	if got, err := s.Journal.FindJournalEntryByID(ctxA, entry.ID); err != nil || got.Alive != "A's own" || got.ClientID != client.ID {
		t.Errorf("A's journal entry changed: %+v, %v", got, err)
	}
	if entries, _ := s.Journal.FindJournalEntries(ctxB, ally.JournalFilter{}); len(entries) != 0 {
		t.Errorf("B sees %d journal entries, want none", len(entries))
	}
	if m, _ := s.GoalMaps.FindGoalMap(ctxA, goal.ID); m.Motivation.Wants != "A's map" || m.Resistance.Wants != "" {
		t.Errorf("A's map changed: %+v", m)
	}
	if sheets, _ := s.Worksheets.FindWorksheets(ctxA, client.ID); len(sheets) != 1 || sheets[0].Behaviour != "A's worksheet" {
		t.Errorf("A's worksheets changed: %+v", sheets)
	}
	if sessions, _ := s.Sessions.FindSessions(ctxA, client.ID); len(sessions) != 1 {
		t.Errorf("A has %d sessions, want 1", len(sessions))
	}
}
