package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/ally-mi/ally"
)

// SignInService implements ally.SignInService: the app's sign-ins, kept
// across restarts. It stores the times it is given, never its own clock's:
// the app that judges timeouts owns the clock.
type SignInService struct {
	db *DB
}

var _ ally.SignInService = (*SignInService)(nil)

// NewSignInService returns the sign-ins of db.
func NewSignInService(db *DB) *SignInService { return &SignInService{db: db} }

// CreateSignIn keeps a new sign-in; an id hash already kept is ECONFLICT.
func (s *SignInService) CreateSignIn(ctx context.Context, si ally.SignIn) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO sign_ins (id_hash, professional_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)`,
		si.IDHash, si.ProfessionalID, formatTime(si.CreatedAt), formatTime(si.LastSeenAt)); err != nil {
		return mapError(err, "create sign-in")
	}
	return mapError(tx.Commit(), "commit")
}

// FindSignIn returns the sign-in with the id hash; none is ENOTFOUND.
func (s *SignInService) FindSignIn(ctx context.Context, idHash string) (ally.SignIn, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return ally.SignIn{}, err
	}
	defer tx.Rollback()
	si := ally.SignIn{IDHash: idHash}
	var created, seen string
	err = tx.QueryRowContext(ctx, `
		SELECT professional_id, created_at, last_seen_at FROM sign_ins WHERE id_hash = ?`, idHash).
		Scan(&si.ProfessionalID, &created, &seen)
	if errors.Is(err, sql.ErrNoRows) {
		return ally.SignIn{}, ally.Errorf(ally.ENOTFOUND, "not signed in")
	} else if err != nil {
		return ally.SignIn{}, mapError(err, "find sign-in")
	}
	if si.CreatedAt, err = parseTime(created); err != nil {
		return ally.SignIn{}, err
	}
	if si.LastSeenAt, err = parseTime(seen); err != nil {
		return ally.SignIn{}, err
	}
	return si, nil
}

// TouchSignIn moves the sign-in's last-seen time forward to t.
func (s *SignInService) TouchSignIn(ctx context.Context, idHash string, t time.Time) error {
	return s.exec(ctx, "touch sign-in",
		`UPDATE sign_ins SET last_seen_at = ? WHERE id_hash = ? AND last_seen_at < ?`,
		formatTime(t), idHash, formatTime(t))
}

// DeleteSignIn removes a sign-in, if it is there.
func (s *SignInService) DeleteSignIn(ctx context.Context, idHash string) error {
	return s.exec(ctx, "delete sign-in", `DELETE FROM sign_ins WHERE id_hash = ?`, idHash)
}

// DeleteExpiredSignIns removes the sign-ins last seen before seenBefore or
// created before createdBefore.
func (s *SignInService) DeleteExpiredSignIns(ctx context.Context, seenBefore, createdBefore time.Time) error {
	return s.exec(ctx, "delete expired sign-ins",
		`DELETE FROM sign_ins WHERE last_seen_at < ? OR created_at < ?`,
		formatTime(seenBefore), formatTime(createdBefore))
}

// exec runs one statement in a transaction of its own; what names it in
// errors.
func (s *SignInService) exec(ctx context.Context, what, query string, args ...any) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, query, args...); err != nil {
		return mapError(err, what)
	}
	return mapError(tx.Commit(), "commit")
}
