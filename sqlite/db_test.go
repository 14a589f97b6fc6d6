package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/sqlite"
)

// This file tests what is SQLite's own: the file, its key and its reopening.

func TestOpen_Reopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ally.db")
	db := MustOpenDBAt(t, path, testKey)
	ctx, _ := MustSignIn(t, NewStores(db), "a@example.org")
	c := MustCreateClient(t, ctx, NewStores(db), "Robin Reopen", nil)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// Migrations already recorded are not run again, and the data is there.
	db = MustOpenDBAt(t, path, testKey)
	got, err := NewStores(db).Clients.FindClientByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != "Robin Reopen" {
		t.Errorf("name: got %q, want %q", got.Name, "Robin Reopen")
	}
}

func TestOpen_WrongKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ally.db")
	db := MustOpenDBAt(t, path, testKey)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	other := bytes.Repeat([]byte{8}, len(testKey))
	db, err := sqlite.Open(context.Background(), path, MustKeyring(t, other))
	if err == nil {
		db.Close()
		t.Fatal("opened with another key")
	}
	wantCode(t, err, ally.EINVALID)
	if msg := ally.ErrorMessage(err); !strings.Contains(msg, "the key does not open this database") ||
		!strings.Contains(msg, "ALLY_KEY") {
		t.Errorf("message: got %q, want it to name the key", msg)
	}
}

func TestOpen_MemoryPath(t *testing.T) {
	db, err := sqlite.Open(context.Background(), sqlite.MemoryPath, MustKeyring(t, testKey))
	if err != nil {
		t.Fatal(err)
	}
	s := NewStores(db)
	if n, err := s.Professionals.CountProfessionals(context.Background()); err != nil || n != 0 {
		t.Fatalf("count: got %d, %v, want 0", n, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestAtRest plants a phrase in every kind of client content and checks that
// no file of the data directory holds it in clear.
func TestAtRest(t *testing.T) {
	const phrase = "Zebra Marmalade Quixotic"
	const email = "zebra.marmalade@example.org"
	dir := t.TempDir()
	db := MustOpenDBAt(t, filepath.Join(dir, "ally.db"), testKey)
	s := NewStores(db)
	ctx, _ := MustSignIn(t, s, email)

	c := MustCreateClient(t, ctx, s, "Client "+phrase, &ally.Consent{Note: "signed " + phrase})
	if err := s.Goals.CreateGoal(ctx, &ally.Goal{ClientID: c.ID, Title: phrase, Description: phrase}); err != nil {
		t.Fatal(err)
	}
	ss := MustCreateSession(t, ctx, s, c.ID, now)
	if err := s.Sessions.SaveAnalysis(ctx, ss.ID, Transcript(40, "I said "+phrase), Analysis(phrase), "test"); err != nil {
		t.Fatal(err)
	}
	if err := s.Notes.SaveNote(ctx, &ally.Note{SessionID: ss.ID, Format: ally.NotePrivate, Sections: []string{phrase}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Journal.CreateJournalEntry(ctx, &ally.JournalEntry{Kind: ally.JournalSelfCheck, ClientID: c.ID,
		Alive: phrase, Touches: phrase}); err != nil {
		t.Fatal(err)
	}
	if err := s.Journal.CreateJournalEntry(ctx, &ally.JournalEntry{Kind: ally.JournalReflection, Text: phrase}); err != nil {
		t.Fatal(err)
	}
	goals, err := s.Goals.FindGoals(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	side := ally.MapSide{Wants: phrase, Words: phrase, Needs: []ally.MapNeed{{Need: "rest", Text: phrase, Quote: phrase, SessionID: ss.ID, Utterance: 1}}}
	if err := s.GoalMaps.SaveGoalMap(ctx, &ally.GoalMap{GoalID: goals[0].ID, Motivation: side, Resistance: side,
		Dismissed: []string{"rest@" + phrase}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Worksheets.CreateWorksheet(ctx, &ally.Worksheet{ClientID: c.ID, Behaviour: phrase, Gives: []string{phrase},
		GivesWords: phrase, Costs: phrase, WouldHaveToBeTrue: phrase}); err != nil {
		t.Fatal(err)
	}
	// The phrase must be readable through the store before it is looked
	// for in the files, or its absence would prove nothing.
	got, err := s.Sessions.FindSessionByID(ctx, ss.ID)
	if err != nil {
		t.Fatal(err)
	} else if !strings.Contains(got.Transcript.Utterances[1].Text, phrase) {
		t.Fatalf("utterance: got %q", got.Transcript.Utterances[1].Text)
	}
	// Look while the database is open, with its -wal and -shm files, and
	// again once it is closed.
	assertAbsent(t, dir, phrase, email)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	assertAbsent(t, dir, phrase, email)
}

// assertAbsent fails the test if a file in dir holds one of phrases, as it
// is or in lower or upper case.
func assertAbsent(tb testing.TB, dir string, phrases ...string) {
	tb.Helper()
	files, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatal("no files in the data directory")
	}
	for _, f := range files {
		buf, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		for _, phrase := range phrases {
			for _, p := range []string{phrase, strings.ToLower(phrase), strings.ToUpper(phrase)} {
				if bytes.Contains(buf, []byte(p)) {
					tb.Errorf("%s holds %q in clear", f.Name(), p)
					break
				}
			}
		}
	}
}
