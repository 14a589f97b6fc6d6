package sqlite

import (
	"context"
	"database/sql"

	"github.com/ally-mi/ally"
)

// GiveConsent records the client's consent, given at c.GivenAt or now. It
// replaces any earlier consent, revoked or not.
func (s *ClientService) GiveConsent(ctx context.Context, clientID int64, c ally.Consent) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, clientID); err != nil {
		return err
	}
	if err := giveConsent(ctx, tx, clientID, &c); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// RevokeConsent records that the client withdrew consent now and, with
// deleteTranscripts, deletes the transcripts, analyses and corrections of
// all their sessions in the same transaction. Revoking consent that was
// already revoked keeps the first date; a client with no consent on record
// is EINVALID.
func (s *ClientService) RevokeConsent(ctx context.Context, clientID int64, deleteTranscripts bool) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	c, err := findClientByID(ctx, tx, me, clientID)
	if err != nil {
		return err
	}
	if c.Consent == nil {
		return ally.Errorf(ally.EINVALID, "%s has no consent on record to revoke", c.Name)
	}
	if c.Consent.RevokedAt == nil {
		if _, err := tx.ExecContext(ctx, `UPDATE clients SET consent_revoked_at = ?, updated_at = ? WHERE id = ?`,
			formatTime(tx.now), formatTime(tx.now), clientID); err != nil {
			return mapError(err, "revoke consent")
		}
	}
	if deleteTranscripts {
		if err := deleteClientTranscripts(ctx, tx, clientID); err != nil {
			return err
		}
	}
	return mapError(tx.Commit(), "commit")
}

func giveConsent(ctx context.Context, tx *Tx, clientID int64, c *ally.Consent) error {
	if c.GivenAt.IsZero() {
		c.GivenAt = tx.now
	}
	c.RevokedAt = nil
	_, err := tx.ExecContext(ctx, `
		UPDATE clients SET consent_given_at = ?, consent_revoked_at = NULL, consent_note = ?, updated_at = ?
		WHERE id = ?`,
		formatTime(c.GivenAt), tx.db.seal("clients", "consent_note", clientID, c.Note),
		formatTime(tx.now), clientID)
	return mapError(err, "give consent")
}

// openConsent reads the consent columns of client id; nil when consent was
// never given.
func openConsent(tx *Tx, id int64, given, revoked sql.NullString, note []byte) (*ally.Consent, error) {
	if !given.Valid {
		return nil, nil
	}
	var (
		c   ally.Consent
		err error
	)
	if c.GivenAt, err = parseTime(given.String); err != nil {
		return nil, err
	}
	if c.RevokedAt, err = parseNullTime(revoked); err != nil {
		return nil, err
	}
	if c.Note, err = tx.db.unseal("clients", "consent_note", id, note); err != nil {
		return nil, err
	}
	return &c, nil
}

// deleteClientTranscripts deletes what was stored from the transcripts of a
// client's sessions: the transcripts with their analyses, the corrections
// of their codes, and the words offers quote from them.
func deleteClientTranscripts(ctx context.Context, tx *Tx, clientID int64) error {
	tx.analysesChanged = true
	for _, table := range []string{"transcripts", "corrections"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+`
			WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?)`, clientID); err != nil {
			return mapError(err, "delete "+table)
		}
	}
	return forgetHeardWords(ctx, tx, clientID)
}
