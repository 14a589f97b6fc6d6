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
	// Utterance and Quote are the moment of the session report the answer
	// was logged from, Utterance -1 when it was not.
	Utterance int
	Quote     string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// OfferService keeps the offers log, scoped like ClientService.
type OfferService interface {
	// FindOffers returns a client's offers, newest first.
	FindOffers(ctx context.Context, clientID int64) ([]*Offer, error)
	// FindOfferByID returns ENOTFOUND when there is no such offer.
	FindOfferByID(ctx context.Context, id int64) (*Offer, error)
	// CreateOffer adds an offer; no What, an unknown kind or answer, or a
	// session of another client is EINVALID.
	CreateOffer(ctx context.Context, o *Offer) error
	// UpdateOffer changes an offer: its answer, what followed, whether it
	// was acted on.
	UpdateOffer(ctx context.Context, o *Offer) error
	// DeleteOffer removes an offer.
	DeleteOffer(ctx context.Context, id int64) error
}
