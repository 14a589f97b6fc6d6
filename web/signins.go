package web

import (
	"context"
	"encoding/hex"
	"sync"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// SignIn is one signed-in browser: which professional, since when, and
// when it was last seen. Only the hash of its id is kept, so a copy of the
// store cannot be replayed as a cookie.
type SignIn struct {
	IDHash         string
	ProfessionalID int64
	CreatedAt      time.Time
	LastSeenAt     time.Time
}

// SignInStore keeps the signed-in browsers. The app ships one kept in
// memory; a database-backed one can keep sign-ins across restarts and
// share them between instances.
type SignInStore interface {
	// Create keeps a new sign-in.
	Create(ctx context.Context, s SignIn) error
	// Find returns the sign-in with the given id hash, ENOTFOUND when
	// there is none.
	Find(ctx context.Context, idHash string) (SignIn, error)
	// Touch records that the sign-in was seen at t.
	Touch(ctx context.Context, idHash string, t time.Time) error
	// Delete removes a sign-in; removing one that is gone is no error.
	Delete(ctx context.Context, idHash string) error
}

// MemorySignIns is a SignInStore in memory, safe for concurrent use.
type MemorySignIns struct {
	mu sync.Mutex
	m  map[string]SignIn
}

// NewMemorySignIns returns an empty MemorySignIns.
func NewMemorySignIns() *MemorySignIns { return &MemorySignIns{m: map[string]SignIn{}} }

// Create implements SignInStore.
func (m *MemorySignIns) Create(_ context.Context, s SignIn) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m[s.IDHash] = s
	return nil
}

// Find implements SignInStore.
func (m *MemorySignIns) Find(_ context.Context, idHash string) (SignIn, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.m[idHash]
	if !ok {
		return SignIn{}, ally.Errorf(ally.ENOTFOUND, "not signed in")
	}
	return s, nil
}

// Touch implements SignInStore.
func (m *MemorySignIns) Touch(_ context.Context, idHash string, t time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if s, ok := m.m[idHash]; ok {
		s.LastSeenAt = t
		m.m[idHash] = s
	}
	return nil
}

// Delete implements SignInStore.
func (m *MemorySignIns) Delete(_ context.Context, idHash string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, idHash)
	return nil
}

// newSignInID returns a random 256-bit sign-in id for the cookie and the
// hash under which it is stored.
func newSignInID() (id, hash string) {
	id, h := vault.NewToken()
	return id, hex.EncodeToString(h)
}

// hashSignInID returns the hash a sign-in id is stored under.
func hashSignInID(id string) string { return hex.EncodeToString(vault.HashToken(id)) }
