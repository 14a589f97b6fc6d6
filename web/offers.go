package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// offersSection is the client page's offers log and its "things to be
// curious about" (guideline 5).
type offersSection struct {
	ClientID int64
	Offers   []offerView
	Sessions []*ally.Session
	Kinds    []menuChoice
	Answers  []menuChoice
	Today    string
	// Form is the new-offer form's refused input, Errors its errors.
	Form    offerForm
	Errors  fieldErrors
	Curious curious
}

// curious are the signs of a "no" worth being curious about, never
// counted against the client.
type curious struct {
	NotYet     []offerView
	Noes       []offerView
	NotActedOn []offerView
	// Quiet are the cancelled and missed sessions.
	Quiet []*ally.Session
	// Heard are the "no"s the analysis found in transcripts: every covert
	// one, and the overt ones not yet logged as an offer's answer.
	Heard []heardNo
}

// Empty reports whether there is nothing to be curious about.
func (c curious) Empty() bool {
	return len(c.NotYet)+len(c.Noes)+len(c.NotActedOn)+len(c.Quiet)+len(c.Heard) == 0
}

// heardNo is a client "no" the analysis found in a session.
type heardNo struct {
	Session *ally.Session
	ally.No
}

// Covert reports whether the no was said quietly: a "yes, but", a maybe.
func (h heardNo) Covert() bool { return h.Kind == "covert" }

// Words are the cue of the no as a sentence: the analysis keeps it in
// lower case, and the client page does not open the transcript to find
// how it was written.
func (h heardNo) Words() string {
	ws := strings.Fields(h.Cue)
	for i, w := range ws {
		if w == "i" || strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "i’") {
			ws[i] = "I" + w[1:]
		}
	}
	s := strings.Join(ws, " ")
	if r, n := utf8.DecodeRuneInString(s); n > 0 {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// menuChoice is one option of a menu.
type menuChoice struct{ Value, Label string }

// offerForm is the new-offer form's input.
type offerForm struct {
	Kind, What, Date, Session, Answer string
}

// offerView is an offer with its words for the page.
type offerView struct{ *ally.Offer }

// KindLabel is the offer's kind in words.
func (o offerView) KindLabel() string { return kindLabel(o.Kind) }

// AnswerLabel is the client's answer in words: a no is welcome, not a
// failure.
func (o offerView) AnswerLabel() string { return answerLabel(o.Answer) }

// AnswerClass is the CSS class of the answer's badge.
func (o offerView) AnswerClass() string {
	if o.Answer == ally.AnswerNone {
		return "none"
	}
	return string(o.Answer)
}

// ActedOnValue is the acted-on menu's value: "", "yes" or "no".
func (o offerView) ActedOnValue() string {
	switch {
	case o.ActedOn == nil:
		return ""
	case *o.ActedOn:
		return "yes"
	}
	return "no"
}

func kindLabel(k ally.OfferKind) string {
	switch k {
	case ally.OfferTask:
		return "between-session task"
	}
	return string(k)
}

func answerLabel(a ally.OfferAnswer) string {
	switch a {
	case ally.AnswerYes:
		return "Said yes"
	case ally.AnswerNo:
		return "Said no — respected"
	case ally.AnswerNotYet:
		return "Not yet — the door stays open"
	}
	return "Not answered yet"
}

func kindChoices() []menuChoice {
	var out []menuChoice
	for _, k := range ally.OfferKinds {
		out = append(out, menuChoice{string(k), kindLabel(k)})
	}
	return out
}

func answerChoices() []menuChoice {
	return []menuChoice{{"", "not answered yet"}, {string(ally.AnswerYes), "yes"},
		{string(ally.AnswerNo), "no"}, {string(ally.AnswerNotYet), "not yet"}}
}

// offersOf builds the client page's offers section from the client's
// offers, sessions and analyses.
func (s *Server) offersOf(ctx context.Context, clientID int64, sessions []*ally.Session) (offersSection, error) {
	offers, err := s.svc.Offers.FindOffers(ctx, clientID)
	if err != nil {
		return offersSection{}, err
	}
	analysed, err := s.svc.Sessions.FindAnalyses(ctx, clientID)
	if err != nil {
		return offersSection{}, err
	}
	sec := offersSection{ClientID: clientID, Sessions: sessions, Kinds: kindChoices(), Answers: answerChoices(),
		Today: s.cfg.Now().Format("2006-01-02")}
	logged := map[ally.UtteranceRef]bool{}
	for _, o := range offers {
		v := offerView{o}
		sec.Offers = append(sec.Offers, v)
		switch {
		case o.Answer == ally.AnswerNotYet:
			sec.Curious.NotYet = append(sec.Curious.NotYet, v)
		case o.Answer == ally.AnswerNo:
			sec.Curious.Noes = append(sec.Curious.Noes, v)
		case o.Answer == ally.AnswerYes && o.ActedOn != nil && !*o.ActedOn:
			sec.Curious.NotActedOn = append(sec.Curious.NotActedOn, v)
		}
		if o.HeardIn != nil {
			logged[*o.HeardIn] = true
		}
	}
	for _, ss := range sessions {
		if ss.Status == ally.SessionCancelled || ss.Status == ally.SessionNoShow {
			sec.Curious.Quiet = append(sec.Curious.Quiet, ss)
		}
	}
	// Newest session first, as the rest of the page.
	for i := len(analysed) - 1; i >= 0; i-- {
		ss := analysed[i]
		if ss.Analysis == nil {
			continue
		}
		for _, n := range ss.Analysis.Noes {
			if n.Kind == "covert" || !logged[ally.UtteranceRef{SessionID: ss.ID, Index: n.Index}] {
				sec.Curious.Heard = append(sec.Curious.Heard, heardNo{Session: ss, No: n})
			}
		}
	}
	return sec, nil
}

func (s *Server) handleOfferCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	in := offerForm{Kind: r.PostFormValue("kind"), What: strings.TrimSpace(r.PostFormValue("what")),
		Date: r.PostFormValue("date"), Session: r.PostFormValue("session"), Answer: r.PostFormValue("answer")}
	if in.What == "" {
		s.showClient(w, r, http.StatusBadRequest, func(p *clientPage) {
			p.Offers.Form, p.Offers.Errors = in, fieldErrors{"what": "Say what was offered, in a few words."}
		})
		return
	}
	o := &ally.Offer{ClientID: clientID, Kind: ally.OfferKind(in.Kind), What: in.What, Answer: ally.OfferAnswer(in.Answer)}
	if o.OfferedAt, err = parseDate(in.Date, s.cfg.Now()); err != nil {
		s.Error(w, r, err)
		return
	}
	if o.SessionID, err = optionalID(in.Session); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Offers.CreateOffer(r.Context(), o); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(clientID)+"#offers")
}

func (s *Server) handleOfferUpdate(w http.ResponseWriter, r *http.Request) {
	o, err := s.offerOfPath(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if v := strings.TrimSpace(r.PostFormValue("what")); v != "" {
		o.What = v
	}
	if v := r.PostFormValue("kind"); v != "" {
		o.Kind = ally.OfferKind(v)
	}
	o.Answer = ally.OfferAnswer(r.PostFormValue("answer"))
	o.Followed = r.PostFormValue("followed")
	switch r.PostFormValue("acted_on") {
	case "yes":
		yes := true
		o.ActedOn = &yes
	case "no":
		no := false
		o.ActedOn = &no
	default:
		o.ActedOn = nil
	}
	if err := s.svc.Offers.UpdateOffer(r.Context(), o); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(o.ClientID)+"#offer-"+strconv.FormatInt(o.ID, 10))
}

func (s *Server) handleOfferDelete(w http.ResponseWriter, r *http.Request) {
	o, err := s.offerOfPath(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Offers.DeleteOffer(r.Context(), o.ID); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, clientURL(o.ClientID)+"#offers")
}

// offerOfPath returns the offer of the path, which must be the path's
// client's: an offer id under another client is not found.
func (s *Server) offerOfPath(r *http.Request) (*ally.Offer, error) {
	return clientRecord(r, "offer", s.svc.Offers.FindOfferByID, func(o *ally.Offer) int64 { return o.ClientID }, "offer")
}

// optionalID reads a menu's record id, "" for none.
func optionalID(v string) (int64, error) {
	if v == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, ally.Errorf(ally.EINVALID, "Choose one of the sessions offered, or none.")
	}
	return id, nil
}
