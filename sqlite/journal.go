package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/ally-mi/ally"
)

// JournalService implements ally.JournalService.
type JournalService struct {
	db *DB
}

var _ ally.JournalService = (*JournalService)(nil)

// NewJournalService returns the professionals' journals of db.
func NewJournalService(db *DB) *JournalService {
	return &JournalService{db: db}
}

// FindJournalEntries returns the signed-in professional's entries that
// match filter, newest first.
func (s *JournalService) FindJournalEntries(ctx context.Context, filter ally.JournalFilter) ([]*ally.JournalEntry, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	where, args := `professional_id = ?`, []any{me}
	if filter.ClientID != 0 {
		if _, err := findClientByID(ctx, tx, me, filter.ClientID); err != nil {
			return nil, err
		}
		where, args = where+` AND client_id = ?`, append(args, filter.ClientID)
	}
	if filter.Kind != "" {
		where, args = where+` AND kind = ?`, append(args, string(filter.Kind))
	}
	query := `SELECT ` + journalColumns + ` FROM journal_entries WHERE ` + where + ` ORDER BY created_at DESC, id DESC`
	if filter.Limit > 0 {
		query, args = query+` LIMIT ?`, append(args, filter.Limit)
	}
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, mapError(err, "find journal entries")
	}
	defer rows.Close()
	var entries []*ally.JournalEntry
	for rows.Next() {
		e, err := scanJournalEntry(tx, rows)
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	return entries, mapError(rows.Err(), "find journal entries")
}

// FindJournalEntryByID returns one of the signed-in professional's entries.
func (s *JournalService) FindJournalEntryByID(ctx context.Context, id int64) (*ally.JournalEntry, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findJournalEntryByID(ctx, tx, me, id)
}

// CreateJournalEntry adds an entry to the signed-in professional's journal
// and sets e.ID, e.ProfessionalID and its times.
func (s *JournalService) CreateJournalEntry(ctx context.Context, e *ally.JournalEntry) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	trimJournalEntry(e)
	if err := e.Validate(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if err := checkJournalClient(ctx, tx, me, e.ClientID); err != nil {
		return err
	}
	now := formatTime(tx.now)
	// The row id is part of each sealed value's associated data, so the
	// row is inserted first and its sealed cells written once the id is known.
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO journal_entries (professional_id, kind, client_id, alive, touches, text, created_at, updated_at)
		VALUES (?, ?, NULL, x'', x'', x'', ?, ?)
		RETURNING id`, me, string(e.Kind), now, now).Scan(&e.ID); err != nil {
		return mapError(err, "insert journal entry")
	}
	e.ProfessionalID, e.CreatedAt = me, tx.now
	if err := updateJournalEntry(ctx, tx, e); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// UpdateJournalEntry changes an entry's client and text; its kind and
// creation time are filled in from what is stored.
func (s *JournalService) UpdateJournalEntry(ctx context.Context, e *ally.JournalEntry) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	stored, err := findJournalEntryByID(ctx, tx, me, e.ID)
	if err != nil {
		return err
	}
	e.ProfessionalID, e.Kind, e.CreatedAt = me, stored.Kind, stored.CreatedAt
	trimJournalEntry(e)
	if err := e.Validate(); err != nil {
		return err
	}
	if err := checkJournalClient(ctx, tx, me, e.ClientID); err != nil {
		return err
	}
	if err := updateJournalEntry(ctx, tx, e); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// DeleteJournalEntry removes one of the signed-in professional's entries.
func (s *JournalService) DeleteJournalEntry(ctx context.Context, id int64) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	res, err := tx.ExecContext(ctx, `DELETE FROM journal_entries WHERE id = ? AND professional_id = ?`, id, me)
	if err != nil {
		return mapError(err, "delete journal entry")
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ally.Errorf(ally.ENOTFOUND, "no such journal entry")
	}
	return mapError(tx.Commit(), "commit")
}

// trimJournalEntry drops the blanks around an entry's text.
func trimJournalEntry(e *ally.JournalEntry) {
	e.Alive = strings.TrimSpace(e.Alive)
	e.Touches = strings.TrimSpace(e.Touches)
	e.Text = strings.TrimSpace(e.Text)
}

// checkJournalClient refuses a client that is not professional me's, as
// if it did not exist; 0 is no client.
func checkJournalClient(ctx context.Context, tx *Tx, me, clientID int64) error {
	if clientID == 0 {
		return nil
	}
	_, err := findClientByID(ctx, tx, me, clientID)
	return err
}

func updateJournalEntry(ctx context.Context, tx *Tx, e *ally.JournalEntry) error {
	var client any
	if e.ClientID != 0 {
		client = e.ClientID
	}
	_, err := tx.ExecContext(ctx, `UPDATE journal_entries
		SET client_id = ?, alive = ?, touches = ?, text = ?, updated_at = ? WHERE id = ?`,
		client,
		tx.db.seal("journal_entries", "alive", e.ID, e.Alive),
		tx.db.seal("journal_entries", "touches", e.ID, e.Touches),
		tx.db.seal("journal_entries", "text", e.ID, e.Text),
		formatTime(tx.now), e.ID)
	if err != nil {
		return mapError(err, "update journal entry")
	}
	e.UpdatedAt = tx.now
	return nil
}

// journalColumns are the columns scanJournalEntry reads, in order.
const journalColumns = `id, professional_id, kind, client_id, alive, touches, text, created_at, updated_at`

// findJournalEntryByID returns entry id of professional me.
func findJournalEntryByID(ctx context.Context, tx *Tx, me, id int64) (*ally.JournalEntry, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+journalColumns+`
		FROM journal_entries WHERE id = ? AND professional_id = ?`, id, me)
	e, err := scanJournalEntry(tx, row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such journal entry")
	}
	return e, err
}

func scanJournalEntry(tx *Tx, row scanner) (*ally.JournalEntry, error) {
	var (
		e                    ally.JournalEntry
		kind                 string
		client               sql.NullInt64
		alive, touches, text []byte
		created, updated     string
	)
	if err := row.Scan(&e.ID, &e.ProfessionalID, &kind, &client, &alive, &touches, &text, &created, &updated); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, mapError(err, "scan journal entry")
	}
	e.Kind, e.ClientID = ally.JournalKind(kind), client.Int64
	var err error
	if e.Alive, err = tx.db.unseal("journal_entries", "alive", e.ID, alive); err != nil {
		return nil, err
	}
	if e.Touches, err = tx.db.unseal("journal_entries", "touches", e.ID, touches); err != nil {
		return nil, err
	}
	if e.Text, err = tx.db.unseal("journal_entries", "text", e.ID, text); err != nil {
		return nil, err
	}
	if e.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if e.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &e, nil
}
