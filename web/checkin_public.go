package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/measure"
)

// The check-in page is public: a client opens it from a link, with no
// account. It shows nothing about them beyond their professional's name,
// and a link that cannot be used says so in one way, whatever the reason.

// checkInPage is the public check-in page in one of its states.
type checkInPage struct {
	layout
	// State is "form", "thanks", "gone" or "wait".
	// Care asks the thanks to say when answers are read and where help is.
	Care             bool
	State            string
	ProfessionalName string
	ExpiresAt        time.Time
	Form             *checkInForm
	// Wait says how long an address that tried too many links waits, in
	// words: the client's clock and time zone may not be the server's.
	Wait string
}

// linkKey is the key under which failed link lookups of r's address count.
func (s *Server) linkKey(r *http.Request) string { return "link-addr:" + addrKey(s.clientAddr(r)) }

// openLink returns the invite of the request's link, or answers the request
// itself and returns nil: a wait page for an address that guessed too many
// links, the same "gone" page for an unknown, used or expired one.
func (s *Server) openLink(w http.ResponseWriter, r *http.Request) *ally.CheckInInvite {
	key := s.linkKey(r)
	if at := s.linkGuard.retryAt(key); !at.IsZero() {
		w.Header().Set("Retry-After", retryAfter(at, s.cfg.Now()))
		s.render(w, r, http.StatusTooManyRequests, "checkin", &checkInPage{layout: layout{Title: "Check-in"}, State: "wait",
			Wait: waitWords(at.Sub(s.cfg.Now()))})
		return nil
	}
	inv, err := s.svc.CheckIns.OpenCheckIn(r.Context(), r.PathValue("token"))
	if ally.ErrorCode(err) == ally.ENOTFOUND {
		s.linkGuard.fail(key)
		s.linkGone(w, r)
		return nil
	} else if err != nil {
		s.Error(w, r, err)
		return nil
	}
	return inv
}

// linkGone answers a link that cannot be used, 404 whatever the reason.
func (s *Server) linkGone(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "checkin", &checkInPage{layout: layout{Title: "Check-in"}, State: "gone"})
}

// retryAfter is the Retry-After header of a wait until at, in seconds.
func retryAfter(at, now time.Time) string {
	return strconv.FormatInt(int64(at.Sub(now)/time.Second)+1, 10)
}

func (s *Server) handleCheckIn(w http.ResponseWriter, r *http.Request) {
	inv := s.openLink(w, r)
	if inv == nil {
		return
	}
	s.render(w, r, http.StatusOK, "checkin", &checkInPage{layout: layout{Title: "Check-in"}, State: "form",
		ProfessionalName: inv.ProfessionalName, ExpiresAt: inv.ExpiresAt, Form: newCheckInForm(inv, nil)})
}

func (s *Server) handleCheckInAnswer(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.Error(w, r, s.formError(err))
		return
	}
	inv := s.openLink(w, r)
	if inv == nil {
		return
	}
	form := newCheckInForm(inv, r.PostForm)
	answers := form.answers(r.PostForm)
	if form.Missing > 0 {
		s.render(w, r, http.StatusBadRequest, "checkin", &checkInPage{layout: layout{Title: "Check-in"}, State: "form",
			ProfessionalName: inv.ProfessionalName, ExpiresAt: inv.ExpiresAt, Form: form})
		return
	}
	err := s.svc.CheckIns.AnswerCheckIn(r.Context(), r.PathValue("token"), answers)
	switch ally.ErrorCode(err) {
	case "":
	case ally.ENOTFOUND:
		// Used up between opening and answering, by another tab.
		s.linkGone(w, r)
		return
	case ally.EINVALID:
		form.Error = ally.ErrorMessage(err)
		s.render(w, r, http.StatusBadRequest, "checkin", &checkInPage{layout: layout{Title: "Check-in"}, State: "form",
			ProfessionalName: inv.ProfessionalName, ExpiresAt: inv.ExpiresAt, Form: form})
		return
	default:
		s.Error(w, r, err)
		return
	}
	// An answer above "not at all" to PHQ-9's ninth item: the thanks say
	// when it will be read and where help is now.
	if len(answers.PHQ9) == len(measure.PHQ9().Items) && answers.PHQ9[measure.Item9] > 0 {
		redirect(w, r, "/checkin/thanks?care=1")
		return
	}
	redirect(w, r, "/checkin/thanks")
}

func (s *Server) handleCheckInThanks(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "checkin", &checkInPage{layout: layout{Title: "Thank you"}, State: "thanks",
		Care: r.URL.Query().Get("care") == "1"})
}

// waitWords says a wait in words: "a minute", "5 minutes".
func waitWords(d time.Duration) string {
	m := int((d + time.Minute - 1) / time.Minute)
	if m <= 1 {
		return "a minute"
	}
	return strconv.Itoa(m) + " minutes"
}
