package sqlite

import (
	"context"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// CreateAPIToken gives the professional signed in on ctx a new API token,
// replacing any earlier one, and returns it; only its hash is stored.
func (s *ProfessionalService) CreateAPIToken(ctx context.Context, id int64) (string, error) {
	if err := mustBeMe(ctx, id); err != nil {
		return "", err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	token, hash := vault.NewToken()
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO api_tokens (professional_id, token_hash, created_at) VALUES (?, ?, ?)
		ON CONFLICT (professional_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`,
		id, hash, formatTime(tx.now)); err != nil {
		return "", mapError(err, "create api token")
	}
	if err := tx.Commit(); err != nil {
		return "", mapError(err, "commit")
	}
	return token, nil
}

// RevokeAPIToken removes the API token of the professional signed in on ctx.
func (s *ProfessionalService) RevokeAPIToken(ctx context.Context, id int64) error {
	if err := mustBeMe(ctx, id); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM api_tokens WHERE professional_id = ?`, id); err != nil {
		return mapError(err, "revoke api token")
	}
	return mapError(tx.Commit(), "commit")
}

// FindProfessionalByAPIToken returns the account whose token is token; an
// unknown one is EUNAUTHORIZED, never ENOTFOUND, so that a caller cannot
// tell a revoked token from one that never was.
func (s *ProfessionalService) FindProfessionalByAPIToken(ctx context.Context, token string) (*ally.Professional, error) {
	if token == "" {
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "unknown API token")
	}
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p, _, err := findProfessional(ctx, tx,
		`id = (SELECT professional_id FROM api_tokens WHERE token_hash = ?)`, vault.HashToken(token))
	if ally.ErrorCode(err) == ally.ENOTFOUND {
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "unknown API token")
	}
	return p, err
}

// mustBeMe refuses to act on any account but the one signed in on ctx.
func mustBeMe(ctx context.Context, id int64) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	} else if me != id {
		return ally.Errorf(ally.ENOTFOUND, "no such professional")
	}
	return nil
}
