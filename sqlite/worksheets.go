package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/ally-mi/ally"
)

// WorksheetService implements ally.WorksheetService.
type WorksheetService struct {
	db *DB
}

var _ ally.WorksheetService = (*WorksheetService)(nil)

// NewWorksheetService returns the "what does it give you?" worksheets of db.
func NewWorksheetService(db *DB) *WorksheetService {
	return &WorksheetService{db: db}
}

// FindWorksheets returns a client's worksheets, newest first.
func (s *WorksheetService) FindWorksheets(ctx context.Context, clientID int64) ([]*ally.Worksheet, error) {
	return findOfClient(ctx, s.db, clientID, "find worksheets", scanWorksheet, `SELECT `+worksheetColumns+`
		FROM worksheets WHERE client_id = ? ORDER BY created_at DESC, id DESC`)
}

// FindWorksheetByID returns ENOTFOUND when the signed-in professional has
// no such worksheet.
func (s *WorksheetService) FindWorksheetByID(ctx context.Context, id int64) (*ally.Worksheet, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findWorksheetByID(ctx, tx, me, id)
}

// CreateWorksheet adds a worksheet to w.ClientID, by the professional
// unless w.By says otherwise, and sets w.ID and its times. One with no
// answer at all is EINVALID.
func (s *WorksheetService) CreateWorksheet(ctx context.Context, w *ally.Worksheet) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if w.By == "" {
		w.By = ally.ByProfessional
	}
	if err := tidyWorksheet(w); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, w.ClientID); err != nil {
		return err
	}
	if err := createWorksheet(ctx, tx, w); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// createWorksheet tidies and stores a worksheet for w.ClientID, and sets
// w.ID and its times. It checks no scope: CreateWorksheet checks the client is
// the professional's first, and a check-in answered through its link,
// with no one signed in, stores its worksheet with it in one transaction.
func createWorksheet(ctx context.Context, tx *Tx, w *ally.Worksheet) error {
	if err := tidyWorksheet(w); err != nil {
		return err
	}
	now := formatTime(tx.now)
	var checkIn any
	if w.CheckInID != 0 {
		checkIn = w.CheckInID
	}
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO worksheets (client_id, behaviour, gives, gives_words, costs, would_have_to_be_true,
			filled_by, checkin_id, created_at, updated_at)
		VALUES (?, x'', x'', x'', x'', x'', ?, ?, ?, ?)
		RETURNING id`, w.ClientID, string(w.By), checkIn, now, now).Scan(&w.ID); err != nil {
		return mapError(err, "insert worksheet")
	}
	w.CreatedAt = tx.now
	return updateWorksheet(ctx, tx, w)
}

// UpdateWorksheet changes a worksheet's answers; who filled it in, its
// check-in, client and creation time stay as stored and are filled in w.
func (s *WorksheetService) UpdateWorksheet(ctx context.Context, w *ally.Worksheet) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	stored, err := findWorksheetByID(ctx, tx, me, w.ID)
	if err != nil {
		return err
	}
	w.ClientID, w.By, w.CheckInID, w.CreatedAt = stored.ClientID, stored.By, stored.CheckInID, stored.CreatedAt
	if err := tidyWorksheet(w); err != nil {
		return err
	}
	if err := updateWorksheet(ctx, tx, w); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// DeleteWorksheet removes a worksheet.
func (s *WorksheetService) DeleteWorksheet(ctx context.Context, id int64) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findWorksheetByID(ctx, tx, me, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM worksheets WHERE id = ?`, id); err != nil {
		return mapError(err, "delete worksheet")
	}
	return mapError(tx.Commit(), "commit")
}

// tidyWorksheet trims the answers, drops blank and repeated needs, and
// refuses a worksheet with no answer or an unknown author.
func tidyWorksheet(w *ally.Worksheet) error {
	if w.By != ally.ByProfessional && w.By != ally.ByClient {
		return ally.Errorf(ally.EINVALID, "a worksheet is filled in by the professional or the client, not %q", w.By)
	}
	for _, f := range []*string{&w.Behaviour, &w.GivesWords, &w.Costs, &w.WouldHaveToBeTrue} {
		*f = strings.TrimSpace(*f)
	}
	var gives []string
	seen := map[string]bool{}
	for _, g := range w.Gives {
		if g = strings.TrimSpace(g); g != "" && !seen[g] {
			seen[g] = true
			gives = append(gives, g)
		}
	}
	w.Gives = gives
	if w.Behaviour == "" && len(w.Gives) == 0 && w.GivesWords == "" && w.Costs == "" && w.WouldHaveToBeTrue == "" {
		return ally.Errorf(ally.EINVALID, "a worksheet needs at least one answer")
	}
	return nil
}

func updateWorksheet(ctx context.Context, tx *Tx, w *ally.Worksheet) error {
	gives, err := tx.db.sealJSON("worksheets", "gives", w.ID, nonNil(w.Gives))
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE worksheets SET behaviour = ?, gives = ?, gives_words = ?, costs = ?,
		would_have_to_be_true = ?, updated_at = ? WHERE id = ?`,
		tx.db.seal("worksheets", "behaviour", w.ID, w.Behaviour),
		gives,
		tx.db.seal("worksheets", "gives_words", w.ID, w.GivesWords),
		tx.db.seal("worksheets", "costs", w.ID, w.Costs),
		tx.db.seal("worksheets", "would_have_to_be_true", w.ID, w.WouldHaveToBeTrue),
		formatTime(tx.now), w.ID)
	w.UpdatedAt = tx.now
	return mapError(err, "update worksheet")
}

// worksheetColumns are the columns scanWorksheet reads, in order.
const worksheetColumns = `worksheets.id, worksheets.client_id, worksheets.behaviour, worksheets.gives,
	worksheets.gives_words, worksheets.costs, worksheets.would_have_to_be_true, worksheets.filled_by,
	worksheets.checkin_id, worksheets.created_at, worksheets.updated_at`

// findWorksheetByID returns worksheet id of a client of professional me.
func findWorksheetByID(ctx context.Context, tx *Tx, me, id int64) (*ally.Worksheet, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+worksheetColumns+`
		FROM worksheets JOIN clients ON clients.id = worksheets.client_id
		WHERE worksheets.id = ? AND clients.professional_id = ?`, id, me)
	w, err := scanWorksheet(tx, row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such worksheet")
	}
	return w, err
}

func scanWorksheet(tx *Tx, row scanner) (*ally.Worksheet, error) {
	var (
		w                                         ally.Worksheet
		behaviour, gives, words, costs, wouldHave []byte
		by, created, updated                      string
		checkIn                                   sql.NullInt64
	)
	if err := row.Scan(&w.ID, &w.ClientID, &behaviour, &gives, &words, &costs, &wouldHave,
		&by, &checkIn, &created, &updated); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, mapError(err, "scan worksheet")
	}
	w.By, w.CheckInID = ally.WorksheetBy(by), checkIn.Int64
	for _, f := range []struct {
		column string
		sealed []byte
		to     *string
	}{
		{"behaviour", behaviour, &w.Behaviour},
		{"gives_words", words, &w.GivesWords},
		{"costs", costs, &w.Costs},
		{"would_have_to_be_true", wouldHave, &w.WouldHaveToBeTrue},
	} {
		s, err := tx.db.unseal("worksheets", f.column, w.ID, f.sealed)
		if err != nil {
			return nil, err
		}
		*f.to = s
	}
	if err := tx.db.unsealJSON("worksheets", "gives", w.ID, gives, &w.Gives); err != nil {
		return nil, err
	}
	var err error
	if w.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if w.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &w, nil
}
