package web_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// memory is a small in-memory practice for handler tests until a real
// store is wired in: enough of the five services, scoped to the
// professional on ctx as the root interfaces require.
type memory struct {
	mu        sync.Mutex
	pros      []*ally.Professional
	passwords map[int64]string
	clients   map[int64]*ally.Client
	goals     map[int64]*ally.Goal
	sessions  map[int64]*ally.Session
	notes     map[int64]map[ally.NoteFormat]*ally.Note
	next      int64
}

func newMemory() *memory {
	return &memory{passwords: map[int64]string{}, clients: map[int64]*ally.Client{}, goals: map[int64]*ally.Goal{},
		sessions: map[int64]*ally.Session{}, notes: map[int64]map[ally.NoteFormat]*ally.Note{}}
}

func (m *memory) id() int64 { m.next++; return m.next }

func (m *memory) CreateProfessional(_ context.Context, p *ally.Professional, password string) error {
	if err := vault.CheckPasswordPolicy(password, p.Email, p.Name); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, q := range m.pros {
		if strings.EqualFold(q.Email, p.Email) {
			return ally.Errorf(ally.ECONFLICT, "that e-mail is taken")
		}
	}
	p.ID = m.id()
	m.pros = append(m.pros, p)
	m.passwords[p.ID] = password
	return nil
}

func (m *memory) FindProfessionalByID(_ context.Context, id int64) (*ally.Professional, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, p := range m.pros {
		if p.ID == id {
			c := *p
			return &c, nil
		}
	}
	return nil, ally.Errorf(ally.ENOTFOUND, "no such professional")
}

func (m *memory) FindProfessionalByEmail(_ context.Context, email string) (*ally.Professional, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, p := range m.pros {
		if strings.EqualFold(p.Email, email) {
			return p, nil
		}
	}
	return nil, ally.Errorf(ally.ENOTFOUND, "no such professional")
}

func (m *memory) CountProfessionals(context.Context) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.pros), nil
}

func (m *memory) Authenticate(ctx context.Context, email, password string) (*ally.Professional, error) {
	p, err := m.FindProfessionalByEmail(ctx, email)
	if err != nil || m.passwords[p.ID] != password {
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "wrong e-mail or password")
	}
	return p, nil
}

func (m *memory) UpdateTenderSpots(_ context.Context, id int64, spots []string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, p := range m.pros {
		if p.ID == id {
			p.TenderSpots = spots
		}
	}
	return nil
}

// client returns the caller's client id; the lock must be held.
func (m *memory) client(ctx context.Context, id int64) (*ally.Client, error) {
	c, ok := m.clients[id]
	if !ok || c.ProfessionalID != ally.ProfessionalIDFromContext(ctx) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such client")
	}
	return c, nil
}

func (m *memory) FindClients(ctx context.Context, f ally.ClientFilter) ([]*ally.Client, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*ally.Client
	for _, c := range m.clients {
		if c.ProfessionalID == ally.ProfessionalIDFromContext(ctx) && strings.Contains(strings.ToLower(c.Name), strings.ToLower(f.Query)) {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *ally.Client) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

func (m *memory) FindClientByID(ctx context.Context, id int64) (*ally.Client, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, err := m.client(ctx, id)
	if err != nil {
		return nil, err
	}
	cc := *c
	return &cc, nil
}

func (m *memory) FindClientByName(ctx context.Context, name string) (*ally.Client, error) {
	cs, _ := m.FindClients(ctx, ally.ClientFilter{})
	for _, c := range cs {
		if strings.EqualFold(c.Name, name) {
			return c, nil
		}
	}
	return nil, ally.Errorf(ally.ENOTFOUND, "no such client")
}

func (m *memory) CreateClient(ctx context.Context, c *ally.Client) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c.ID, c.ProfessionalID = m.id(), ally.ProfessionalIDFromContext(ctx)
	m.clients[c.ID] = c
	return nil
}

func (m *memory) UpdateClient(ctx context.Context, c *ally.Client) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	old, err := m.client(ctx, c.ID)
	if err != nil {
		return err
	}
	old.Name, old.Contact = c.Name, c.Contact
	return nil
}

func (m *memory) GiveConsent(ctx context.Context, id int64, consent ally.Consent) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, err := m.client(ctx, id)
	if err != nil {
		return err
	}
	c.Consent = &consent
	return nil
}

func (m *memory) RevokeConsent(ctx context.Context, id int64, deleteTranscripts bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, err := m.client(ctx, id)
	if err != nil {
		return err
	}
	now := time.Now()
	c.Consent.RevokedAt = &now
	return nil
}

func (m *memory) FindGoals(ctx context.Context, clientID int64) ([]*ally.Goal, error) {
	return nil, nil
}
func (m *memory) CreateGoal(ctx context.Context, g *ally.Goal) error { return nil }
func (m *memory) UpdateGoal(ctx context.Context, g *ally.Goal) error { return nil }
func (m *memory) DeleteGoal(ctx context.Context, id int64) error     { return nil }

// session returns the caller's session; the lock must be held.
func (m *memory) session(ctx context.Context, id int64) (*ally.Session, error) {
	s, ok := m.sessions[id]
	if !ok {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such session")
	}
	if _, err := m.client(ctx, s.ClientID); err != nil {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such session")
	}
	return s, nil
}

func (m *memory) FindSessions(ctx context.Context, clientID int64) ([]*ally.Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*ally.Session
	for _, s := range m.sessions {
		if s.ClientID == clientID {
			out = append(out, s)
		}
	}
	return out, nil
}

func (m *memory) FindSessionByID(ctx context.Context, id int64) (*ally.Session, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, err := m.session(ctx, id)
	if err != nil {
		return nil, err
	}
	c := *s
	if s.Transcript != nil {
		t := *s.Transcript
		t.Utterances = slices.Clone(t.Utterances)
		c.Transcript = &t
	}
	return &c, nil
}

func (m *memory) CreateSession(ctx context.Context, s *ally.Session) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, err := m.client(ctx, s.ClientID); err != nil {
		return err
	}
	s.ID = m.id()
	m.sessions[s.ID] = s
	return nil
}

func (m *memory) UpdateSessionStatus(ctx context.Context, id int64, date time.Time, st ally.SessionStatus) error {
	return nil
}

func (m *memory) SaveAnalysis(ctx context.Context, id int64, t *ally.Transcript, a *ally.Analysis, model string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, err := m.session(ctx, id)
	if err != nil {
		return err
	}
	s.Transcript, s.Analysis, s.Model = t, a, model
	return nil
}

func (m *memory) AddCorrection(ctx context.Context, id int64, c ally.Correction, t *ally.Transcript, a *ally.Analysis) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, err := m.session(ctx, id)
	if err != nil {
		return err
	}
	s.Transcript, s.Analysis = t, a
	s.Corrections = append(s.Corrections, c)
	return nil
}

func (m *memory) DeleteSession(ctx context.Context, id int64) error { return nil }

func (m *memory) FindNotes(ctx context.Context, sessionID int64) ([]*ally.Note, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []*ally.Note
	for _, n := range m.notes[sessionID] {
		out = append(out, n)
	}
	return out, nil
}

func (m *memory) SaveNote(ctx context.Context, n *ally.Note) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, err := m.session(ctx, n.SessionID); err != nil {
		return err
	}
	if m.notes[n.SessionID] == nil {
		m.notes[n.SessionID] = map[ally.NoteFormat]*ally.Note{}
	}
	n.ID, n.UpdatedAt = m.id(), time.Now()
	m.notes[n.SessionID][n.Format] = n
	return nil
}
