package sqlite_test

import (
	"slices"
	"testing"
	"time"

	"github.com/ally-mi/ally"
)

func TestSessionService_CreateFind(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)

	old := MustCreateSession(t, ctx, s, c.ID, now.AddDate(0, 0, -7))
	planned := &ally.Session{ClientID: c.ID, Date: now.Add(24 * time.Hour)}
	wantCode(t, s.Sessions.CreateSession(ctx, planned), "")
	if planned.Status != ally.SessionScheduled || !planned.CreatedAt.Equal(now) {
		t.Errorf("created: got %+v", planned)
	}

	tests := []struct {
		name string
		s    ally.Session
		want string
	}{
		{"no date", ally.Session{ClientID: c.ID}, ally.EINVALID},
		{"unknown status", ally.Session{ClientID: c.ID, Date: now, Status: "postponed"}, ally.EINVALID},
		{"no such client", ally.Session{ClientID: c.ID + 1, Date: now}, ally.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.Sessions.CreateSession(ctx, &tt.s), tt.want)
		})
	}

	sessions, err := s.Sessions.FindSessions(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sessions) != 2 || sessions[0].ID != planned.ID || sessions[1].ID != old.ID {
		t.Fatalf("got %d sessions, want the planned one, then the old one", len(sessions))
	}
	got, err := s.Sessions.FindSessionByID(ctx, old.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Date.Equal(old.Date) || got.Status != ally.SessionAttended || got.Transcript != nil || got.Analysis != nil {
		t.Errorf("got %+v", got)
	}
	_, err = s.Sessions.FindSessionByID(ctx, planned.ID+1)
	wantCode(t, err, ally.ENOTFOUND)
	_, err = s.Sessions.FindSessions(ctx, c.ID+1)
	wantCode(t, err, ally.ENOTFOUND)
}

func TestSessionService_UpdateSessionStatus(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)
	ss := MustCreateSession(t, ctx, s, c.ID, now)

	moved := now.Add(2 * time.Hour)
	wantCode(t, s.Sessions.UpdateSessionStatus(ctx, ss.ID, moved, ally.SessionNoShow), "")
	got, err := s.Sessions.FindSessionByID(ctx, ss.ID)
	if err != nil {
		t.Fatal(err)
	} else if !got.Date.Equal(moved) || got.Status != ally.SessionNoShow {
		t.Errorf("got %v %q, want %v %q", got.Date, got.Status, moved, ally.SessionNoShow)
	}
	wantCode(t, s.Sessions.UpdateSessionStatus(ctx, ss.ID, moved, "lost"), ally.EINVALID)
	wantCode(t, s.Sessions.UpdateSessionStatus(ctx, ss.ID+1, moved, ally.SessionCancelled), ally.ENOTFOUND)
}

// TestSessionService_ConsentGate checks that nothing of a transcript is
// stored for a client without active consent.
func TestSessionService_ConsentGate(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	never := MustCreateClient(t, ctx, s, "Never", nil)
	revoked := MustCreateClient(t, ctx, s, "Revoked", &ally.Consent{})
	wantCode(t, s.Clients.RevokeConsent(ctx, revoked.ID, false), "")

	for _, c := range []*ally.Client{never, revoked} {
		ss := MustCreateSession(t, ctx, s, c.ID, now)
		wantCode(t, s.Sessions.SaveAnalysis(ctx, ss.ID, Transcript(4, "hm"), Analysis("hm"), "m1"), ally.EFORBIDDEN)
		got, err := s.Sessions.FindSessionByID(ctx, ss.ID)
		if err != nil {
			t.Fatal(err)
		} else if got.Transcript != nil || got.Analysis != nil || got.Model != "" {
			t.Errorf("%s: stored without consent", c.Name)
		}
	}
}

func TestSessionService_SaveAnalysis(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, p := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", &ally.Consent{Note: "signed"})
	ss := MustCreateSession(t, ctx, s, c.ID, now)

	wantCode(t, s.Sessions.SaveAnalysis(ctx, ss.ID, nil, nil, "m1"), ally.EINVALID)
	wantCode(t, s.Sessions.SaveAnalysis(ctx, ss.ID, Transcript(6, "I like my evenings"), Analysis("I like my evenings"), "m1"), "")
	got, err := s.Sessions.FindSessionByID(ctx, ss.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Model != "m1" || got.Transcript == nil || len(got.Transcript.Utterances) != 6 ||
		got.Transcript.Utterances[1].Text != "I like my evenings" ||
		got.Transcript.Utterances[0].Code.Subcode != ally.SubOpen || *got.Transcript.Utterances[2].Start != 14 {
		t.Fatalf("transcript: got %+v", got.Transcript)
	}
	if got.Analysis == nil || *got.Analysis.Score != 61.5 || got.Analysis.Moments[0].Quote != "I like my evenings" {
		t.Fatalf("analysis: got %+v", got.Analysis)
	}
	if !got.AnalysedAt.Equal(now) {
		t.Errorf("analysed at %v, want %v", got.AnalysedAt, now)
	}

	// A correction stores the recomputed transcript and keeps the model.
	corrected := Transcript(6, "I like my evenings")
	corrected.Utterances[1].Code = ally.Code{Label: ally.CodeChange, Confidence: 1}
	wantCode(t, s.Sessions.AddCorrection(ctx, ss.ID,
		ally.Correction{Utterance: 1, Code: ally.CodeChange}, corrected, Analysis("x")), "")
	got, err = s.Sessions.FindSessionByID(ctx, ss.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Corrections) != 1 || got.Corrections[0] != (ally.Correction{Utterance: 1, Code: ally.CodeChange, By: p.ID, At: now}) {
		t.Errorf("corrections: got %+v", got.Corrections)
	}
	if got.Transcript.Utterances[1].Code.Label != ally.CodeChange || got.Model != "m1" {
		t.Errorf("corrected transcript: got %+v, model %q", got.Transcript.Utterances[1].Code, got.Model)
	}

	tests := []struct {
		name string
		c    ally.Correction
		t    *ally.Transcript
		want string
	}{
		{"utterance out of range", ally.Correction{Utterance: 6, Code: ally.CodeChange}, corrected, ally.EINVALID},
		{"no code", ally.Correction{Utterance: 1}, corrected, ally.EINVALID},
		{"no transcript", ally.Correction{Utterance: 1, Code: ally.CodeChange}, nil, ally.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, s.Sessions.AddCorrection(ctx, ss.ID, tt.c, tt.t, nil), tt.want)
		})
	}

	// A session without a stored transcript has nothing to correct.
	bare := MustCreateSession(t, ctx, s, c.ID, now)
	wantCode(t, s.Sessions.AddCorrection(ctx, bare.ID, ally.Correction{Utterance: 1, Code: ally.CodeChange}, corrected, nil), ally.EINVALID)
}

func TestSessionService_DeleteSession(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", &ally.Consent{})
	ss := MustCreateSession(t, ctx, s, c.ID, now)
	wantCode(t, s.Sessions.SaveAnalysis(ctx, ss.ID, Transcript(4, "hm"), nil, "m1"), "")
	wantCode(t, s.Notes.SaveNote(ctx, &ally.Note{SessionID: ss.ID, Format: ally.NotePrivate, Sections: []string{"x"}}), "")

	wantCode(t, s.Sessions.DeleteSession(ctx, ss.ID), "")
	_, err := s.Sessions.FindSessionByID(ctx, ss.ID)
	wantCode(t, err, ally.ENOTFOUND)
	_, err = s.Notes.FindNotes(ctx, ss.ID)
	wantCode(t, err, ally.ENOTFOUND)
	wantCode(t, s.Sessions.DeleteSession(ctx, ss.ID), ally.ENOTFOUND)
}

func TestSessionService_FindAnalyses(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	consent := &ally.Consent{GivenAt: now}
	sam := MustCreateClient(t, ctx, s, "Sam", consent)
	kim := MustCreateClient(t, ctx, s, "Kim", consent)

	later := MustCreateSession(t, ctx, s, sam.ID, now.AddDate(0, 0, -1))
	earlier := MustCreateSession(t, ctx, s, sam.ID, now.AddDate(0, 0, -8))
	MustCreateSession(t, ctx, s, sam.ID, now.AddDate(0, 0, -3)) // no transcript
	other := MustCreateSession(t, ctx, s, kim.ID, now.AddDate(0, 0, -5))
	for _, ss := range []*ally.Session{later, earlier, other} {
		wantCode(t, s.Sessions.SaveAnalysis(ctx, ss.ID, Transcript(2, "words"), Analysis("quote"), "m1"), "")
	}

	ids := func(clientID int64) []int64 {
		t.Helper()
		got, err := s.Sessions.FindAnalyses(ctx, clientID)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, ss := range got {
			if ss.Analysis == nil || ss.Transcript != nil || ss.Model != "m1" || !ss.AnalysedAt.Equal(now) {
				t.Errorf("session %d: analysis %v, transcript %v, model %q, analysed at %v", ss.ID, ss.Analysis != nil, ss.Transcript != nil, ss.Model, ss.AnalysedAt)
			}
			out = append(out, ss.ID)
		}
		return out
	}
	if got, want := ids(sam.ID), []int64{earlier.ID, later.ID}; !slices.Equal(got, want) {
		t.Errorf("Sam's analyses: got %v, want %v", got, want)
	}
	if got, want := ids(0), []int64{earlier.ID, other.ID, later.ID}; !slices.Equal(got, want) {
		t.Errorf("all analyses: got %v, want %v", got, want)
	}

	// Analyses read once are kept decoded; a new analysis of the session
	// (at the same instant, as this test's clock gives it) replaces its own.
	quote := func() string {
		t.Helper()
		got, err := s.Sessions.FindAnalyses(ctx, sam.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got[len(got)-1].Analysis.Moments[0].Quote
	}
	if got := quote(); got != "quote" {
		t.Fatalf("first read: quote %q", got)
	}
	wantCode(t, s.Sessions.SaveAnalysis(ctx, later.ID, Transcript(2, "words"), Analysis("a new reading"), "m1"), "")
	if got := quote(); got != "a new reading" {
		t.Errorf("after a new analysis: quote %q, want the new one", got)
	}
	wantCode(t, s.Sessions.DeleteSession(ctx, later.ID), "")
	if got, want := ids(sam.ID), []int64{earlier.ID}; !slices.Equal(got, want) {
		t.Errorf("after deleting a session: got %v, want %v", got, want)
	}
	wantCode(t, s.Clients.RevokeConsent(ctx, sam.ID, true), "")
	if got := ids(sam.ID); len(got) != 0 {
		t.Errorf("after consent was revoked with its transcripts: got %v, want none", got)
	}

	otherCtx, _ := MustSignIn(t, s, "b@example.org")
	if got, err := s.Sessions.FindAnalyses(otherCtx, 0); err != nil || len(got) != 0 {
		t.Errorf("another professional: got %d analyses, err %v", len(got), err)
	}
	_, err := s.Sessions.FindAnalyses(otherCtx, sam.ID)
	wantCode(t, err, ally.ENOTFOUND)
}
