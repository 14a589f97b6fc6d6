package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/vault"
	"github.com/ally-mi/ally/web"
)

// practice is an open practice: the database in the data directory, the
// services over it, and how to close it.
type practice struct {
	db  *sqlite.DB
	svc web.Services
}

// openPractice opens (creating on first use) the practice in cfg.DataDir:
// the key from ALLY_KEY or the key file beside the database, then the
// database, migrated and checked against the key. A wrong key stops here
// with a clear error, before any page could show garbage.
func openPractice(ctx context.Context, cfg Config, opts ...sqlite.Option) (*practice, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, ally.WrapError(ally.EINVALID, err, "cannot create the data directory %s", cfg.DataDir)
	}
	keys, err := vault.LoadOrCreateKey(cfg.DataDir, cfg.Key)
	if err != nil {
		return nil, err
	}
	db, err := sqlite.Open(ctx, filepath.Join(cfg.DataDir, "ally.db"), keys, opts...)
	if err != nil {
		return nil, err
	}
	return &practice{db: db, svc: web.Services{
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
	}}, nil
}

// Close closes the database.
func (p *practice) Close() error { return p.db.Close() }
