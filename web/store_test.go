package web_test

import (
	"context"
	"crypto/rand"
	"path/filepath"
	"testing"

	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/vault"
	"github.com/ally-mi/ally/web"
)

// newServices returns the services of a fresh practice on the real store,
// in a database file of its own under the test's temporary directory.
func newServices(tb testing.TB, opts ...sqlite.Option) web.Services {
	tb.Helper()
	master := make([]byte, vault.KeySize)
	rand.Read(master)
	keys, err := vault.NewKeyring(master)
	if err != nil {
		tb.Fatal(err)
	}
	db, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "ally.db"), keys, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return web.Services{
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
