package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/ally-mi/ally"
)

// SessionService implements ally.SessionService.
type SessionService struct {
	db *DB
}

var _ ally.SessionService = (*SessionService)(nil)

// NewSessionService returns the sessions of db.
func NewSessionService(db *DB) *SessionService {
	return &SessionService{db: db}
}

// FindSessions returns a client's sessions, newest first, without their
// transcripts, analyses and corrections.
func (s *SessionService) FindSessions(ctx context.Context, clientID int64) ([]*ally.Session, error) {
	return findOfClient(ctx, s.db, clientID, "find sessions", func(_ *Tx, row scanner) (*ally.Session, error) {
		return scanSession(row)
	}, `SELECT `+sessionColumns+`
		FROM sessions WHERE client_id = ? ORDER BY date DESC, id DESC`)
}

// FindSessionByID returns a session with its transcript, analysis and
// corrections.
func (s *SessionService) FindSessionByID(ctx context.Context, id int64) (*ally.Session, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	ss, err := findSessionByID(ctx, tx, me, id)
	if err != nil {
		return nil, err
	}
	if err := attachTranscript(ctx, tx, ss); err != nil {
		return nil, err
	}
	if err := attachCorrections(ctx, tx, ss); err != nil {
		return nil, err
	}
	return ss, nil
}

// CreateSession adds a session to s.ClientID, scheduled unless s.Status
// says otherwise, and sets its ID and times. A transcript is stored
// separately, with SaveAnalysis, once consent is checked.
func (s *SessionService) CreateSession(ctx context.Context, ss *ally.Session) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if ss.Status == "" {
		ss.Status = ally.SessionScheduled
	}
	if err := validateSession(ss.Date, ss.Status); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, ss.ClientID); err != nil {
		return err
	}
	now := formatTime(tx.now)
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO sessions (client_id, date, status, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?)
		RETURNING id`, ss.ClientID, formatTime(ss.Date), string(ss.Status), now, now).Scan(&ss.ID); err != nil {
		return mapError(err, "insert session")
	}
	ss.CreatedAt, ss.UpdatedAt = tx.now, tx.now
	return mapError(tx.Commit(), "commit")
}

// UpdateSessionStatus changes a session's date and status.
func (s *SessionService) UpdateSessionStatus(ctx context.Context, id int64, date time.Time, status ally.SessionStatus) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if err := validateSession(date, status); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findSessionByID(ctx, tx, me, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE sessions SET date = ?, status = ?, updated_at = ? WHERE id = ?`,
		formatTime(date), string(status), formatTime(tx.now), id); err != nil {
		return mapError(err, "update session")
	}
	return mapError(tx.Commit(), "commit")
}

// DeleteSession removes a session with its transcript, analysis,
// corrections and notes.
func (s *SessionService) DeleteSession(ctx context.Context, id int64) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findSessionByID(ctx, tx, me, id); err != nil {
		return err
	}
	// The foreign keys cascade to transcripts, corrections and notes.
	tx.analysesChanged = true
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, id); err != nil {
		return mapError(err, "delete session")
	}
	return mapError(tx.Commit(), "commit")
}

func validateSession(date time.Time, status ally.SessionStatus) error {
	if date.IsZero() {
		return ally.Errorf(ally.EINVALID, "a session needs a date")
	}
	switch status {
	case ally.SessionScheduled, ally.SessionAttended, ally.SessionCancelled, ally.SessionNoShow:
		return nil
	}
	return ally.Errorf(ally.EINVALID, "unknown session status %q", status)
}

// sessionColumns are the columns scanSession reads, in order.
const sessionColumns = `sessions.id, sessions.client_id, sessions.date, sessions.status,
	sessions.created_at, sessions.updated_at`

// findSessionByID returns session id, without its transcript, when it
// belongs to a client of professional me.
func findSessionByID(ctx context.Context, tx *Tx, me, id int64) (*ally.Session, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+sessionColumns+`
		FROM sessions JOIN clients ON clients.id = sessions.client_id
		WHERE sessions.id = ? AND clients.professional_id = ?`, id, me)
	ss, err := scanSession(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such session")
	}
	return ss, err
}

func scanSession(row scanner) (*ally.Session, error) {
	var (
		ss                     ally.Session
		date, created, updated string
		status                 string
	)
	if err := row.Scan(&ss.ID, &ss.ClientID, &date, &status, &created, &updated); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, mapError(err, "scan session")
	}
	ss.Status = ally.SessionStatus(status)
	var err error
	if ss.Date, err = parseTime(date); err != nil {
		return nil, err
	}
	if ss.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if ss.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &ss, nil
}
