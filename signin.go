package ally

import (
	"context"
	"time"
)

// SignIn is one signed-in browser of the practice app: which professional,
// since when, and when it was last seen. Only the hash of its id is kept,
// so a copy of the store cannot be replayed as a cookie.
type SignIn struct {
	IDHash         string
	ProfessionalID int64
	CreatedAt      time.Time
	LastSeenAt     time.Time
}

// SignInService keeps the signed-in browsers. Kept in the database, a
// sign-in outlives a restart and is shared by instances on one database.
// It judges no timeout: the caller says what is expired, by its own clock.
type SignInService interface {
	// CreateSignIn keeps a new sign-in; an id hash already kept is
	// ECONFLICT.
	CreateSignIn(ctx context.Context, s SignIn) error
	// FindSignIn returns the sign-in with the given id hash, expired or
	// not; ENOTFOUND when there is none.
	FindSignIn(ctx context.Context, idHash string) (SignIn, error)
	// TouchSignIn records that the sign-in was seen at t. A t before the
	// one kept, or a sign-in that is gone, changes nothing and is no error.
	TouchSignIn(ctx context.Context, idHash string, t time.Time) error
	// DeleteSignIn removes a sign-in; removing one that is gone is no
	// error.
	DeleteSignIn(ctx context.Context, idHash string) error
	// DeleteExpiredSignIns removes every sign-in last seen before
	// seenBefore or created before createdBefore.
	DeleteExpiredSignIns(ctx context.Context, seenBefore, createdBefore time.Time) error
}
