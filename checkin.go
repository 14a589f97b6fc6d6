package ally

import (
	"context"
	"time"
)

// CheckIn is a private link a client answers between sessions, with no
// account: anything that did not fit, the importance and confidence
// rulers, and, when asked for, PHQ-9, GAD-7 and the worksheet.
type CheckIn struct {
	ID       int64
	ClientID int64
	// Asks says what the link asks for beyond the free text and rulers.
	PHQ9, GAD7, Worksheet bool
	ExpiresAt             time.Time
	CreatedAt             time.Time
	// AnsweredAt is nil until the client answers; a link answers once.
	AnsweredAt *time.Time
	// Answers are nil until the client answers. Client content.
	Answers *CheckInAnswers
	// AcknowledgedAt is when the professional acknowledged a flag (an
	// answer above "not at all" to PHQ-9's ninth item); nil while it is
	// open or there is none.
	AcknowledgedAt *time.Time
}

// Flagged reports whether the check-in holds an answer above "not at all"
// to PHQ-9's ninth item that the professional has not yet acknowledged.
func (c *CheckIn) Flagged() bool {
	return c.Answers != nil && len(c.Answers.PHQ9) == 9 && c.Answers.PHQ9[8] > 0 && c.AcknowledgedAt == nil
}

// Ruler is one 0–10 ruler with the client's reasons.
type Ruler struct {
	// Value is nil when the client left the ruler unanswered.
	Value *int
	// WhyNotLower answers "why this number and not a lower one?".
	WhyNotLower string
	// OneUp answers "what would it take to move one up?".
	OneUp string
}

// CheckInAnswers are a client's answers to a check-in.
type CheckInAnswers struct {
	// DidNotFit is anything from the last session that did not fit, or
	// that the client wants to say no to.
	DidNotFit  string
	Importance Ruler
	Confidence Ruler
	// PHQ9 and GAD7 hold each item's answer, 0–3, in the questionnaire's
	// order; empty when not asked.
	PHQ9 []int
	GAD7 []int
	// PHQ9Difficulty and GAD7Difficulty answer each questionnaire's
	// closing question, 0–3, -1 when not answered. Each questionnaire has
	// its own, in its own words, so each is kept.
	PHQ9Difficulty int
	GAD7Difficulty int
	// Worksheet holds the worksheet's answers when it was asked for.
	Worksheet *Worksheet
}

// CheckInInvite is what a check-in link shows its client: nothing about
// them beyond their professional's name.
type CheckInInvite struct {
	ProfessionalName      string
	PHQ9, GAD7, Worksheet bool
	ExpiresAt             time.Time
}

// CheckInService keeps check-ins. Creating and reading them is scoped like
// ClientService; opening and answering go by the link's token alone, for a
// client who has no account.
type CheckInService interface {
	// CreateCheckIn adds a check-in to c.ClientID and returns its token, of
	// at least 128 random bits; only the token's hash is stored.
	CreateCheckIn(ctx context.Context, c *CheckIn) (token string, err error)
	// FindCheckIns returns a client's check-ins, newest first.
	FindCheckIns(ctx context.Context, clientID int64) ([]*CheckIn, error)
	// FindAnsweredCheckIns returns the check-ins answered since since, for
	// every client of the professional, newest first.
	FindAnsweredCheckIns(ctx context.Context, since time.Time) ([]*CheckIn, error)
	// FindFlaggedCheckIns returns every check-in of the professional's
	// clients whose flag is not yet acknowledged.
	FindFlaggedCheckIns(ctx context.Context) ([]*CheckIn, error)
	// AcknowledgeFlag records that the professional has seen a flag.
	AcknowledgeFlag(ctx context.Context, id int64) error
	// OpenCheckIn returns what the link of token shows. An unknown, used
	// or expired token is ENOTFOUND with a message that reveals nothing.
	OpenCheckIn(ctx context.Context, token string) (*CheckInInvite, error)
	// AnswerCheckIn stores the answers given through the link of token
	// and uses the link up; it fails like OpenCheckIn.
	AnswerCheckIn(ctx context.Context, token string, a *CheckInAnswers) error
}
