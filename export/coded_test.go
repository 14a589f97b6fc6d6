package export_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/export"
	"github.com/ally-mi/ally/mi"
	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/vault"
)

// stores are the services of a fresh practice on the real store.
type stores struct {
	pros     *sqlite.ProfessionalService
	clients  *sqlite.ClientService
	sessions *sqlite.SessionService
	notes    *sqlite.NoteService
}

func mustStores(tb testing.TB) stores {
	tb.Helper()
	master := make([]byte, vault.KeySize)
	rand.Read(master)
	keys, err := vault.NewKeyring(master)
	if err != nil {
		tb.Fatal(err)
	}
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "ally.db"), keys)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return stores{sqlite.NewProfessionalService(db), sqlite.NewClientService(db), sqlite.NewSessionService(db), sqlite.NewNoteService(db)}
}

// coded returns a small coded transcript: a practitioner and a client who
// take turns, the client's first turn quoting a phrase.
func coded(phrase string) *ally.Transcript {
	t := &ally.Transcript{Speakers: []ally.Speaker{{Name: "Dr Rivera", Role: ally.RolePractitioner}, {Name: "Ada Park", Role: ally.RoleClient}}}
	add := func(speaker string, role ally.Role, text, label, sub string) {
		t.Utterances = append(t.Utterances, ally.Utterance{Index: len(t.Utterances), Speaker: speaker, Role: role, Text: text,
			Code: ally.Code{Label: label, Subcode: sub, Confidence: 0.8}})
	}
	add("Dr Rivera", ally.RolePractitioner, "What brings you here?", ally.CodeQuestion, ally.SubOpen)
	add("Ada Park", ally.RoleClient, "I want to cut down, "+phrase+", for my kids.", ally.CodeSustain, "")
	add("Dr Rivera", ally.RolePractitioner, "Your kids matter to you.", ally.CodeReflection, ally.SubSimple)
	add("Ada Park", ally.RoleClient, "They do.", ally.CodeNeutral, "")
	return t
}

func TestCodedCSV(t *testing.T) {
	s := mustStores(t)
	ctx := context.Background()
	pro := &ally.Professional{Email: "kim@example.org", Name: "Kim Lee"}
	if err := s.pros.CreateProfessional(ctx, pro, "quiet river at dawn 42"); err != nil {
		t.Fatal(err)
	}
	ctx = ally.NewContextWithProfessional(ctx, pro)
	session := func(name string, consent bool, phrase string) *ally.Session {
		t.Helper()
		c := &ally.Client{Name: name, Contact: "contact of " + name}
		if err := s.clients.CreateClient(ctx, c); err != nil {
			t.Fatal(err)
		}
		if err := s.clients.GiveConsent(ctx, c.ID, ally.Consent{}); err != nil {
			t.Fatal(err)
		}
		ss := &ally.Session{ClientID: c.ID, Date: time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC), Status: ally.SessionAttended}
		if err := s.sessions.CreateSession(ctx, ss); err != nil {
			t.Fatal(err)
		}
		if err := s.sessions.SaveAnalysis(ctx, ss.ID, coded(phrase), nil, "v1"); err != nil {
			t.Fatal(err)
		}
		if err := s.notes.SaveNote(ctx, &ally.Note{SessionID: ss.ID, Format: ally.NotePrivate, Sections: []string{"private thought of " + name}}); err != nil {
			t.Fatal(err)
		}
		if !consent {
			if err := s.clients.RevokeConsent(ctx, c.ID, false); err != nil {
				t.Fatal(err)
			}
		}
		return ss
	}
	ada := session("Ada Park", true, "kept phrase")
	session("Ben Cho", false, "withdrawn phrase")
	// Correct the client's first turn to change talk, as the page does.
	tr := coded("kept phrase")
	tr.Utterances[1].Code = ally.Code{Label: ally.CodeChange, Confidence: 1, SubConfidence: 1}
	if err := s.sessions.AddCorrection(ctx, ada.ID, ally.Correction{Utterance: 1, Code: ally.CodeChange}, tr, nil); err != nil {
		t.Fatal(err)
	}

	var b bytes.Buffer
	n, err := export.CodedCSV(ctx, &b, s.clients, s.sessions)
	if err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n != 1 {
		t.Errorf("wrote %d sessions, want the one with consent", n)
	}
	if !strings.HasPrefix(out, "session,speaker,role,code,subcode,text\n") {
		t.Errorf("no header:\n%s", out)
	}
	for _, absent := range []string{"Ada Park", "Dr Rivera", "contact of", "private thought", "withdrawn phrase", "Ben Cho"} {
		if strings.Contains(out, absent) {
			t.Errorf("the export holds %q:\n%s", absent, out)
		}
	}
	if !strings.Contains(out, ",client 1,client,change,,\"I want to cut down, kept phrase, for my kids.\"\n") {
		t.Errorf("the corrected turn is not written with its correction:\n%s", out)
	}

	// ally train reads it back as one session of four coded turns.
	ds, err := mi.ReadDataset(strings.NewReader(out), "export.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Sessions) != 1 || len(ds.Sessions[0].Utterances) != 4 || ds.Sessions[0].Utterances[1].Label != ally.CodeChange {
		t.Errorf("read back: %+v", ds.Sessions)
	}

	// Another professional exports nothing of this practice.
	other := &ally.Professional{Email: "sam@example.org", Name: "Sam Reed"}
	if err := s.pros.CreateProfessional(context.Background(), other, "another quiet password"); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if n, err := export.CodedCSV(ally.NewContextWithProfessional(context.Background(), other), &b, s.clients, s.sessions); err != nil || n != 0 || strings.Count(b.String(), "\n") != 1 {
		t.Errorf("another professional: %d sessions, %v:\n%s", n, err, b.String())
	}
}
