package ally

import (
	"context"
	"time"
)

// Professional is one user of an ally instance: a counsellor, therapist or
// coach with a practice of their own. Each professional sees only their own
// clients, even when several share one instance.
type Professional struct {
	ID    int64
	Email string
	Name  string
	// TenderSpots are the subjects where they know they may react from
	// their own history; every analysis of their sessions measures them.
	TenderSpots []string
	// APITokenCreatedAt is when their API token was created, nil while
	// they have none.
	APITokenCreatedAt *time.Time
	CreatedAt         time.Time
}

// ProfessionalService keeps the accounts of an instance. Passwords arrive in
// the clear and are stored only as hashes.
type ProfessionalService interface {
	// CreateProfessional adds an account. A password shorter than 12
	// characters or on the common-password list is EINVALID; an e-mail
	// already in use is ECONFLICT.
	CreateProfessional(ctx context.Context, p *Professional, password string) error
	// FindProfessionalByID returns ENOTFOUND when there is no such account.
	FindProfessionalByID(ctx context.Context, id int64) (*Professional, error)
	// FindProfessionalByEmail compares e-mails case-insensitively and
	// returns ENOTFOUND when there is no such account.
	FindProfessionalByEmail(ctx context.Context, email string) (*Professional, error)
	// CountProfessionals says how many accounts exist; zero means first run.
	CountProfessionals(ctx context.Context) (int, error)
	// FindSoleProfessional returns the instance's one account, for a
	// command run on the server that need not name whose practice it
	// means: no account is ENOTFOUND, several are ECONFLICT.
	FindSoleProfessional(ctx context.Context) (*Professional, error)
	// Authenticate checks an e-mail and password and returns the account;
	// a wrong pair is EUNAUTHORIZED, whichever half is wrong.
	Authenticate(ctx context.Context, email, password string) (*Professional, error)
	// UpdateTenderSpots replaces the tender spots of the professional
	// signed in on ctx: another id is ENOTFOUND, nobody signed in
	// EUNAUTHORIZED.
	UpdateTenderSpots(ctx context.Context, id int64, spots []string) error
	// CreateAPIToken gives the professional signed in on ctx a new personal
	// API token, replacing any earlier one, and returns it. The token is
	// shown this once: only its hash is stored. Another id is ENOTFOUND,
	// nobody signed in EUNAUTHORIZED.
	CreateAPIToken(ctx context.Context, id int64) (string, error)
	// RevokeAPIToken removes the API token of the professional signed in
	// on ctx; revoking when there is none is no error. Another id is
	// ENOTFOUND, nobody signed in EUNAUTHORIZED.
	RevokeAPIToken(ctx context.Context, id int64) error
	// FindProfessionalByAPIToken returns the account whose API token is
	// token; an unknown or revoked token is EUNAUTHORIZED.
	FindProfessionalByAPIToken(ctx context.Context, token string) (*Professional, error)
}

// professionalKey is the context key of the signed-in professional.
type professionalKey struct{}

// NewContextWithProfessional returns ctx carrying the signed-in professional;
// every service call made with it is scoped to their practice.
func NewContextWithProfessional(ctx context.Context, p *Professional) context.Context {
	return context.WithValue(ctx, professionalKey{}, p)
}

// ProfessionalFromContext returns the signed-in professional of ctx, nil
// when nobody is signed in.
func ProfessionalFromContext(ctx context.Context) *Professional {
	p, _ := ctx.Value(professionalKey{}).(*Professional)
	return p
}

// ProfessionalIDFromContext returns the ID of the signed-in professional,
// 0 when nobody is signed in.
func ProfessionalIDFromContext(ctx context.Context) int64 {
	if p := ProfessionalFromContext(ctx); p != nil {
		return p.ID
	}
	return 0
}
