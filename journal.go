package ally

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"
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

// MaxJournalText is the most characters one field of a journal entry
// holds: pages of writing, not a flood.
const MaxJournalText = 20000

// JournalFilter selects journal entries; zero fields select all.
type JournalFilter struct {
	ClientID int64
	Kind     JournalKind
	// Limit caps the number of entries, newest first; 0 is no cap.
	Limit int
}

// JournalService keeps the journal of the professional signed in on ctx;
// another professional's entry is ENOTFOUND, and so is a ClientID naming
// another professional's client. Nobody signed in is EUNAUTHORIZED.
type JournalService interface {
	// FindJournalEntries returns the matching entries, newest first.
	FindJournalEntries(ctx context.Context, filter JournalFilter) ([]*JournalEntry, error)
	// FindJournalEntryByID returns one entry.
	FindJournalEntryByID(ctx context.Context, id int64) (*JournalEntry, error)
	// CreateJournalEntry adds an entry and sets its ID and times. A
	// reflection without text, a self-check with neither answer, or an
	// unknown kind is EINVALID.
	CreateJournalEntry(ctx context.Context, e *JournalEntry) error
	// UpdateJournalEntry changes an entry's client and text (Alive,
	// Touches, Text) under the rules of CreateJournalEntry; its kind and
	// creation time stay as stored and are filled in e.
	UpdateJournalEntry(ctx context.Context, e *JournalEntry) error
	// DeleteJournalEntry removes an entry.
	DeleteJournalEntry(ctx context.Context, id int64) error
}

// Validate reports, as EINVALID, an entry of an unknown kind or one that
// says nothing: a reflection needs Text, a self-check Alive or Touches.
func (e *JournalEntry) Validate() error {
	for _, s := range []string{e.Alive, e.Touches, e.Text} {
		if utf8.RuneCountInString(s) > MaxJournalText {
			return Errorf(EINVALID, "A journal entry's text can be up to %d characters; this one is longer. Save it in parts.", MaxJournalText)
		}
	}
	switch e.Kind {
	case JournalReflection:
		if strings.TrimSpace(e.Text) == "" {
			return Errorf(EINVALID, "Write something before saving the reflection.")
		}
	case JournalSelfCheck:
		if strings.TrimSpace(e.Alive) == "" && strings.TrimSpace(e.Touches) == "" {
			return Errorf(EINVALID, "Answer at least one of the two questions before saving the self-check.")
		}
	default:
		return Errorf(EINVALID, "A journal entry is a %q or a %q, not %q.", JournalSelfCheck, JournalReflection, e.Kind)
	}
	return nil
}
