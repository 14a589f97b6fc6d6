package ally

import (
	"context"
	"time"
)

// SessionStatus says whether a session took place.
type SessionStatus string

// The statuses of a session. A cancelled or missed session is kept: it can
// be a quiet "no" worth being curious about.
const (
	SessionScheduled SessionStatus = "scheduled"
	SessionAttended  SessionStatus = "attended"
	SessionCancelled SessionStatus = "cancelled"
	SessionNoShow    SessionStatus = "no_show"
)

// Session is one meeting of a professional with a client, with its
// transcript and analysis when one was uploaded with consent.
type Session struct {
	ID       int64
	ClientID int64
	Date     time.Time
	Status   SessionStatus
	// Transcript is the coded transcript with any corrections applied; nil
	// when none was uploaded (or it was deleted).
	Transcript *Transcript
	// Analysis is what ally made of the transcript; nil without one.
	Analysis *Analysis
	// Model names the coder that coded the transcript, so an analysis is
	// redone when the embedded model changes.
	Model string
	// Corrections are the professional's corrections of utterance codes.
	Corrections []Correction
	CreatedAt   time.Time
	UpdatedAt   time.Time
	// AnalysedAt is when the transcript and its analysis were last stored
	// (a correction stores them again); zero when there is none. What is
	// worked out from an analysis stays true while it is unchanged.
	AnalysedAt time.Time
}

// Correction is a professional's correction of one utterance's code.
type Correction struct {
	// Utterance is the index of the corrected utterance.
	Utterance int
	Code      string
	Subcode   string
	// By is the professional who made it, At when.
	By int64
	At time.Time
}

// SessionService keeps sessions, scoped like ClientService.
type SessionService interface {
	// FindSessions returns a client's sessions, newest first, without
	// their transcripts.
	FindSessions(ctx context.Context, clientID int64) ([]*Session, error)
	// FindAnalyses returns the sessions of a client (clientID 0: of every
	// client of the professional) that have an analysis, oldest first, each
	// with its analysis but without transcript or corrections: what trends,
	// the journal and the before-the-session page read.
	FindAnalyses(ctx context.Context, clientID int64) ([]*Session, error)
	// FindSessionByID returns a session with its transcript, analysis and
	// corrections.
	FindSessionByID(ctx context.Context, id int64) (*Session, error)
	// CreateSession adds a session to s.ClientID.
	CreateSession(ctx context.Context, s *Session) error
	// UpdateSessionStatus changes a session's date and status.
	UpdateSessionStatus(ctx context.Context, id int64, date time.Time, status SessionStatus) error
	// SaveAnalysis stores a session's coded transcript and analysis. Without
	// the client's active consent it is EFORBIDDEN and nothing is stored.
	SaveAnalysis(ctx context.Context, id int64, t *Transcript, a *Analysis, model string) error
	// AddCorrection records a correction and stores the transcript and
	// analysis recomputed from the corrected codes.
	AddCorrection(ctx context.Context, id int64, c Correction, t *Transcript, a *Analysis) error
	// DeleteSession removes a session with its transcript, analysis and notes.
	DeleteSession(ctx context.Context, id int64) error
}

// NoteFormat is the structure of a session note.
type NoteFormat string

// The note formats. Private notes are the professional's alone: analysis
// and exports for training never read them.
const (
	NoteSOAP    NoteFormat = "soap"
	NoteDAP     NoteFormat = "dap"
	NoteBIRP    NoteFormat = "birp"
	NotePrivate NoteFormat = "private"
)

// NoteSections returns the section names of a note format, in order.
func NoteSections(f NoteFormat) []string {
	switch f {
	case NoteSOAP:
		return []string{"Subjective", "Objective", "Assessment", "Plan"}
	case NoteDAP:
		return []string{"Data", "Assessment", "Plan"}
	case NoteBIRP:
		return []string{"Behaviour", "Intervention", "Response", "Plan"}
	case NotePrivate:
		return []string{"Note"}
	}
	return nil
}

// Note is a note on a session, its sections in NoteSections order.
type Note struct {
	ID        int64
	SessionID int64
	Format    NoteFormat
	Sections  []string
	UpdatedAt time.Time
}

// NoteService keeps session notes, scoped like ClientService.
type NoteService interface {
	// FindNotes returns a session's notes, the private one last.
	FindNotes(ctx context.Context, sessionID int64) ([]*Note, error)
	// SaveNote creates or replaces the session's note of n.Format; a
	// session has at most one note of each format.
	SaveNote(ctx context.Context, n *Note) error
}
