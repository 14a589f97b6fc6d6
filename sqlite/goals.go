package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/ally-mi/ally"
)

// GoalService implements ally.GoalService.
type GoalService struct {
	db *DB
}

var _ ally.GoalService = (*GoalService)(nil)

// NewGoalService returns the goals of db.
func NewGoalService(db *DB) *GoalService {
	return &GoalService{db: db}
}

// FindGoals returns a client's goals, oldest first.
func (s *GoalService) FindGoals(ctx context.Context, clientID int64) ([]*ally.Goal, error) {
	return findOfClient(ctx, s.db, clientID, "find goals", scanGoal, `SELECT `+goalColumns+`
		FROM goals WHERE client_id = ? ORDER BY id`)
}

// CreateGoal adds a goal to g.ClientID and sets g.ID and g.CreatedAt.
func (s *GoalService) CreateGoal(ctx context.Context, g *ally.Goal) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if g.Title = strings.TrimSpace(g.Title); g.Title == "" {
		return ally.Errorf(ally.EINVALID, "a goal needs a title")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, g.ClientID); err != nil {
		return err
	}
	now := formatTime(tx.now)
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO goals (client_id, title, description, created_at, updated_at)
		VALUES (?, x'', x'', ?, ?)
		RETURNING id`, g.ClientID, now, now).Scan(&g.ID); err != nil {
		return mapError(err, "insert goal")
	}
	g.CreatedAt = tx.now
	if err := updateGoal(ctx, tx, g); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// UpdateGoal changes a goal's title and description; g.ClientID and
// g.CreatedAt are filled from what is stored.
func (s *GoalService) UpdateGoal(ctx context.Context, g *ally.Goal) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if g.Title = strings.TrimSpace(g.Title); g.Title == "" {
		return ally.Errorf(ally.EINVALID, "a goal needs a title")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	stored, err := findGoalByID(ctx, tx, me, g.ID)
	if err != nil {
		return err
	}
	g.ClientID, g.CreatedAt = stored.ClientID, stored.CreatedAt
	if err := updateGoal(ctx, tx, g); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// DeleteGoal removes a goal.
func (s *GoalService) DeleteGoal(ctx context.Context, id int64) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findGoalByID(ctx, tx, me, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM goals WHERE id = ?`, id); err != nil {
		return mapError(err, "delete goal")
	}
	return mapError(tx.Commit(), "commit")
}

func updateGoal(ctx context.Context, tx *Tx, g *ally.Goal) error {
	_, err := tx.ExecContext(ctx, `UPDATE goals SET title = ?, description = ?, updated_at = ? WHERE id = ?`,
		tx.db.seal("goals", "title", g.ID, g.Title),
		tx.db.seal("goals", "description", g.ID, g.Description),
		formatTime(tx.now), g.ID)
	return mapError(err, "update goal")
}

// goalColumns are the columns scanGoal reads, in order.
const goalColumns = `goals.id, goals.client_id, goals.title, goals.description, goals.created_at`

// findGoalByID returns goal id of a client of professional me.
func findGoalByID(ctx context.Context, tx *Tx, me, id int64) (*ally.Goal, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+goalColumns+`
		FROM goals JOIN clients ON clients.id = goals.client_id
		WHERE goals.id = ? AND clients.professional_id = ?`, id, me)
	g, err := scanGoal(tx, row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such goal")
	}
	return g, err
}

func scanGoal(tx *Tx, row scanner) (*ally.Goal, error) {
	var (
		g                  ally.Goal
		title, description []byte
		created            string
	)
	if err := row.Scan(&g.ID, &g.ClientID, &title, &description, &created); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, mapError(err, "scan goal")
	}
	var err error
	if g.Title, err = tx.db.unseal("goals", "title", g.ID, title); err != nil {
		return nil, err
	}
	if g.Description, err = tx.db.unseal("goals", "description", g.ID, description); err != nil {
		return nil, err
	}
	if g.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	return &g, nil
}
