package ally

import (
	"context"
	"time"
)

// OfferKind is what was offered to a client.
type OfferKind string

// The kinds of offer (guideline 5).
const (
	OfferPractice       OfferKind = "practice"
	OfferIntervention   OfferKind = "intervention"
	OfferInterpretation OfferKind = "interpretation"
	OfferReferral       OfferKind = "referral"
	OfferTask           OfferKind = "task"
)

// OfferKinds lists the kinds in the order forms show them.
var OfferKinds = []OfferKind{OfferPractice, OfferIntervention, OfferInterpretation, OfferReferral, OfferTask}

// OfferAnswer is the client's answer to an offer.
type OfferAnswer string

// The answers to an offer. A "no" is welcome information about what the
// client needs, never non-compliance.
const (
	AnswerNone   OfferAnswer = ""
	AnswerYes    OfferAnswer = "yes"
	AnswerNo     OfferAnswer = "no"
	AnswerNotYet OfferAnswer = "not_yet"
)

// Offer is one practice, intervention, interpretation, referral or
// between-session task offered to a client, and what came of it. What,
// Followed and Quote are client content.
type Offer struct {
	ID       int64
	ClientID int64
	// SessionID is the session it was offered in, 0 when outside one.
	SessionID int64
	Kind      OfferKind
	What      string
	OfferedAt time.Time
	Answer    OfferAnswer
	// Followed is what followed the answer.
	Followed string
	// ActedOn says, for a yes, whether the client acted on it: nil while
	// unknown, false for a yes not acted on (an agreed task not done).
	ActedOn *bool
	// HeardIn is the utterance of a session report the answer was logged
	// from, nil when it was logged by hand. It can be another session than
	// SessionID: a "no" often comes a session after the offer.
	HeardIn *UtteranceRef
	// Quote is the client's words of the answer.
	Quote     string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Open reports whether the offer still waits for an answer: none yet, or
// "not yet".
func (o *Offer) Open() bool { return o.Answer == AnswerNone || o.Answer == AnswerNotYet }

// UtteranceRef names one utterance of one session's transcript.
type UtteranceRef struct {
	SessionID int64
	// Index is the utterance's index in the transcript.
	Index int
}

// OfferService keeps the offers log, scoped like ClientService.
type OfferService interface {
	// FindOffers returns a client's offers, newest first.
	FindOffers(ctx context.Context, clientID int64) ([]*Offer, error)
	// FindOfferByID returns ENOTFOUND when there is no such offer.
	FindOfferByID(ctx context.Context, id int64) (*Offer, error)
	// CreateOffer adds an offer to o.ClientID; no What, an unknown kind or
	// answer, or a session (SessionID or HeardIn) of another client is
	// EINVALID. ActedOn is kept for a yes only.
	CreateOffer(ctx context.Context, o *Offer) error
	// UpdateOffer changes an offer: its answer, what followed, whether it
	// was acted on, and what CreateOffer takes; it is checked as
	// CreateOffer checks, and o.ClientID and o.CreatedAt are filled from
	// what is stored.
	UpdateOffer(ctx context.Context, o *Offer) error
	// DeleteOffer removes an offer.
	DeleteOffer(ctx context.Context, id int64) error
}
