package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// setupPage creates the owner's account on first run.
type setupPage struct {
	layout
	Name, Email string
	Errors      fieldErrors
}

// signInPage asks for an e-mail and password.
type signInPage struct {
	layout
	Email string
	Error string
	// Expired says the visitor was signed out for being away.
	Expired bool
}

// firstRun reports whether no account exists yet.
func (s *Server) firstRun(r *http.Request) (bool, error) {
	n, err := s.svc.Professionals.CountProfessionals(r.Context())
	return n == 0, err
}

func (s *Server) handleSetup(w http.ResponseWriter, r *http.Request) {
	if first, err := s.firstRun(r); err != nil {
		s.Error(w, r, err)
		return
	} else if !first {
		redirect(w, r, "/signin")
		return
	}
	s.render(w, r, http.StatusOK, "setup", &setupPage{layout: layout{Title: "Welcome"}})
}

func (s *Server) handleSetupCreate(w http.ResponseWriter, r *http.Request) {
	if first, err := s.firstRun(r); err != nil {
		s.Error(w, r, err)
		return
	} else if !first {
		// The owner exists: this page never creates another account.
		redirect(w, r, "/signin")
		return
	}
	p := &ally.Professional{Name: strings.TrimSpace(r.PostFormValue("name")), Email: strings.TrimSpace(r.PostFormValue("email"))}
	password := r.PostFormValue("password")
	page := &setupPage{layout: layout{Title: "Welcome"}, Name: p.Name, Email: p.Email, Errors: fieldErrors{}}
	if p.Name == "" {
		page.Errors["name"] = "Enter your name."
	}
	if !strings.Contains(p.Email, "@") {
		page.Errors["email"] = "Enter the e-mail address you will sign in with."
	}
	if password != r.PostFormValue("password2") {
		page.Errors["password2"] = "The two passwords differ."
	}
	if len(page.Errors) == 0 {
		err := s.svc.Professionals.CreateProfessional(r.Context(), p, password)
		switch ally.ErrorCode(err) {
		case "":
			if err := s.startSignIn(w, r, p); err != nil {
				s.Error(w, r, err)
				return
			}
			redirect(w, r, "/")
			return
		case ally.EINVALID:
			page.Errors["password"] = ally.ErrorMessage(err)
		case ally.ECONFLICT:
			page.Errors["email"] = ally.ErrorMessage(err)
		default:
			s.Error(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusBadRequest, "setup", page)
}

func (s *Server) handleSignIn(w http.ResponseWriter, r *http.Request) {
	if ally.ProfessionalFromContext(r.Context()) != nil {
		redirect(w, r, "/")
		return
	}
	if first, err := s.firstRun(r); err != nil {
		s.Error(w, r, err)
		return
	} else if first {
		redirect(w, r, "/setup")
		return
	}
	s.render(w, r, http.StatusOK, "signin", &signInPage{layout: layout{Title: "Sign in"}, Expired: r.URL.Query().Has("expired")})
}

func (s *Server) handleSignInSubmit(w http.ResponseWriter, r *http.Request) {
	email, password := strings.TrimSpace(r.PostFormValue("email")), r.PostFormValue("password")
	keys := backoffKeys(email, s.clientAddr(r))
	if at := s.backoff.retryAt(keys...); !at.IsZero() {
		wait := at.Sub(s.cfg.Now()).Round(time.Second)
		w.Header().Set("Retry-After", strconv.Itoa(int(wait/time.Second)))
		s.render(w, r, http.StatusTooManyRequests, "error", &errorPage{
			layout: layout{Title: "Please wait"}, Status: http.StatusTooManyRequests, RetryAt: at,
			Message: "There were several wrong passwords in a row, so ally is waiting before it tries again. Try again in " + wait.String() + ".",
		})
		return
	}
	p, err := s.svc.Professionals.Authenticate(r.Context(), email, password)
	switch ally.ErrorCode(err) {
	case "":
		s.backoff.succeed(keys...)
		if err := s.startSignIn(w, r, p); err != nil {
			s.Error(w, r, err)
			return
		}
		redirect(w, r, "/")
	case ally.EUNAUTHORIZED:
		s.backoff.fail(keys...)
		s.render(w, r, http.StatusUnauthorized, "signin", &signInPage{
			layout: layout{Title: "Sign in"}, Email: email, Error: "That e-mail and password do not match an account.",
		})
	default:
		s.Error(w, r, err)
	}
}

func (s *Server) handleSignOut(w http.ResponseWriter, r *http.Request) {
	s.endSignIn(w, r)
	redirect(w, r, "/signin")
}
