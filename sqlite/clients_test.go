package sqlite_test

import (
	"testing"
	"time"

	"github.com/ally-mi/ally"
)

func TestClientService_CreateClient(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, p := MustSignIn(t, s, "a@example.org")

	given := now.Add(-48 * time.Hour)
	c := MustCreateClient(t, ctx, s, "  Sam Rivera ", &ally.Consent{GivenAt: given, Note: "signed form"})
	got, err := s.Clients.FindClientByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Sam Rivera" || got.Contact != "  Sam Rivera @example.org" || got.ProfessionalID != p.ID ||
		!got.CreatedAt.Equal(now) || !got.UpdatedAt.Equal(now) {
		t.Errorf("got %+v", got)
	}
	if !got.Consent.Active() || !got.Consent.GivenAt.Equal(given) || got.Consent.Note != "signed form" {
		t.Errorf("consent: got %+v", got.Consent)
	}

	noConsent := MustCreateClient(t, ctx, s, "Ash", nil)
	if got, err := s.Clients.FindClientByID(ctx, noConsent.ID); err != nil {
		t.Fatal(err)
	} else if got.Consent != nil {
		t.Errorf("consent never given: got %+v, want nil", got.Consent)
	}

	wantCode(t, s.Clients.CreateClient(ctx, &ally.Client{Name: "  "}), ally.EINVALID)
	_, err = s.Clients.FindClientByID(ctx, c.ID+100)
	wantCode(t, err, ally.ENOTFOUND)
}

func TestClientService_FindClients(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	for _, name := range []string{"zoë Adams", "Bea Marsh", "ada Park", "Cy  Marshall"} {
		MustCreateClient(t, ctx, s, name, nil)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"ada Park", "Bea Marsh", "Cy  Marshall", "zoë Adams"}},
		{"MARSH", []string{"Bea Marsh", "Cy  Marshall"}},
		{"cy marsh", []string{"Cy  Marshall"}},
		{"ZOË", []string{"zoë Adams"}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			clients, err := s.Clients.FindClients(ctx, ally.ClientFilter{Query: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range clients {
				got = append(got, c.Name)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestClientService_FindClientByName(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	sam := MustCreateClient(t, ctx, s, "Sam Rivera", nil)
	MustCreateClient(t, ctx, s, "Jo Lee", nil)
	MustCreateClient(t, ctx, s, "jo lee", nil)

	got, err := s.Clients.FindClientByName(ctx, " sam  RIVERA")
	if err != nil {
		t.Fatal(err)
	} else if got.ID != sam.ID {
		t.Errorf("got id %d, want %d", got.ID, sam.ID)
	}
	_, err = s.Clients.FindClientByName(ctx, "Sam")
	wantCode(t, err, ally.ENOTFOUND)
	_, err = s.Clients.FindClientByName(ctx, "Jo Lee")
	wantCode(t, err, ally.ECONFLICT)
}

func TestClientService_UpdateClient(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", &ally.Consent{Note: "verbally"})

	upd := &ally.Client{ID: c.ID, Name: "Sam Rivera", Contact: "+44 20 7946 0000"}
	wantCode(t, s.Clients.UpdateClient(ctx, upd), "")
	if upd.Consent == nil || upd.Consent.Note != "verbally" || !upd.CreatedAt.Equal(now) {
		t.Errorf("update did not fill in what is stored: got %+v", upd)
	}
	got, err := s.Clients.FindClientByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	} else if got.Name != "Sam Rivera" || got.Contact != "+44 20 7946 0000" {
		t.Errorf("got %+v", got)
	}
	wantCode(t, s.Clients.UpdateClient(ctx, &ally.Client{ID: c.ID, Name: ""}), ally.EINVALID)
	wantCode(t, s.Clients.UpdateClient(ctx, &ally.Client{ID: c.ID + 1, Name: "X"}), ally.ENOTFOUND)
}

func TestClientService_Consent(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)

	wantCode(t, s.Clients.RevokeConsent(ctx, c.ID, false), ally.EINVALID)
	wantCode(t, s.Clients.GiveConsent(ctx, c.ID, ally.Consent{Note: "signed form"}), "")
	got, _ := s.Clients.FindClientByID(ctx, c.ID)
	if !got.Consent.Active() || !got.Consent.GivenAt.Equal(now) || got.Consent.Note != "signed form" {
		t.Fatalf("given: got %+v", got.Consent)
	}

	wantCode(t, s.Clients.RevokeConsent(ctx, c.ID, false), "")
	got, _ = s.Clients.FindClientByID(ctx, c.ID)
	if got.Consent.Active() || got.Consent.RevokedAt == nil || !got.Consent.RevokedAt.Equal(now) {
		t.Fatalf("revoked: got %+v", got.Consent)
	}
	// Revoking again keeps the first date and is no error.
	wantCode(t, s.Clients.RevokeConsent(ctx, c.ID, false), "")

	// Consent given again after a revocation holds again.
	wantCode(t, s.Clients.GiveConsent(ctx, c.ID, ally.Consent{Note: "again"}), "")
	if got, _ := s.Clients.FindClientByID(ctx, c.ID); !got.Consent.Active() || got.Consent.Note != "again" {
		t.Fatalf("given again: got %+v", got.Consent)
	}
	wantCode(t, s.Clients.GiveConsent(ctx, c.ID+1, ally.Consent{}), ally.ENOTFOUND)
	wantCode(t, s.Clients.RevokeConsent(ctx, c.ID+1, true), ally.ENOTFOUND)
}

// TestClientService_RevokeConsentDeletes checks that revoking with
// deleteTranscripts deletes every transcript, analysis and correction of
// the client's sessions, and nothing of other clients.
func TestClientService_RevokeConsentDeletes(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	sam := MustCreateClient(t, ctx, s, "Sam", &ally.Consent{})
	kit := MustCreateClient(t, ctx, s, "Kit", &ally.Consent{})
	var samSessions []*ally.Session
	for i := 0; i < 2; i++ {
		ss := MustCreateSession(t, ctx, s, sam.ID, now.AddDate(0, 0, -7*i))
		wantCode(t, s.Sessions.SaveAnalysis(ctx, ss.ID, Transcript(4, "no"), Analysis("no"), "m1"), "")
		wantCode(t, s.Sessions.AddCorrection(ctx, ss.ID, ally.Correction{Utterance: 1, Code: ally.CodeChange},
			Transcript(4, "no"), Analysis("no")), "")
		samSessions = append(samSessions, ss)
	}
	kitSession := MustCreateSession(t, ctx, s, kit.ID, now)
	wantCode(t, s.Sessions.SaveAnalysis(ctx, kitSession.ID, Transcript(4, "yes"), Analysis("yes"), "m1"), "")

	// Without deleteTranscripts, transcripts stay.
	wantCode(t, s.Clients.RevokeConsent(ctx, sam.ID, false), "")
	if got, _ := s.Sessions.FindSessionByID(ctx, samSessions[0].ID); got.Transcript == nil {
		t.Fatal("transcript deleted without deleteTranscripts")
	}
	wantCode(t, s.Clients.RevokeConsent(ctx, sam.ID, true), "")
	for _, ss := range samSessions {
		got, err := s.Sessions.FindSessionByID(ctx, ss.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Transcript != nil || got.Analysis != nil || len(got.Corrections) != 0 {
			t.Errorf("session %d kept transcript %v, analysis %v, corrections %v",
				ss.ID, got.Transcript != nil, got.Analysis != nil, got.Corrections)
		}
	}
	if got, _ := s.Sessions.FindSessionByID(ctx, kitSession.ID); got.Transcript == nil || got.Analysis == nil {
		t.Error("another client's transcript was deleted")
	}
}
