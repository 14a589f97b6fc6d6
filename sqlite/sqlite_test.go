package sqlite_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/vault"
)

// The tests below other than db_test.go speak only through the ally service
// interfaces in Stores, so that a PostgreSQL store can run them unchanged.

// now is the time of the test clock.
var now = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

// testKey is the master key of test databases.
var testKey = bytes.Repeat([]byte{7}, vault.KeySize)

// testPassword passes the password policy.
const testPassword = "correct horse battery staple"

// MustKeyring returns a keyring over master.
func MustKeyring(tb testing.TB, master []byte) *vault.Keyring {
	tb.Helper()
	keys, err := vault.NewKeyring(master)
	if err != nil {
		tb.Fatal(err)
	}
	return keys
}

// MustOpenDB opens a new database in a temporary directory with the test
// key and clock, closed when the test ends.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return MustOpenDBAt(tb, filepath.Join(tb.TempDir(), "ally.db"), testKey)
}

// MustOpenDBAt opens the database at path with master, closed when the
// test ends.
func MustOpenDBAt(tb testing.TB, path string, master []byte) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(context.Background(), path, MustKeyring(tb, master),
		sqlite.WithClock(func() time.Time { return now }))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// Stores are the services under test.
type Stores struct {
	Professionals ally.ProfessionalService
	Clients       ally.ClientService
	Goals         ally.GoalService
	Sessions      ally.SessionService
	Notes         ally.NoteService
	Journal       ally.JournalService
	GoalMaps      ally.GoalMapService
	Worksheets    ally.WorksheetService
	Offers        ally.OfferService
	CheckIns      ally.CheckInService
	SignIns       ally.SignInService
}

// NewStores returns the services of db.
func NewStores(db *sqlite.DB) Stores {
	return Stores{
		Professionals: sqlite.NewProfessionalService(db),
		Clients:       sqlite.NewClientService(db),
		Goals:         sqlite.NewGoalService(db),
		Sessions:      sqlite.NewSessionService(db),
		Notes:         sqlite.NewNoteService(db),
		Journal:       sqlite.NewJournalService(db),
		GoalMaps:      sqlite.NewGoalMapService(db),
		Worksheets:    sqlite.NewWorksheetService(db),
		Offers:        sqlite.NewOfferService(db),
		CheckIns:      sqlite.NewCheckInService(db),
		SignIns:       sqlite.NewSignInService(db),
	}
}

// MustOpenStores returns the services of a new database.
func MustOpenStores(tb testing.TB) Stores {
	tb.Helper()
	return NewStores(MustOpenDB(tb))
}

// MustSignIn creates a professional with email and returns a context
// signed in as them.
func MustSignIn(tb testing.TB, s Stores, email string) (context.Context, *ally.Professional) {
	tb.Helper()
	p := &ally.Professional{Email: email, Name: "Pat " + email}
	if err := s.Professionals.CreateProfessional(context.Background(), p, testPassword); err != nil {
		tb.Fatal(err)
	}
	return ally.NewContextWithProfessional(context.Background(), p), p
}

// MustCreateClient adds a client named name.
func MustCreateClient(tb testing.TB, ctx context.Context, s Stores, name string, consent *ally.Consent) *ally.Client {
	tb.Helper()
	c := &ally.Client{Name: name, Contact: name + "@example.org", Consent: consent}
	if err := s.Clients.CreateClient(ctx, c); err != nil {
		tb.Fatal(err)
	}
	return c
}

// MustCreateSession adds an attended session of client on date.
func MustCreateSession(tb testing.TB, ctx context.Context, s Stores, clientID int64, date time.Time) *ally.Session {
	tb.Helper()
	ss := &ally.Session{ClientID: clientID, Date: date, Status: ally.SessionAttended}
	if err := s.Sessions.CreateSession(ctx, ss); err != nil {
		tb.Fatal(err)
	}
	return ss
}

// Transcript returns a coded transcript of n utterances whose client turns
// say clientWords.
func Transcript(n int, clientWords string) *ally.Transcript {
	t := &ally.Transcript{Name: "session.vtt", Format: "vtt", Speakers: []ally.Speaker{
		{Name: "Pat", Role: ally.RolePractitioner, Confidence: 0.9, Reason: "asks questions"},
		{Name: "Sam", Role: ally.RoleClient, Confidence: 0.9, Reason: "answers"},
	}}
	for i := 0; i < n; i++ {
		start := float64(i * 7)
		u := ally.Utterance{Index: i, Start: &start, Line: i + 1}
		if i%2 == 0 {
			u.Speaker, u.Role, u.Text = "Pat", ally.RolePractitioner, "What would you like to talk about today?"
			u.Code = ally.Code{Label: ally.CodeQuestion, Subcode: ally.SubOpen, Confidence: 0.8, SubConfidence: 0.7}
		} else {
			u.Speaker, u.Role, u.Text = "Sam", ally.RoleClient, clientWords
			u.Code = ally.Code{Label: ally.CodeSustain, Confidence: 0.6}
		}
		t.Utterances = append(t.Utterances, u)
	}
	return t
}

// Analysis returns an analysis that quotes quote.
func Analysis(quote string) *ally.Analysis {
	score := 61.5
	return &ally.Analysis{Score: &score, Moments: []ally.Moment{
		{Kind: ally.MomentNeedUnexplored, Guideline: "G2", Index: 1, Speaker: "Sam", Quote: quote},
	}}
}

// wantCode fails the test unless err has code.
func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := ally.ErrorCode(err); got != code {
		tb.Fatalf("error code: got %q (%v), want %q", got, err, code)
	}
}
