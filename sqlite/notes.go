package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/ally-mi/ally"
)

// NoteService implements ally.NoteService.
type NoteService struct {
	db *DB
}

var _ ally.NoteService = (*NoteService)(nil)

// NewNoteService returns the session notes of db.
func NewNoteService(db *DB) *NoteService {
	return &NoteService{db: db}
}

// FindNotes returns a session's notes, the private one last.
func (s *NoteService) FindNotes(ctx context.Context, sessionID int64) ([]*ally.Note, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	if _, err := findSessionByID(ctx, tx, me, sessionID); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `
		SELECT id, session_id, format, sections, updated_at
		FROM notes WHERE session_id = ?
		ORDER BY CASE format WHEN 'private' THEN 1 ELSE 0 END, id`, sessionID)
	if err != nil {
		return nil, mapError(err, "find notes")
	}
	defer rows.Close()
	var notes []*ally.Note
	for rows.Next() {
		var (
			n        ally.Note
			format   string
			sections []byte
			updated  string
		)
		if err := rows.Scan(&n.ID, &n.SessionID, &format, &sections, &updated); err != nil {
			return nil, mapError(err, "scan note")
		}
		n.Format = ally.NoteFormat(format)
		if err := s.db.unsealJSON("notes", "sections", n.ID, sections, &n.Sections); err != nil {
			return nil, err
		}
		if n.UpdatedAt, err = parseTime(updated); err != nil {
			return nil, err
		}
		notes = append(notes, &n)
	}
	return notes, mapError(rows.Err(), "find notes")
}

// SaveNote creates or replaces the session's note of n.Format and sets n.ID
// and n.UpdatedAt. Missing trailing sections are stored empty; more
// sections than the format has is EINVALID.
func (s *NoteService) SaveNote(ctx context.Context, n *ally.Note) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	names := ally.NoteSections(n.Format)
	if names == nil {
		return ally.Errorf(ally.EINVALID, "unknown note format %q", n.Format)
	}
	if len(n.Sections) > len(names) {
		return ally.Errorf(ally.EINVALID, "a %s note has %d sections, not %d", n.Format, len(names), len(n.Sections))
	}
	n.Sections = append(n.Sections, make([]string, len(names)-len(n.Sections))...)

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findSessionByID(ctx, tx, me, n.SessionID); err != nil {
		return err
	}
	if err := saveNote(ctx, tx, n); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// saveNote finds the session's note of n.Format, creating its row when
// there is none, and writes the sealed sections.
func saveNote(ctx context.Context, tx *Tx, n *ally.Note) error {
	now := formatTime(tx.now)
	err := tx.QueryRowContext(ctx, `SELECT id FROM notes WHERE session_id = ? AND format = ?`,
		n.SessionID, string(n.Format)).Scan(&n.ID)
	if errors.Is(err, sql.ErrNoRows) {
		err = tx.QueryRowContext(ctx, `
			INSERT INTO notes (session_id, format, sections, created_at, updated_at)
			VALUES (?, ?, x'', ?, ?)
			RETURNING id`, n.SessionID, string(n.Format), now, now).Scan(&n.ID)
	}
	if err != nil {
		return mapError(err, "save note")
	}
	sealed, err := tx.db.sealJSON("notes", "sections", n.ID, n.Sections)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE notes SET sections = ?, updated_at = ? WHERE id = ?`,
		sealed, now, n.ID); err != nil {
		return mapError(err, "save note")
	}
	n.UpdatedAt = tx.now
	return nil
}
