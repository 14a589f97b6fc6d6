package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// CheckInService implements ally.CheckInService.
type CheckInService struct {
	db *DB
}

var _ ally.CheckInService = (*CheckInService)(nil)

// NewCheckInService returns the check-ins of db.
func NewCheckInService(db *DB) *CheckInService {
	return &CheckInService{db: db}
}

// MaxCheckInLife is the longest a check-in link stays open: long enough to
// reach the next session, short enough that a forgotten link dies.
const MaxCheckInLife = 90 * 24 * time.Hour

// errLinkGone is the one answer to an unknown, used or expired link, so
// that the answer tells a visitor nothing about which it was.
var errLinkGone = ally.Errorf(ally.ENOTFOUND, "This link cannot be used: it may have been used already, or it has expired.")

// CreateCheckIn adds a check-in to c.ClientID, sets c.ID and c.CreatedAt,
// and returns the link's token; only its hash is stored.
func (s *CheckInService) CreateCheckIn(ctx context.Context, c *ally.CheckIn) (string, error) {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, c.ClientID); err != nil {
		return "", err
	}
	switch {
	case !c.ExpiresAt.After(tx.now):
		return "", ally.Errorf(ally.EINVALID, "a check-in link must expire in the future")
	case c.ExpiresAt.Sub(tx.now) > MaxCheckInLife:
		return "", ally.Errorf(ally.EINVALID, "a check-in link can stay open for %d days at most", int(MaxCheckInLife.Hours()/24))
	}
	token, hash := vault.NewToken()
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO checkins (client_id, token_hash, ask_phq9, ask_gad7, ask_worksheet, expires_at, acknowledged, created_at)
		VALUES (?, ?, ?, ?, ?, ?, x'', ?)
		RETURNING id`,
		c.ClientID, hash, c.PHQ9, c.GAD7, c.Worksheet, formatTime(c.ExpiresAt), formatTime(tx.now)).Scan(&c.ID); err != nil {
		return "", mapError(err, "insert check-in")
	}
	if err := sealAcknowledged(ctx, tx, c.ID, time.Time{}); err != nil {
		return "", err
	}
	c.CreatedAt, c.ExpiresAt = tx.now, c.ExpiresAt.UTC()
	c.AnsweredAt, c.Answers, c.AcknowledgedAt = nil, nil, nil
	if err := tx.Commit(); err != nil {
		return "", mapError(err, "commit")
	}
	return token, nil
}

// FindCheckIns returns a client's check-ins, newest first.
func (s *CheckInService) FindCheckIns(ctx context.Context, clientID int64) ([]*ally.CheckIn, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := findClientByID(ctx, tx, me, clientID); err != nil {
		return nil, err
	}
	return findCheckIns(ctx, tx, `checkins.client_id = ?`, clientID)
}

// FindAnsweredCheckIns returns the check-ins of the professional's clients
// answered at or after since, newest first.
func (s *CheckInService) FindAnsweredCheckIns(ctx context.Context, since time.Time) ([]*ally.CheckIn, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findCheckIns(ctx, tx, `clients.professional_id = ? AND checkins.answered_at >= ?`, me, formatTime(since))
}

// FindFlaggedCheckIns returns the check-ins of the professional's clients
// with a flag not yet acknowledged. The flag is sealed, so every answered
// check-in is opened to find them: a practice has hundreds, not millions.
func (s *CheckInService) FindFlaggedCheckIns(ctx context.Context) ([]*ally.CheckIn, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	all, err := findCheckIns(ctx, tx, `clients.professional_id = ? AND checkins.ask_phq9 = 1 AND checkins.answered_at IS NOT NULL`, me)
	if err != nil {
		return nil, err
	}
	var flagged []*ally.CheckIn
	for _, c := range all {
		if c.Flagged() {
			flagged = append(flagged, c)
		}
	}
	return flagged, nil
}

// AcknowledgeFlag records that the professional has seen a check-in's
// flag. A check-in without one is EINVALID; acknowledging twice keeps the
// first time.
func (s *CheckInService) AcknowledgeFlag(ctx context.Context, id int64) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	list, err := findCheckIns(ctx, tx, `clients.professional_id = ? AND checkins.id = ?`, me, id)
	if err != nil {
		return err
	} else if len(list) == 0 {
		return ally.Errorf(ally.ENOTFOUND, "no such check-in")
	}
	c := list[0]
	if c.AcknowledgedAt != nil {
		return nil
	} else if !c.Flagged() {
		return ally.Errorf(ally.EINVALID, "this check-in has no flag to acknowledge")
	}
	if err := sealAcknowledged(ctx, tx, id, tx.now); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// OpenCheckIn returns what the link of token shows: the professional's
// name and what it asks. It needs no one signed in.
func (s *CheckInService) OpenCheckIn(ctx context.Context, token string) (*ally.CheckInInvite, error) {
	tx, err := s.db.BeginTx(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	_, inv, err := openLink(ctx, tx, token)
	return inv, err
}

// AnswerCheckIn stores a client's answers and uses the link up, in one
// transaction: of two answers sent at once, one is stored and the other
// fails as a used link does.
func (s *CheckInService) AnswerCheckIn(ctx context.Context, token string, a *ally.CheckInAnswers) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	id, inv, err := openLink(ctx, tx, token)
	if err != nil {
		return err
	}
	if err := checkAnswers(inv, a); err != nil {
		return err
	}
	var clientID int64
	if err := tx.QueryRowContext(ctx, `SELECT client_id FROM checkins WHERE id = ?`, id).Scan(&clientID); err != nil {
		return mapError(err, "find check-in")
	}
	if a.Worksheet != nil {
		w := *a.Worksheet
		w.ID, w.ClientID, w.By, w.CheckInID, w.CreatedAt, w.UpdatedAt = 0, clientID, ally.ByClient, id, tx.now, tx.now
		a.Worksheet = &w
	}
	sealed, err := tx.db.sealJSON("checkins", "answers", id, a)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE checkins SET answers = ?, answered_at = ? WHERE id = ? AND answered_at IS NULL`,
		sealed, formatTime(tx.now), id)
	if err != nil {
		return mapError(err, "answer check-in")
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return errLinkGone
	}
	// The worksheet the client filled in joins the professional's own, so
	// that it feeds the resistance side of the client's maps; one left
	// empty is not filed.
	if a.Worksheet != nil && ally.ErrorCode(tidyWorksheet(a.Worksheet)) == "" {
		w := *a.Worksheet
		if err := createWorksheet(ctx, tx, &w); err != nil {
			return err
		}
	}
	return mapError(tx.Commit(), "commit")
}

// openLink returns the id of the open check-in of token and what it shows;
// an unknown, used or expired token is errLinkGone.
func openLink(ctx context.Context, tx *Tx, token string) (int64, *ally.CheckInInvite, error) {
	if token == "" {
		return 0, nil, errLinkGone
	}
	var (
		id                int64
		inv               ally.CheckInInvite
		proID             int64
		expires           string
		phq9, gad7, sheet bool
	)
	err := tx.QueryRowContext(ctx, `
		SELECT checkins.id, clients.professional_id, checkins.ask_phq9, checkins.ask_gad7, checkins.ask_worksheet, checkins.expires_at
		FROM checkins JOIN clients ON clients.id = checkins.client_id
		WHERE checkins.token_hash = ? AND checkins.answered_at IS NULL AND checkins.expires_at > ?`,
		vault.HashToken(token), formatTime(tx.now)).Scan(&id, &proID, &phq9, &gad7, &sheet, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, errLinkGone
	} else if err != nil {
		return 0, nil, mapError(err, "open check-in")
	}
	inv.PHQ9, inv.GAD7, inv.Worksheet = phq9, gad7, sheet
	if inv.ExpiresAt, err = parseTime(expires); err != nil {
		return 0, nil, err
	}
	p, _, err := findProfessional(ctx, tx, `id = ?`, proID)
	if err != nil {
		return 0, nil, err
	}
	inv.ProfessionalName = p.Name
	return id, &inv, nil
}

// sealAcknowledged writes when a flag was acknowledged, the zero time for
// not yet; the fixed width keeps the two alike in the file.
func sealAcknowledged(ctx context.Context, tx *Tx, id int64, at time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE checkins SET acknowledged = ? WHERE id = ?`,
		tx.db.seal("checkins", "acknowledged", id, formatTime(at)), id)
	return mapError(err, "acknowledge check-in")
}

// findCheckIns returns the check-ins matching where, newest first.
func findCheckIns(ctx context.Context, tx *Tx, where string, args ...any) ([]*ally.CheckIn, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT checkins.id, checkins.client_id, checkins.ask_phq9, checkins.ask_gad7, checkins.ask_worksheet,
			checkins.expires_at, checkins.created_at, checkins.answered_at, checkins.answers, checkins.acknowledged
		FROM checkins JOIN clients ON clients.id = checkins.client_id
		WHERE `+where+`
		ORDER BY COALESCE(checkins.answered_at, checkins.created_at) DESC, checkins.id DESC`, args...)
	if err != nil {
		return nil, mapError(err, "find check-ins")
	}
	defer rows.Close()
	var out []*ally.CheckIn
	for rows.Next() {
		c, err := scanCheckIn(tx, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, mapError(rows.Err(), "find check-ins")
}

func scanCheckIn(tx *Tx, row scanner) (*ally.CheckIn, error) {
	var (
		c                 ally.CheckIn
		expires, created  string
		answered          sql.NullString
		answers, ackBytes []byte
	)
	if err := row.Scan(&c.ID, &c.ClientID, &c.PHQ9, &c.GAD7, &c.Worksheet,
		&expires, &created, &answered, &answers, &ackBytes); err != nil {
		return nil, mapError(err, "scan check-in")
	}
	var err error
	if c.ExpiresAt, err = parseTime(expires); err != nil {
		return nil, err
	}
	if c.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if c.AnsweredAt, err = parseNullTime(answered); err != nil {
		return nil, err
	}
	if answers != nil {
		c.Answers = &ally.CheckInAnswers{}
		if err := tx.db.unsealJSON("checkins", "answers", c.ID, answers, c.Answers); err != nil {
			return nil, err
		}
	}
	ack, err := tx.db.unseal("checkins", "acknowledged", c.ID, ackBytes)
	if err != nil {
		return nil, err
	}
	if at, err := parseTime(ack); err != nil {
		return nil, err
	} else if !at.IsZero() {
		c.AcknowledgedAt = &at
	}
	return &c, nil
}
