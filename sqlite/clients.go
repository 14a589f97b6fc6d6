package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"

	"github.com/ally-mi/ally"
)

// Names are sealed, so the store cannot search them in SQL: it opens a
// practice's clients (tens to hundreds) and matches them in memory. A blind
// index would find exact names only, and would show which clients share one.

// ClientService implements ally.ClientService.
type ClientService struct {
	db *DB
}

var _ ally.ClientService = (*ClientService)(nil)

// NewClientService returns the clients of db.
func NewClientService(db *DB) *ClientService {
	return &ClientService{db: db}
}

// FindClients returns the signed-in professional's clients whose name
// contains filter.Query, case-insensitively, sorted by name.
func (s *ClientService) FindClients(ctx context.Context, filter ally.ClientFilter) ([]*ally.Client, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	all, err := findClients(ctx, tx, me)
	if err != nil {
		return nil, err
	}
	query := normalizeName(filter.Query)
	clients := all[:0]
	for _, c := range all {
		if strings.Contains(normalizeName(c.Name), query) {
			clients = append(clients, c)
		}
	}
	return clients, nil
}

// FindClientByID returns ENOTFOUND when the signed-in professional has no
// such client.
func (s *ClientService) FindClientByID(ctx context.Context, id int64) (*ally.Client, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findClientByID(ctx, tx, me, id)
}

// FindClientByName returns the one client whose whole name matches,
// case-insensitively and ignoring extra spaces.
func (s *ClientService) FindClientByName(ctx context.Context, name string) (*ally.Client, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	all, err := findClients(ctx, tx, me)
	if err != nil {
		return nil, err
	}
	var found []*ally.Client
	for _, c := range all {
		if normalizeName(c.Name) == normalizeName(name) {
			found = append(found, c)
		}
	}
	switch len(found) {
	case 0:
		return nil, ally.Errorf(ally.ENOTFOUND, "no client is named %q", name)
	case 1:
		return found[0], nil
	}
	return nil, ally.Errorf(ally.ECONFLICT, "%d clients are named %q: choose one by id", len(found), name)
}

// CreateClient adds a client to the signed-in professional's practice, with
// c.Consent when it is set, and sets c's ID, ProfessionalID and times.
func (s *ClientService) CreateClient(ctx context.Context, c *ally.Client) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if c.Name = strings.TrimSpace(c.Name); c.Name == "" {
		return ally.Errorf(ally.EINVALID, "a client needs a name")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	c.ProfessionalID = me
	now := formatTime(tx.now)
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO clients (professional_id, name, contact, created_at, updated_at)
		VALUES (?, x'', x'', ?, ?)
		RETURNING id`, me, now, now).Scan(&c.ID); err != nil {
		return mapError(err, "insert client")
	}
	c.CreatedAt = tx.now
	if err := updateClient(ctx, tx, c); err != nil {
		return err
	}
	if c.Consent != nil {
		if err := giveConsent(ctx, tx, c.ID, c.Consent); err != nil {
			return err
		}
	}
	return mapError(tx.Commit(), "commit")
}

// UpdateClient changes a client's name and contact, and fills c with what
// is stored.
func (s *ClientService) UpdateClient(ctx context.Context, c *ally.Client) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if c.Name = strings.TrimSpace(c.Name); c.Name == "" {
		return ally.Errorf(ally.EINVALID, "a client needs a name")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, c.ID); err != nil {
		return err
	}
	if err := updateClient(ctx, tx, c); err != nil {
		return err
	}
	stored, err := findClientByID(ctx, tx, me, c.ID)
	if err != nil {
		return err
	}
	*c = *stored
	return mapError(tx.Commit(), "commit")
}

// updateClient writes c's name and contact, sealed, to its row.
func updateClient(ctx context.Context, tx *Tx, c *ally.Client) error {
	_, err := tx.ExecContext(ctx, `UPDATE clients SET name = ?, contact = ?, updated_at = ? WHERE id = ?`,
		tx.db.seal("clients", "name", c.ID, c.Name),
		tx.db.seal("clients", "contact", c.ID, c.Contact),
		formatTime(tx.now), c.ID)
	c.UpdatedAt = tx.now
	return mapError(err, "update client")
}

// clientColumns are the columns scanClient reads, in order.
const clientColumns = `clients.id, clients.professional_id, clients.name, clients.contact,
	clients.consent_given_at, clients.consent_revoked_at, clients.consent_note,
	clients.created_at, clients.updated_at`

// findClientByID returns client id of professional me, ENOTFOUND when it
// belongs to nobody or to someone else.
func findClientByID(ctx context.Context, tx *Tx, me, id int64) (*ally.Client, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+clientColumns+`
		FROM clients WHERE id = ? AND professional_id = ?`, id, me)
	c, err := scanClient(tx, row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such client")
	}
	return c, err
}

// findClients returns every client of professional me, sorted by name.
func findClients(ctx context.Context, tx *Tx, me int64) ([]*ally.Client, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+clientColumns+`
		FROM clients WHERE professional_id = ?`, me)
	if err != nil {
		return nil, mapError(err, "find clients")
	}
	defer rows.Close()
	var clients []*ally.Client
	for rows.Next() {
		c, err := scanClient(tx, rows)
		if err != nil {
			return nil, err
		}
		clients = append(clients, c)
	}
	if err := rows.Err(); err != nil {
		return nil, mapError(err, "find clients")
	}
	sort.SliceStable(clients, func(i, j int) bool {
		a, b := strings.ToLower(clients[i].Name), strings.ToLower(clients[j].Name)
		if a != b {
			return a < b
		}
		return clients[i].ID < clients[j].ID
	})
	return clients, nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanClient(tx *Tx, row scanner) (*ally.Client, error) {
	var (
		c                   ally.Client
		name, contact, note []byte
		given, revoked      sql.NullString
		created, updated    string
	)
	if err := row.Scan(&c.ID, &c.ProfessionalID, &name, &contact,
		&given, &revoked, &note, &created, &updated); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, mapError(err, "scan client")
	}
	var err error
	if c.Name, err = tx.db.unseal("clients", "name", c.ID, name); err != nil {
		return nil, err
	}
	if c.Contact, err = tx.db.unseal("clients", "contact", c.ID, contact); err != nil {
		return nil, err
	}
	if c.Consent, err = openConsent(tx, c.ID, given, revoked, note); err != nil {
		return nil, err
	}
	if c.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if c.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &c, nil
}

// normalizeName is how names compare: lower case, spaces collapsed.
func normalizeName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
