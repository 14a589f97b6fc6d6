package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// apiOffer is an offer as the API shows it.
type apiOffer struct {
	ID       int64 `json:"id"`
	ClientID int64 `json:"client_id"`
	// SessionID is the session it was offered in, null outside one.
	SessionID *int64         `json:"session_id"`
	Kind      ally.OfferKind `json:"kind"`
	What      string         `json:"what"`
	OfferedAt string         `json:"offered_at"`
	// Answer is "yes", "no", "not_yet", or "" while unanswered.
	Answer   ally.OfferAnswer `json:"answer"`
	Followed string           `json:"followed"`
	// ActedOn is, for a yes, whether it was acted on; null while unknown.
	ActedOn *bool       `json:"acted_on"`
	HeardIn *apiHeardIn `json:"heard_in"`
	Quote   string      `json:"quote"`
	Created time.Time   `json:"created_at"`
	Updated time.Time   `json:"updated_at"`
}

// apiHeardIn is the utterance of a session report an answer was logged from.
type apiHeardIn struct {
	SessionID int64 `json:"session_id"`
	Utterance int   `json:"utterance"`
}

func newAPIOffer(o *ally.Offer) apiOffer {
	out := apiOffer{ID: o.ID, ClientID: o.ClientID, Kind: o.Kind, What: o.What, OfferedAt: o.OfferedAt.Format(dateFormat),
		Answer: o.Answer, Followed: o.Followed, ActedOn: o.ActedOn, Quote: o.Quote, Created: o.CreatedAt, Updated: o.UpdatedAt}
	if o.SessionID != 0 {
		out.SessionID = &o.SessionID
	}
	if o.HeardIn != nil {
		out.HeardIn = &apiHeardIn{SessionID: o.HeardIn.SessionID, Utterance: o.HeardIn.Index}
	}
	return out
}

// apiOfferInput is the body that logs or changes an offer; a field left
// out of a change keeps its value.
type apiOfferInput struct {
	Kind      *ally.OfferKind   `json:"kind"`
	What      *string           `json:"what"`
	OfferedAt *string           `json:"offered_at"`
	SessionID nullable[int64]   `json:"session_id"`
	Answer    *ally.OfferAnswer `json:"answer"`
	Followed  *string           `json:"followed"`
	ActedOn   nullable[bool]    `json:"acted_on"`
	HeardIn   *apiHeardIn       `json:"heard_in"`
	Quote     *string           `json:"quote"`
}

// nullable is a field that can be left out (keep), null (clear) or a value.
type nullable[T any] struct {
	Set   bool
	Value *T
}

// UnmarshalJSON records that the field was given, null included.
func (n *nullable[T]) UnmarshalJSON(b []byte) error {
	n.Set, n.Value = true, nil
	if string(b) == "null" {
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	n.Value = &v
	return nil
}

// apply sets the fields the input gives; the store checks the result.
func (in apiOfferInput) apply(o *ally.Offer, now time.Time) error {
	if in.Kind != nil {
		o.Kind = *in.Kind
	}
	if in.What != nil {
		o.What = strings.TrimSpace(*in.What)
	}
	if in.OfferedAt != nil {
		t, err := parseDate(*in.OfferedAt, now)
		if err != nil {
			return err
		}
		o.OfferedAt = t
	}
	if in.SessionID.Set {
		o.SessionID = 0
		if in.SessionID.Value != nil {
			o.SessionID = *in.SessionID.Value
		}
	}
	if in.Answer != nil {
		o.Answer = *in.Answer
	}
	if in.Followed != nil {
		o.Followed = *in.Followed
	}
	if in.ActedOn.Set {
		o.ActedOn = in.ActedOn.Value
	}
	if in.HeardIn != nil {
		o.HeardIn = &ally.UtteranceRef{SessionID: in.HeardIn.SessionID, Index: in.HeardIn.Utterance}
	}
	if in.Quote != nil {
		o.Quote = *in.Quote
	}
	if o.What == "" {
		return ally.Errorf(ally.EINVALID, "An offer needs \"what\": what was offered, in a few words.")
	}
	return nil
}

func (s *Server) handleAPIOffers(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	offers, err := s.svc.Offers.FindOffers(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(offers, newAPIOffer))
}

func (s *Server) handleAPIOfferCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiOfferInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	o := &ally.Offer{ClientID: clientID, OfferedAt: s.cfg.Now()}
	if err := in.apply(o, s.cfg.Now()); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Offers.CreateOffer(r.Context(), o); err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api"+clientURL(clientID)+"/offers/"+strconv.FormatInt(o.ID, 10), newAPIOffer(o))
}

func (s *Server) handleAPIOffer(w http.ResponseWriter, r *http.Request) {
	o, err := s.apiFindOffer(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIOffer(o))
}

func (s *Server) handleAPIOfferUpdate(w http.ResponseWriter, r *http.Request) {
	o, err := s.apiFindOffer(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiOfferInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := in.apply(o, s.cfg.Now()); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Offers.UpdateOffer(r.Context(), o); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPIOffer(o))
}

func (s *Server) handleAPIOfferDelete(w http.ResponseWriter, r *http.Request) {
	o, err := s.apiFindOffer(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Offers.DeleteOffer(r.Context(), o.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// apiFindOffer returns the offer of the path, as offerOfPath.
func (s *Server) apiFindOffer(r *http.Request) (*ally.Offer, error) { return s.offerOfPath(r) }
