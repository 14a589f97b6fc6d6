package ally

import (
	"context"
	"time"
)

// JournalKind is the kind of a journal entry.
type JournalKind string

// The kinds of journal entry (guideline 1).
const (
	// JournalSelfCheck is the two-minute check before a session.
	JournalSelfCheck JournalKind = "self_check"
	// JournalReflection is a reflection written any time.
	JournalReflection JournalKind = "reflection"
)

// JournalEntry is one entry of the professional's own reflective journal.
// It is theirs alone; its text fields are encrypted at rest like client
// content.
type JournalEntry struct {
	ID             int64
	ProfessionalID int64
	Kind           JournalKind
	// ClientID is the client a self-check was made before, 0 for none.
	ClientID int64
	// Alive answers "what is alive in me today?" (self-check).
	Alive string
	// Touches answers "does this client touch anything of mine?"
	// (self-check).
	Touches string
	// Text is a reflection's text.
	Text      string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// JournalFilter selects journal entries; zero fields select all.
type JournalFilter struct {
	ClientID int64
	Kind     JournalKind
	// Limit caps the number of entries, newest first; 0 is no cap.
	Limit int
}

// JournalService keeps the journal of the professional signed in on ctx;
// another professional's entry is ENOTFOUND.
type JournalService interface {
	// FindJournalEntries returns the matching entries, newest first.
	FindJournalEntries(ctx context.Context, filter JournalFilter) ([]*JournalEntry, error)
	// CreateJournalEntry adds an entry; an empty one is EINVALID.
	CreateJournalEntry(ctx context.Context, e *JournalEntry) error
	// UpdateJournalEntry changes an entry's text.
	UpdateJournalEntry(ctx context.Context, e *JournalEntry) error
	// DeleteJournalEntry removes an entry.
	DeleteJournalEntry(ctx context.Context, id int64) error
}
