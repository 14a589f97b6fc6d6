// Package web serves the practice app: server-rendered pages for a
// professional's clients, sessions, notes and analyses, behind a sign-in.
// It holds the HTTP layer only; the services it calls are given to it.
package web

import (
	"crypto/sha256"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/ally-mi/ally"
)

// Config is how the app behaves; cmd/ally fills it from defaults, the
// environment and flags.
type Config struct {
	// MaxUploadBytes is the largest request body, a transcript upload
	// included; 0 is DefaultMaxUpload.
	MaxUploadBytes int64
	// TLS says the app is served over HTTPS: cookies are Secure and
	// responses carry HSTS.
	TLS bool
	// IdleTimeout signs a professional out after this long without a
	// request, counted to a fifteenth of it, at most a minute (see
	// touchEvery); 0 is 15 minutes.
	IdleTimeout time.Duration
	// AbsoluteTimeout signs a professional out this long after signing in,
	// however active; 0 is 12 hours.
	AbsoluteTimeout time.Duration
	// Model is the version of the analyzer's model, recorded with each
	// analysis; a session page analysed by another version is analysed
	// again when it is opened.
	Model string
	// BaseURL is the address clients reach ally by, such as
	// https://ally.example.org, which check-in links start with; "" is the
	// address of the request that creates the link.
	BaseURL string
	// TrustedProxies are the networks of the reverse proxies in front of
	// ally. A request from one of them is counted, where failed attempts
	// are counted by address, under the right-most address of its
	// X-Forwarded-For that is not in them; X-Forwarded-For from any other
	// peer is ignored, as anyone can send it. None trusts no proxy.
	TrustedProxies []netip.Prefix
	// Now is the clock; nil is time.Now.
	Now func() time.Time
	// Logger receives internal errors; nil discards them.
	Logger *slog.Logger
}

// DefaultMaxUpload is the request size limit when Config gives none.
const DefaultMaxUpload = 20 << 20

// withDefaults returns cfg with its zero values filled in.
func (cfg Config) withDefaults() Config {
	if cfg.MaxUploadBytes <= 0 {
		cfg.MaxUploadBytes = DefaultMaxUpload
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = 15 * time.Minute
	}
	if cfg.AbsoluteTimeout <= 0 {
		cfg.AbsoluteTimeout = 12 * time.Hour
	}
	if cfg.Model == "" {
		cfg.Model = ally.UnversionedModel
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

// Services are what the app works on: the practice's stores and the
// analysis engine.
type Services struct {
	Professionals ally.ProfessionalService
	Clients       ally.ClientService
	Goals         ally.GoalService
	Sessions      ally.SessionService
	Notes         ally.NoteService
	Journal       ally.JournalService
	GoalMaps      ally.GoalMapService
	Worksheets    ally.WorksheetService
	Offers        ally.OfferService
	CheckIns      ally.CheckInService
	Analyzer      ally.Analyzer
	SignIns       ally.SignInService
}

// Server is the practice app as an http.Handler.
type Server struct {
	cfg     Config
	svc     Services
	pages   *pages
	backoff *backoff
	// linkGuard slows down guessing check-in links, by address.
	linkGuard *backoff
	// newLinks are check-in links made and not yet shown.
	newLinks *newLinks
	// touches keeps the tender-spot touches found in sessions.
	touches touchCache
	handler http.Handler
}

// NewServer returns the app serving svc as cfg says. It panics if its
// templates do not parse, which is a bug in the build.
func NewServer(cfg Config, svc Services) *Server {
	cfg = cfg.withDefaults()
	s := &Server{
		cfg:       cfg,
		svc:       svc,
		pages:     mustParsePages(),
		backoff:   newBackoff(cfg.Now, freeFailures),
		linkGuard: newBackoff(cfg.Now, freeLinkFailures),
		newLinks:  &newLinks{now: cfg.Now, m: map[[sha256.Size]byte]newLink{}},
	}
	s.handler = s.routes()
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}
