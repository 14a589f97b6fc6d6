package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/ally-mi/ally"
)

// GoalMapService implements ally.GoalMapService.
type GoalMapService struct {
	db *DB
}

var _ ally.GoalMapService = (*GoalMapService)(nil)

// NewGoalMapService returns the two-clients maps of db.
func NewGoalMapService(db *DB) *GoalMapService {
	return &GoalMapService{db: db}
}

// FindGoalMap returns the map of a goal; a goal without one gets an empty
// map with zero UpdatedAt.
func (s *GoalMapService) FindGoalMap(ctx context.Context, goalID int64) (*ally.GoalMap, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	g, err := findGoalByID(ctx, tx, me, goalID)
	if err != nil {
		return nil, err
	}
	return findGoalMap(ctx, tx, g)
}

// SaveGoalMap creates or replaces the map of m.GoalID, and sets m.ClientID
// and m.UpdatedAt. A need with neither a taxonomy id nor words is EINVALID.
func (s *GoalMapService) SaveGoalMap(ctx context.Context, m *ally.GoalMap) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	for _, side := range []*ally.MapSide{&m.Motivation, &m.Resistance} {
		if err := tidySide(side); err != nil {
			return err
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	g, err := findGoalByID(ctx, tx, me, m.GoalID)
	if err != nil {
		return err
	}
	m.ClientID = g.ClientID
	motivation, err := tx.db.sealJSON("goal_maps", "motivation", m.GoalID, storedSideOf(m.Motivation))
	if err != nil {
		return err
	}
	resistance, err := tx.db.sealJSON("goal_maps", "resistance", m.GoalID, storedSideOf(m.Resistance))
	if err != nil {
		return err
	}
	dismissed, err := tx.db.sealJSON("goal_maps", "dismissed", m.GoalID, nonNil(m.Dismissed))
	if err != nil {
		return err
	}
	now := formatTime(tx.now)
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO goal_maps (goal_id, motivation, resistance, dismissed, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (goal_id) DO UPDATE SET motivation = excluded.motivation,
			resistance = excluded.resistance, dismissed = excluded.dismissed, updated_at = excluded.updated_at`,
		m.GoalID, motivation, resistance, dismissed, now, now); err != nil {
		return mapError(err, "save goal map")
	}
	m.UpdatedAt = tx.now
	return mapError(tx.Commit(), "commit")
}

// findGoalMap reads the map of goal g, empty when it has none.
func findGoalMap(ctx context.Context, tx *Tx, g *ally.Goal) (*ally.GoalMap, error) {
	m := &ally.GoalMap{GoalID: g.ID, ClientID: g.ClientID}
	var (
		motivation, resistance, dismissed []byte
		updated                           string
	)
	err := tx.QueryRowContext(ctx, `SELECT motivation, resistance, dismissed, updated_at
		FROM goal_maps WHERE goal_id = ?`, g.ID).Scan(&motivation, &resistance, &dismissed, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return m, nil
	} else if err != nil {
		return nil, mapError(err, "find goal map")
	}
	var mot, res storedSide
	if err := tx.db.unsealJSON("goal_maps", "motivation", g.ID, motivation, &mot); err != nil {
		return nil, err
	}
	if err := tx.db.unsealJSON("goal_maps", "resistance", g.ID, resistance, &res); err != nil {
		return nil, err
	}
	if err := tx.db.unsealJSON("goal_maps", "dismissed", g.ID, dismissed, &m.Dismissed); err != nil {
		return nil, err
	}
	m.Motivation, m.Resistance = mot.side(), res.side()
	if m.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return m, nil
}

// tidySide trims a side's words and checks that every need names one.
func tidySide(side *ally.MapSide) error {
	side.Wants, side.Words = strings.TrimSpace(side.Wants), strings.TrimSpace(side.Words)
	for i := range side.Needs {
		n := &side.Needs[i]
		n.Need, n.Text, n.Quote = strings.TrimSpace(n.Need), strings.TrimSpace(n.Text), strings.TrimSpace(n.Quote)
		if n.Need == "" && n.Text == "" {
			return ally.Errorf(ally.EINVALID, "a need on the map needs a name")
		}
	}
	return nil
}

// storedSide is a map side as sealed JSON. It has keys of its own, so that
// renaming a field of ally.MapSide never makes stored maps unreadable.
type storedSide struct {
	Wants string       `json:"wants"`
	Needs []storedNeed `json:"needs"`
	Words string       `json:"words"`
}

type storedNeed struct {
	Need      string `json:"need,omitempty"`
	Text      string `json:"text,omitempty"`
	Quote     string `json:"quote,omitempty"`
	SessionID int64  `json:"session_id,omitempty"`
	Utterance int    `json:"utterance,omitempty"`
}

func storedSideOf(s ally.MapSide) storedSide {
	out := storedSide{Wants: s.Wants, Words: s.Words, Needs: []storedNeed{}}
	for _, n := range s.Needs {
		out.Needs = append(out.Needs, storedNeed(n))
	}
	return out
}

func (s storedSide) side() ally.MapSide {
	out := ally.MapSide{Wants: s.Wants, Words: s.Words}
	for _, n := range s.Needs {
		out.Needs = append(out.Needs, ally.MapNeed(n))
	}
	return out
}

// nonNil stores an empty list as [], not null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
