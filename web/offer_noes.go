package web

import (
	"bytes"
	"context"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis/quote"
)

// noForm is the form beneath a "no" of the session report that logs it as
// the answer to an offer, or, once logged, the offer it answered.
type noForm struct {
	SessionID int64
	Index     int
	// Logged is the offer the no was logged as the answer to, nil if none.
	Logged *offerView
	// Open are the client's offers still waiting for an answer.
	Open []offerView
	// Suggested is what the professional had just proposed, to start a
	// new offer's "what" with; "" when ally found no proposal.
	Suggested string
	Kinds     []menuChoice
}

// noForms returns the report's NoForm for a session: a form beneath each
// client "no" that logs it in one step.
func (s *Server) noForms(ctx context.Context, sess *ally.Session) (func(ally.No) template.HTML, error) {
	offers, err := s.svc.Offers.FindOffers(ctx, sess.ClientID)
	if err != nil {
		return nil, err
	}
	var open []offerView
	logged := map[int]*offerView{}
	for _, o := range offers {
		if o.Open() {
			open = append(open, offerView{o})
		}
		if o.HeardIn != nil && o.HeardIn.SessionID == sess.ID {
			logged[o.HeardIn.Index] = &offerView{o}
		}
	}
	return func(n ally.No) template.HTML {
		f := noForm{SessionID: sess.ID, Index: n.Index, Logged: logged[n.Index], Open: open,
			Suggested: proposalBefore(sess.Transcript, n.Index), Kinds: kindChoices()}
		var buf bytes.Buffer
		if err := s.pages.byName["offer_no"].ExecuteTemplate(&buf, "offer_no", f); err != nil {
			s.cfg.Logger.Error("render the form of a no", "err", err)
			return ""
		}
		return template.HTML(buf.String()) // rendered by html/template
	}, nil
}

// proposalBefore returns what the professional proposed in the last of
// their utterances before utterance i, "" if nothing.
func proposalBefore(t *ally.Transcript, i int) string {
	if t == nil {
		return ""
	}
	for j := min(i, len(t.Utterances)) - 1; j >= 0; j-- {
		if u := t.Utterances[j]; u.Role == ally.RolePractitioner {
			return quote.Offer(u.Text)
		}
	}
	return ""
}

// handleOfferLogNo logs a "no" the analysis found in the session as the
// answer to an open offer of the client, or to a new one, with the
// client's words, and returns to the report.
func (s *Server) handleOfferLogNo(w http.ResponseWriter, r *http.Request) {
	sess, c, err := s.sessionAndClient(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	index, err := strconv.Atoi(r.PostFormValue("utterance"))
	if err != nil || !heardNoAt(sess, index) {
		s.Error(w, r, ally.Errorf(ally.EINVALID, "That is not a “no” ally heard in this session."))
		return
	}
	heard := &ally.UtteranceRef{SessionID: sess.ID, Index: index}
	words := sess.Transcript.Utterances[index].Text
	var o *ally.Offer
	if v := r.PostFormValue("offer"); v != "new" && v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			s.Error(w, r, ally.Errorf(ally.EINVALID, "Choose one of the offers, or a new one."))
			return
		}
		if o, err = s.svc.Offers.FindOfferByID(r.Context(), id); err != nil {
			s.Error(w, r, err)
			return
		} else if o.ClientID != c.ID {
			s.Error(w, r, ally.Errorf(ally.ENOTFOUND, "%s has no such offer.", c.Name))
			return
		}
		o.Answer, o.HeardIn, o.Quote, o.ActedOn = ally.AnswerNo, heard, words, nil
		err = s.svc.Offers.UpdateOffer(r.Context(), o)
	} else {
		what := strings.TrimSpace(r.PostFormValue("what"))
		if what == "" {
			s.Error(w, r, ally.Errorf(ally.EINVALID, "Say in a few words what was offered, then log the no. Go back and try again."))
			return
		}
		o = &ally.Offer{ClientID: c.ID, SessionID: sess.ID, Kind: ally.OfferKind(r.PostFormValue("kind")), What: what,
			OfferedAt: sess.Date, Answer: ally.AnswerNo, HeardIn: heard, Quote: words}
		err = s.svc.Offers.CreateOffer(r.Context(), o)
	}
	if err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, sessionURL(sess.ID)+"#no-"+strconv.Itoa(index))
}

// heardNoAt reports whether the session's analysis found a client "no" at
// utterance i of its transcript.
func heardNoAt(sess *ally.Session, i int) bool {
	if sess.Analysis == nil || sess.Transcript == nil || i < 0 || i >= len(sess.Transcript.Utterances) {
		return false
	}
	for _, n := range sess.Analysis.Noes {
		if n.Index == i {
			return true
		}
	}
	return false
}
