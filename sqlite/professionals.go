package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// The e-mail is kept sealed beside its blind index: an address names a
// person, the file may travel in backups, and lookup needs only the index.

// ProfessionalService implements ally.ProfessionalService.
type ProfessionalService struct {
	db *DB
}

var _ ally.ProfessionalService = (*ProfessionalService)(nil)

// NewProfessionalService returns the accounts of db.
func NewProfessionalService(db *DB) *ProfessionalService {
	return &ProfessionalService{db: db}
}

// CreateProfessional adds an account and sets p.ID and p.CreatedAt.
func (s *ProfessionalService) CreateProfessional(ctx context.Context, p *ally.Professional, password string) error {
	p.Email = strings.TrimSpace(p.Email)
	p.Name = strings.TrimSpace(p.Name)
	if !strings.Contains(p.Email, "@") {
		return ally.Errorf(ally.EINVALID, "an account needs an e-mail address")
	}
	if err := vault.CheckPasswordPolicy(password, p.Email, p.Name); err != nil {
		return err
	}
	hash, err := vault.HashPassword(password)
	if err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: hash password")
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := createProfessional(ctx, tx, p, hash); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// FindProfessionalByID returns ENOTFOUND when there is no such account.
func (s *ProfessionalService) FindProfessionalByID(ctx context.Context, id int64) (*ally.Professional, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p, _, err := findProfessional(ctx, tx, `id = ?`, id)
	return p, err
}

// FindProfessionalByEmail returns ENOTFOUND when no account has the e-mail.
func (s *ProfessionalService) FindProfessionalByEmail(ctx context.Context, email string) (*ally.Professional, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p, _, err := findProfessional(ctx, tx, `email_index = ?`, s.db.emails.Of(email))
	return p, err
}

// CountProfessionals says how many accounts exist.
func (s *ProfessionalService) CountProfessionals(ctx context.Context) (int, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM professionals`).Scan(&n)
	return n, mapError(err, "count professionals")
}

// FindSoleProfessional returns the one account; none is ENOTFOUND,
// several ECONFLICT.
func (s *ProfessionalService) FindSoleProfessional(ctx context.Context) (*ally.Professional, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM professionals`).Scan(&n); err != nil {
		return nil, mapError(err, "count professionals")
	}
	switch {
	case n == 0:
		return nil, ally.Errorf(ally.ENOTFOUND, "no professional's account yet")
	case n > 1:
		return nil, ally.Errorf(ally.ECONFLICT, "several professionals")
	}
	p, _, err := findProfessional(ctx, tx, `1 = 1`)
	return p, err
}

// Authenticate returns the account with the e-mail and password; any
// mismatch is EUNAUTHORIZED.
func (s *ProfessionalService) Authenticate(ctx context.Context, email, password string) (*ally.Professional, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	wrong := ally.Errorf(ally.EUNAUTHORIZED, "wrong e-mail or password")
	p, hash, err := findProfessional(ctx, tx, `email_index = ?`, s.db.emails.Of(email))
	if ally.ErrorCode(err) == ally.ENOTFOUND {
		// Hash anyway, so that the answer takes as long for an unknown
		// e-mail as for a wrong password.
		vault.CheckPassword(s.db.dummyPasswordHash(), password)
		return nil, wrong
	} else if err != nil {
		return nil, err
	}
	if ok, err := vault.CheckPassword(hash, password); err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "sqlite: check password of professional %d", p.ID)
	} else if !ok {
		return nil, wrong
	}
	return p, nil
}

// UpdateTenderSpots replaces the tender spots of the professional signed in
// on ctx; any other id is ENOTFOUND.
func (s *ProfessionalService) UpdateTenderSpots(ctx context.Context, id int64, spots []string) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	} else if me != id {
		return ally.Errorf(ally.ENOTFOUND, "no such professional")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := updateTenderSpots(ctx, tx, id, spots); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// dummyPasswordHash is a hash no password is checked against for real.
func (db *DB) dummyPasswordHash() string {
	db.dummyOnce.Do(func() {
		db.dummyHash, _ = vault.HashPassword("not a password anyone uses")
	})
	return db.dummyHash
}

func createProfessional(ctx context.Context, tx *Tx, p *ally.Professional, hash string) error {
	now := formatTime(tx.now)
	// The row id is part of each sealed value's associated data, so the
	// row is inserted first and its sealed cells written once the id is known.
	err := tx.QueryRowContext(ctx, `
		INSERT INTO professionals (email_index, email, name, password_hash, tender_spots, created_at, updated_at)
		VALUES (?, x'', x'', ?, x'', ?, ?)
		RETURNING id`,
		tx.db.emails.Of(p.Email), hash, now, now).Scan(&p.ID)
	if isUniqueViolation(err) {
		return ally.Errorf(ally.ECONFLICT, "an account with that e-mail already exists")
	} else if err != nil {
		return mapError(err, "insert professional")
	}
	p.CreatedAt = tx.now
	if err := sealProfessional(ctx, tx, p); err != nil {
		return err
	}
	return updateTenderSpots(ctx, tx, p.ID, p.TenderSpots)
}

func sealProfessional(ctx context.Context, tx *Tx, p *ally.Professional) error {
	_, err := tx.ExecContext(ctx, `UPDATE professionals SET email = ?, name = ? WHERE id = ?`,
		tx.db.seal("professionals", "email", p.ID, p.Email),
		tx.db.seal("professionals", "name", p.ID, p.Name), p.ID)
	return mapError(err, "seal professional")
}

func updateTenderSpots(ctx context.Context, tx *Tx, id int64, spots []string) error {
	if spots == nil {
		spots = []string{}
	}
	sealed, err := tx.db.sealJSON("professionals", "tender_spots", id, spots)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE professionals SET tender_spots = ?, updated_at = ? WHERE id = ?`,
		sealed, formatTime(tx.now), id)
	if err != nil {
		return mapError(err, "update tender spots")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ally.Errorf(ally.ENOTFOUND, "no such professional")
	}
	return nil
}

// findProfessional returns the one professional matching where, and their
// password hash.
func findProfessional(ctx context.Context, tx *Tx, where string, args ...any) (*ally.Professional, string, error) {
	var (
		p                  ally.Professional
		email, name, spots []byte
		hash, created      string
		tokenCreated       sql.NullString
	)
	err := tx.QueryRowContext(ctx, `
		SELECT id, email, name, password_hash, tender_spots, created_at,
			(SELECT created_at FROM api_tokens WHERE professional_id = professionals.id)
		FROM professionals WHERE `+where, args...).
		Scan(&p.ID, &email, &name, &hash, &spots, &created, &tokenCreated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", ally.Errorf(ally.ENOTFOUND, "no such professional")
	} else if err != nil {
		return nil, "", mapError(err, "find professional")
	}
	if p.Email, err = tx.db.unseal("professionals", "email", p.ID, email); err != nil {
		return nil, "", err
	}
	if p.Name, err = tx.db.unseal("professionals", "name", p.ID, name); err != nil {
		return nil, "", err
	}
	if err := tx.db.unsealJSON("professionals", "tender_spots", p.ID, spots, &p.TenderSpots); err != nil {
		return nil, "", err
	}
	if p.CreatedAt, err = parseTime(created); err != nil {
		return nil, "", err
	}
	if p.APITokenCreatedAt, err = parseNullTime(tokenCreated); err != nil {
		return nil, "", err
	}
	return &p, hash, nil
}
