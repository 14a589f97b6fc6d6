package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ally-mi/ally"
)

func TestOfferService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)
	other := MustCreateClient(t, ctx, s, "Kim", nil)
	session := MustCreateSession(t, ctx, s, c.ID, now.AddDate(0, 0, -7))
	later := MustCreateSession(t, ctx, s, c.ID, now)
	othersSession := MustCreateSession(t, ctx, s, other.ID, now)

	walk := &ally.Offer{ClientID: c.ID, SessionID: session.ID, Kind: ally.OfferTask, What: " An evening walk ",
		OfferedAt: now.AddDate(0, 0, -7), Answer: ally.AnswerNotYet}
	wantCode(t, s.Offers.CreateOffer(ctx, walk), "")
	if walk.ID == 0 || walk.What != "An evening walk" || !walk.CreatedAt.Equal(now) || !walk.Open() {
		t.Errorf("created: got %+v", walk)
	}
	yes := true
	referral := &ally.Offer{ClientID: c.ID, Kind: ally.OfferReferral, What: "Sleep clinic", OfferedAt: now,
		Answer: ally.AnswerYes, ActedOn: &yes}
	wantCode(t, s.Offers.CreateOffer(ctx, referral), "")

	tests := []struct {
		name string
		edit func(o *ally.Offer)
		code string
	}{
		{"no what", func(o *ally.Offer) { o.What = "  " }, ally.EINVALID},
		{"unknown kind", func(o *ally.Offer) { o.Kind = "homework" }, ally.EINVALID},
		{"unknown answer", func(o *ally.Offer) { o.Answer = "maybe" }, ally.EINVALID},
		{"no date", func(o *ally.Offer) { o.OfferedAt = time.Time{} }, ally.EINVALID},
		{"a practice", func(o *ally.Offer) {}, ""},
		{"another client's session", func(o *ally.Offer) { o.SessionID = othersSession.ID }, ally.EINVALID},
		{"no such session", func(o *ally.Offer) { o.SessionID = othersSession.ID + 100 }, ally.EINVALID},
		{"heard in another client's session", func(o *ally.Offer) {
			o.HeardIn = &ally.UtteranceRef{SessionID: othersSession.ID, Index: 1}
		}, ally.EINVALID},
		{"heard nowhere", func(o *ally.Offer) { o.HeardIn = &ally.UtteranceRef{Index: 1} }, ally.EINVALID},
		{"no client", func(o *ally.Offer) { o.ClientID = other.ID + 100 }, ally.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := &ally.Offer{ClientID: c.ID, Kind: ally.OfferPractice, What: "Breathing", OfferedAt: now}
			tt.edit(o)
			wantCode(t, s.Offers.CreateOffer(ctx, o), tt.code)
			if tt.code == "" {
				wantCode(t, s.Offers.DeleteOffer(ctx, o.ID), "")
			}
		})
	}
	// The "no" heard a session later, logged from the report's moment.
	walk.Answer, walk.Quote, walk.Followed = ally.AnswerNo, "Not every day, no.", "We looked for what the evenings give her."
	walk.HeardIn = &ally.UtteranceRef{SessionID: later.ID, Index: 3}
	walk.ActedOn = &yes // dropped: only a yes is acted on
	walk.ClientID = other.ID
	wantCode(t, s.Offers.UpdateOffer(ctx, walk), "")
	if walk.ClientID != c.ID || walk.ActedOn != nil {
		t.Errorf("updated: got client %d, acted on %v", walk.ClientID, walk.ActedOn)
	}
	got, err := s.Offers.FindOfferByID(ctx, walk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Answer != ally.AnswerNo || got.Quote != "Not every day, no." || got.SessionID != session.ID ||
		got.HeardIn == nil || *got.HeardIn != (ally.UtteranceRef{SessionID: later.ID, Index: 3}) ||
		got.Followed != walk.Followed || got.ActedOn != nil || got.Open() {
		t.Errorf("found: got %+v", got)
	}
	wantCode(t, s.Offers.UpdateOffer(ctx, &ally.Offer{ID: walk.ID + 100, Kind: ally.OfferTask, What: "x", OfferedAt: now}), ally.ENOTFOUND)

	offers, err := s.Offers.FindOffers(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(offers) != 2 || offers[0].ID != referral.ID || offers[1].ID != walk.ID ||
		offers[0].ActedOn == nil || !*offers[0].ActedOn || offers[0].SessionID != 0 {
		t.Fatalf("newest first: got %+v", offers)
	}

	// Deleting the session the "no" was heard in keeps the offer and its
	// quote, without the moment.
	wantCode(t, s.Sessions.DeleteSession(ctx, later.ID), "")
	if got, _ := s.Offers.FindOfferByID(ctx, walk.ID); got.HeardIn != nil || got.Quote == "" {
		t.Errorf("after the session was deleted: got %+v", got)
	}

	wantCode(t, s.Offers.DeleteOffer(ctx, walk.ID), "")
	wantCode(t, s.Offers.DeleteOffer(ctx, walk.ID), ally.ENOTFOUND)
	_, err = s.Offers.FindOffers(ctx, other.ID+100)
	wantCode(t, err, ally.ENOTFOUND)
}

// TestOfferScope checks that another professional finds none of the offers
// log and changes nothing in it, and that nobody signed in gets nothing.
func TestOfferScope(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctxA, _ := MustSignIn(t, s, "a@example.org")
	ctxB, _ := MustSignIn(t, s, "b@example.org")
	bea := MustCreateClient(t, ctxB, s, "Bea", nil)
	beasSession := MustCreateSession(t, ctxB, s, bea.ID, now)
	client := MustCreateClient(t, ctxA, s, "Sam", nil)
	offer := &ally.Offer{ClientID: client.ID, Kind: ally.OfferPractice, What: "A breathing practice", OfferedAt: now}
	wantCode(t, s.Offers.CreateOffer(ctxA, offer), "")

	calls := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"FindOffers", func(ctx context.Context) error { _, err := s.Offers.FindOffers(ctx, client.ID); return err }},
		{"FindOfferByID", func(ctx context.Context) error { _, err := s.Offers.FindOfferByID(ctx, offer.ID); return err }},
		{"CreateOffer", func(ctx context.Context) error {
			return s.Offers.CreateOffer(ctx, &ally.Offer{ClientID: client.ID, Kind: ally.OfferTask, What: "x", OfferedAt: now})
		}},
		{"UpdateOffer", func(ctx context.Context) error {
			return s.Offers.UpdateOffer(ctx, &ally.Offer{ID: offer.ID, Kind: ally.OfferTask, What: "x", OfferedAt: now, Answer: ally.AnswerNo})
		}},
		{"DeleteOffer", func(ctx context.Context) error { return s.Offers.DeleteOffer(ctx, offer.ID) }},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, tt.call(ctxB), ally.ENOTFOUND)
			wantCode(t, tt.call(context.Background()), ally.EUNAUTHORIZED)
		})
	}
	// A's offer cannot point at B's session.
	offer.SessionID = beasSession.ID
	wantCode(t, s.Offers.UpdateOffer(ctxA, offer), ally.EINVALID)

	got, err := s.Offers.FindOfferByID(ctxA, offer.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.What != "A breathing practice" || got.Answer != ally.AnswerNone || got.SessionID != 0 {
		t.Errorf("A's offer changed: %+v", got)
	}
}

// TestOfferForgetsTranscriptWords checks that deleting a client's
// transcripts when consent is withdrawn takes the words offers quoted from
// them, and leaves what the professional typed.
func TestOfferForgetsTranscriptWords(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", &ally.Consent{})
	session := MustCreateSession(t, ctx, s, c.ID, now)
	heard := &ally.Offer{ClientID: c.ID, Kind: ally.OfferTask, What: "A walk", OfferedAt: now, Answer: ally.AnswerNo,
		Quote: "Not every day.", HeardIn: &ally.UtteranceRef{SessionID: session.ID, Index: 3}, Followed: "We talked."}
	typed := &ally.Offer{ClientID: c.ID, Kind: ally.OfferTask, What: "A bath", OfferedAt: now, Answer: ally.AnswerNo,
		Quote: "She said she'd rather not."}
	wantCode(t, s.Offers.CreateOffer(ctx, heard), "")
	wantCode(t, s.Offers.CreateOffer(ctx, typed), "")

	wantCode(t, s.Clients.RevokeConsent(ctx, c.ID, true), "")
	if got, _ := s.Offers.FindOfferByID(ctx, heard.ID); got.Quote != "" || got.HeardIn != nil ||
		got.What != "A walk" || got.Followed != "We talked." || got.Answer != ally.AnswerNo {
		t.Errorf("the offer heard in a session: got %+v", got)
	}
	if got, _ := s.Offers.FindOfferByID(ctx, typed.ID); got.Quote != "She said she'd rather not." {
		t.Errorf("the typed quote: got %q", got.Quote)
	}
}

// TestOfferAtRest checks that what was offered, what followed and the
// client's words never reach the file in clear.
func TestOfferAtRest(t *testing.T) {
	const phrase = "Zebra Marmalade Quixotic"
	dir := t.TempDir()
	db := MustOpenDBAt(t, filepath.Join(dir, "ally.db"), testKey)
	s := NewStores(db)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	c := MustCreateClient(t, ctx, s, "Sam", nil)
	o := &ally.Offer{ClientID: c.ID, Kind: ally.OfferTask, What: "what " + phrase, OfferedAt: now,
		Answer: ally.AnswerNo, Followed: "followed " + phrase, Quote: "quote " + phrase}
	wantCode(t, s.Offers.CreateOffer(ctx, o), "")
	if got, err := s.Offers.FindOfferByID(ctx, o.ID); err != nil || got.Quote != o.Quote || got.What != o.What || got.Followed != o.Followed {
		t.Fatalf("got %+v, %v", got, err)
	}
	assertAbsent(t, dir, phrase)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	assertAbsent(t, dir, phrase)
}
