package web

import (
	"encoding/hex"
	"net/http"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// cookieName names the sign-in cookie. Under TLS it takes the __Host-
// prefix, which browsers accept only from a secure origin, without a
// Domain, for the whole site.
func (s *Server) cookieName() string {
	if s.cfg.TLS {
		return "__Host-ally"
	}
	return "ally"
}

// signedIn returns the professional signed in by r's cookie and marks the
// sign-in as seen. No cookie, an unknown one or an expired one is
// EUNAUTHORIZED; an expired sign-in is removed and its cookie cleared.
func (s *Server) signedIn(w http.ResponseWriter, r *http.Request) (*ally.Professional, error) {
	c, err := r.Cookie(s.cookieName())
	if err != nil || c.Value == "" {
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "not signed in")
	}
	hash := hashSignInID(c.Value)
	si, err := s.svc.SignIns.FindSignIn(r.Context(), hash)
	if ally.ErrorCode(err) == ally.ENOTFOUND {
		s.clearCookie(w)
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "not signed in")
	} else if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	if now.Sub(si.LastSeenAt) > s.cfg.IdleTimeout || now.Sub(si.CreatedAt) > s.cfg.AbsoluteTimeout {
		if err := s.svc.SignIns.DeleteSignIn(r.Context(), hash); err != nil {
			return nil, err
		}
		s.clearCookie(w)
		return nil, errExpired
	}
	p, err := s.svc.Professionals.FindProfessionalByID(r.Context(), si.ProfessionalID)
	if ally.ErrorCode(err) == ally.ENOTFOUND {
		return nil, ally.Errorf(ally.EUNAUTHORIZED, "the account is gone")
	} else if err != nil {
		return nil, err
	}
	if now.Sub(si.LastSeenAt) >= s.touchEvery() {
		if err := s.svc.SignIns.TouchSignIn(r.Context(), hash, now); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// touchEvery is how old a sign-in's last-seen time grows before a request
// writes it again, so that a page view reads the store and seldom writes
// it. The idle timeout counts from the time written: it signs out up to
// touchEvery early (a minute, at the default 15), never late.
func (s *Server) touchEvery() time.Duration { return min(time.Minute, s.cfg.IdleTimeout/15) }

// errExpired is the error of a sign-in past its idle or absolute timeout.
var errExpired = ally.Errorf(ally.EUNAUTHORIZED, "signed out after a while without use")

// startSignIn signs p in with a new sign-in id, ending the one r came
// with, so an id planted before sign-in is worth nothing after it. It
// first removes every expired sign-in: one whose browser never came back
// would otherwise stay in the store for good.
func (s *Server) startSignIn(w http.ResponseWriter, r *http.Request, p *ally.Professional) error {
	s.endSignIn(w, r)
	id, hash := newSignInID()
	now := s.cfg.Now()
	ctx := r.Context()
	if err := s.svc.SignIns.DeleteExpiredSignIns(ctx, now.Add(-s.cfg.IdleTimeout), now.Add(-s.cfg.AbsoluteTimeout)); err != nil {
		return err
	}
	if err := s.svc.SignIns.CreateSignIn(ctx, ally.SignIn{IDHash: hash, ProfessionalID: p.ID, CreatedAt: now, LastSeenAt: now}); err != nil {
		return err
	}
	http.SetCookie(w, s.cookie(id, int(s.cfg.AbsoluteTimeout/time.Second)))
	return nil
}

// endSignIn removes r's sign-in, if any, and clears its cookie.
func (s *Server) endSignIn(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(s.cookieName()); err == nil && c.Value != "" {
		if err := s.svc.SignIns.DeleteSignIn(r.Context(), hashSignInID(c.Value)); err != nil {
			s.cfg.Logger.Error("end sign-in", "err", err)
		}
	}
	s.clearCookie(w)
}

func (s *Server) clearCookie(w http.ResponseWriter) { http.SetCookie(w, s.cookie("", -1)) }

// cookie returns the sign-in cookie: out of reach of scripts, sent on
// top-level navigation from other sites but not on their forms.
func (s *Server) cookie(value string, maxAge int) *http.Cookie {
	return &http.Cookie{
		Name: s.cookieName(), Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.cfg.TLS, SameSite: http.SameSiteLaxMode,
	}
}

// newSignInID returns a random 256-bit sign-in id for the cookie and the
// hash under which it is stored: a copy of the store cannot be replayed as
// a cookie.
func newSignInID() (id, hash string) {
	id, h := vault.NewToken()
	return id, hex.EncodeToString(h)
}

// hashSignInID returns the hash a sign-in id is stored under.
func hashSignInID(id string) string { return hex.EncodeToString(vault.HashToken(id)) }
