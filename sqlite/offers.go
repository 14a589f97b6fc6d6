package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/ally-mi/ally"
)

// OfferService implements ally.OfferService.
type OfferService struct {
	db *DB
}

var _ ally.OfferService = (*OfferService)(nil)

// NewOfferService returns the offers log of db.
func NewOfferService(db *DB) *OfferService {
	return &OfferService{db: db}
}

// FindOffers returns a client's offers, newest first.
func (s *OfferService) FindOffers(ctx context.Context, clientID int64) ([]*ally.Offer, error) {
	return findOfClient(ctx, s.db, clientID, "find offers", scanOffer, `SELECT `+offerColumns+`
		FROM offers WHERE client_id = ? ORDER BY offered_at DESC, id DESC`)
}

// FindOfferByID returns an offer to a client of the professional signed in.
func (s *OfferService) FindOfferByID(ctx context.Context, id int64) (*ally.Offer, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	return findOfferByID(ctx, tx, me, id)
}

// CreateOffer adds an offer to o.ClientID and sets its ID and times.
func (s *OfferService) CreateOffer(ctx context.Context, o *ally.Offer) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, o.ClientID); err != nil {
		return err
	}
	if err := checkOffer(ctx, tx, o); err != nil {
		return err
	}
	now := formatTime(tx.now)
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO offers (client_id, kind, what, offered_at, answer, followed, quote, created_at, updated_at)
		VALUES (?, ?, x'', ?, '', x'', x'', ?, ?)
		RETURNING id`, o.ClientID, o.Kind, formatTime(o.OfferedAt), now, now).Scan(&o.ID); err != nil {
		return mapError(err, "insert offer")
	}
	o.CreatedAt = tx.now
	if err := updateOffer(ctx, tx, o); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// UpdateOffer changes an offer; o.ClientID and o.CreatedAt are filled from
// what is stored.
func (s *OfferService) UpdateOffer(ctx context.Context, o *ally.Offer) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	stored, err := findOfferByID(ctx, tx, me, o.ID)
	if err != nil {
		return err
	}
	o.ClientID, o.CreatedAt = stored.ClientID, stored.CreatedAt
	if err := checkOffer(ctx, tx, o); err != nil {
		return err
	}
	if err := updateOffer(ctx, tx, o); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// DeleteOffer removes an offer.
func (s *OfferService) DeleteOffer(ctx context.Context, id int64) error {
	tx, me, err := s.db.beginScoped(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findOfferByID(ctx, tx, me, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM offers WHERE id = ?`, id); err != nil {
		return mapError(err, "delete offer")
	}
	return mapError(tx.Commit(), "commit")
}

// checkOffer tidies o and refuses what the log cannot hold: no What, an
// unknown kind or answer, no date, or a session of another client.
func checkOffer(ctx context.Context, tx *Tx, o *ally.Offer) error {
	o.What, o.Followed, o.Quote = strings.TrimSpace(o.What), strings.TrimSpace(o.Followed), strings.TrimSpace(o.Quote)
	if o.What == "" {
		return ally.Errorf(ally.EINVALID, "an offer needs to say what was offered")
	}
	if !validKind(o.Kind) {
		return ally.Errorf(ally.EINVALID, "unknown kind of offer %q", o.Kind)
	}
	switch o.Answer {
	case ally.AnswerNone, ally.AnswerYes, ally.AnswerNo, ally.AnswerNotYet:
	default:
		return ally.Errorf(ally.EINVALID, "unknown answer %q", o.Answer)
	}
	if o.OfferedAt.IsZero() {
		return ally.Errorf(ally.EINVALID, "an offer needs the date it was made")
	}
	if o.Answer != ally.AnswerYes {
		o.ActedOn = nil // only a yes can be acted on or not
	}
	if err := sessionOfClient(ctx, tx, o.ClientID, o.SessionID); err != nil {
		return err
	}
	if o.HeardIn != nil {
		if o.HeardIn.SessionID == 0 || o.HeardIn.Index < 0 {
			return ally.Errorf(ally.EINVALID, "the answer's moment needs a session and an utterance")
		}
		return sessionOfClient(ctx, tx, o.ClientID, o.HeardIn.SessionID)
	}
	return nil
}

func validKind(k ally.OfferKind) bool {
	for _, v := range ally.OfferKinds {
		if k == v {
			return true
		}
	}
	return false
}

// sessionOfClient checks that session id, when not 0, is one of client's.
// Another client's session is EINVALID, not ENOTFOUND: the offer was found,
// what it was given is wrong.
func sessionOfClient(ctx context.Context, tx *Tx, clientID, id int64) error {
	if id == 0 {
		return nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sessions WHERE id = ? AND client_id = ?`,
		id, clientID).Scan(&n); err != nil {
		return mapError(err, "find offer's session")
	}
	if n == 0 {
		return ally.Errorf(ally.EINVALID, "that session is not one of this client's")
	}
	return nil
}

func updateOffer(ctx context.Context, tx *Tx, o *ally.Offer) error {
	var actedOn, heardSession, heardUtterance any
	if o.ActedOn != nil {
		actedOn = *o.ActedOn
	}
	if o.HeardIn != nil {
		heardSession, heardUtterance = o.HeardIn.SessionID, o.HeardIn.Index
	}
	var session any
	if o.SessionID != 0 {
		session = o.SessionID
	}
	db := tx.db
	_, err := tx.ExecContext(ctx, `UPDATE offers SET session_id = ?, kind = ?, what = ?, offered_at = ?,
		answer = ?, followed = ?, acted_on = ?, heard_session_id = ?, heard_utterance = ?, quote = ?, updated_at = ?
		WHERE id = ?`,
		session, o.Kind, db.seal("offers", "what", o.ID, o.What), formatTime(o.OfferedAt),
		o.Answer, db.seal("offers", "followed", o.ID, o.Followed), actedOn, heardSession, heardUtterance,
		db.seal("offers", "quote", o.ID, o.Quote), formatTime(tx.now), o.ID)
	if err != nil {
		return mapError(err, "update offer")
	}
	o.UpdatedAt = tx.now
	return nil
}

// forgetHeardWords removes from a client's offers the words and moments
// logged from session transcripts, when the transcripts go: the client's
// words were copied from them. What the professional typed stays.
func forgetHeardWords(ctx context.Context, tx *Tx, clientID int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM offers WHERE client_id = ? AND heard_session_id IS NOT NULL`, clientID)
	if err != nil {
		return mapError(err, "find offers heard in sessions")
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return mapError(err, "find offers heard in sessions")
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return mapError(err, "find offers heard in sessions")
	}
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `UPDATE offers SET quote = ?, heard_session_id = NULL, heard_utterance = NULL,
			updated_at = ? WHERE id = ?`, tx.db.seal("offers", "quote", id, ""), formatTime(tx.now), id); err != nil {
			return mapError(err, "forget an offer's quote")
		}
	}
	return nil
}

// offerColumns are the columns scanOffer reads, in order.
const offerColumns = `offers.id, offers.client_id, offers.session_id, offers.kind, offers.what,
	offers.offered_at, offers.answer, offers.followed, offers.acted_on, offers.heard_session_id,
	offers.heard_utterance, offers.quote, offers.created_at, offers.updated_at`

// findOfferByID returns offer id to a client of professional me.
func findOfferByID(ctx context.Context, tx *Tx, me, id int64) (*ally.Offer, error) {
	row := tx.QueryRowContext(ctx, `SELECT `+offerColumns+`
		FROM offers JOIN clients ON clients.id = offers.client_id
		WHERE offers.id = ? AND clients.professional_id = ?`, id, me)
	o, err := scanOffer(tx, row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ally.Errorf(ally.ENOTFOUND, "no such offer")
	}
	return o, err
}

func scanOffer(tx *Tx, row scanner) (*ally.Offer, error) {
	var (
		o                                 ally.Offer
		session, heardSession, heardIndex sql.NullInt64
		actedOn                           sql.NullBool
		kind, answer                      string
		what, followed, quote             []byte
		offered, created, updated         string
	)
	if err := row.Scan(&o.ID, &o.ClientID, &session, &kind, &what, &offered, &answer, &followed,
		&actedOn, &heardSession, &heardIndex, &quote, &created, &updated); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		return nil, mapError(err, "scan offer")
	}
	o.SessionID, o.Kind, o.Answer = session.Int64, ally.OfferKind(kind), ally.OfferAnswer(answer)
	if actedOn.Valid {
		o.ActedOn = &actedOn.Bool
	}
	// A deleted session takes the moment with it; the quote stays.
	if heardSession.Valid && heardIndex.Valid {
		o.HeardIn = &ally.UtteranceRef{SessionID: heardSession.Int64, Index: int(heardIndex.Int64)}
	}
	var err error
	if o.What, err = tx.db.unseal("offers", "what", o.ID, what); err != nil {
		return nil, err
	}
	if o.Followed, err = tx.db.unseal("offers", "followed", o.ID, followed); err != nil {
		return nil, err
	}
	if o.Quote, err = tx.db.unseal("offers", "quote", o.ID, quote); err != nil {
		return nil, err
	}
	if o.OfferedAt, err = parseTime(offered); err != nil {
		return nil, err
	}
	if o.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if o.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &o, nil
}
