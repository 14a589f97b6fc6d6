package ally

import (
	"context"
	"time"
)

// Client is one person a professional works with. Name and Contact are
// client content: encrypted at rest.
type Client struct {
	ID             int64
	ProfessionalID int64
	Name           string
	Contact        string
	// Consent is the client's consent to recording and analysis, nil when
	// none was ever recorded.
	Consent   *Consent
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Consent is a client's consent to recording sessions and analysing the
// transcripts. It is given on a date and can be revoked at any time.
type Consent struct {
	GivenAt time.Time
	// RevokedAt is when the client withdrew consent, nil while it holds.
	RevokedAt *time.Time
	// Note records how consent was given ("signed form", "verbally").
	Note string
}

// Active reports whether consent is on record and not revoked.
func (c *Consent) Active() bool { return c != nil && c.RevokedAt == nil }

// ClientFilter selects clients; zero fields select all.
type ClientFilter struct {
	// Query matches clients whose name contains it, case-insensitively.
	Query string
}

// ClientService keeps a professional's clients. Every method acts for the
// professional signed in on ctx: another professional's client is
// ENOTFOUND, and no professional on ctx is EUNAUTHORIZED.
type ClientService interface {
	// FindClients returns the matching clients, sorted by name.
	FindClients(ctx context.Context, filter ClientFilter) ([]*Client, error)
	// FindClientByID returns ENOTFOUND when there is no such client.
	FindClientByID(ctx context.Context, id int64) (*Client, error)
	// FindClientByName matches the whole name, case-insensitively. Two
	// clients may share a name: then it is ECONFLICT, so that nothing is
	// filed under the wrong one.
	FindClientByName(ctx context.Context, name string) (*Client, error)
	// CreateClient adds a client to the practice; a blank name is EINVALID.
	CreateClient(ctx context.Context, c *Client) error
	// UpdateClient changes a client's name and contact details.
	UpdateClient(ctx context.Context, c *Client) error
	// GiveConsent records consent given now (or at c.GivenAt).
	GiveConsent(ctx context.Context, clientID int64, c Consent) error
	// RevokeConsent records that consent was withdrawn now. With
	// deleteTranscripts, every transcript and analysis of the client's
	// sessions is deleted in the same step.
	RevokeConsent(ctx context.Context, clientID int64, deleteTranscripts bool) error
}

// Goal is something a client is working towards.
type Goal struct {
	ID          int64
	ClientID    int64
	Title       string
	Description string
	CreatedAt   time.Time
}

// GoalService keeps clients' goals, scoped like ClientService.
type GoalService interface {
	// FindGoals returns a client's goals, oldest first.
	FindGoals(ctx context.Context, clientID int64) ([]*Goal, error)
	// CreateGoal adds a goal to g.ClientID; a blank title is EINVALID.
	CreateGoal(ctx context.Context, g *Goal) error
	// UpdateGoal changes a goal's title and description.
	UpdateGoal(ctx context.Context, g *Goal) error
	// DeleteGoal removes a goal.
	DeleteGoal(ctx context.Context, id int64) error
}
