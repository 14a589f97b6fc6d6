package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/sqlite"
	"github.com/ally-mi/ally/web"
)

// readTimeout bounds the time to read one request, body included: ten
// minutes carries a 20 MB upload at 35 KB/s, slower than any line a
// practice works over.
const readTimeout = 10 * time.Minute

// runServe implements `ally serve`: the practice app on the embedded
// database, until ctx is cancelled.
func (m *Main) runServe(ctx context.Context, args []string) error {
	cfg, err := m.config()
	if err != nil {
		return err
	}
	fs := m.newFlagSet("serve", "ally serve [flags]",
		"Serve the practice app: clients, consent, sessions, notes and analyses, on an\n"+
			"encrypted database in the data directory. With no account yet, the first page\n"+
			"creates the owner's.")
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "`address` to listen on; port 0 picks a free one (also "+envAddr+")")
	cfg.dataFlag(fs)
	fs.IntVar(&cfg.MaxUploadMB, "max-upload", cfg.MaxUploadMB, "largest upload, in `MB` (also "+envMaxUpload+")")
	cfg.modelFlag(fs, "code with the model in `FILE` written by ally train")
	cfg.baseURLFlag(fs)
	cfg.trustedProxyFlag(fs)
	demo := fs.Bool("demo", false, "add a demo professional and three fictional clients, and print how to sign in")
	certFile := fs.String("tls-cert", "", "serve HTTPS with the certificate in `FILE` (with --tls-key)")
	keyFile := fs.String("tls-key", "", "the certificate's private key `FILE`")
	rest, err := m.parseArgs(fs, args)
	if err != nil {
		return err
	} else if len(rest) > 0 {
		return usageErrorf("unexpected argument %q", rest[0])
	} else if (*certFile == "") != (*keyFile == "") {
		return usageErrorf("--tls-cert and --tls-key go together")
	} else if cfg.MaxUploadMB < 1 {
		return usageErrorf("--max-upload must be at least 1")
	}
	proxies, err := cfg.trustedProxies()
	if err != nil {
		return err
	}
	// Unset, links take the address each request came to.
	baseURL := ""
	if cfg.BaseURL != "" {
		if baseURL, err = cfg.baseURL(); err != nil {
			return err
		}
	}

	// The demo's clock lets it date earlier check-ins in the past; it is
	// the wall clock once the demo is seeded.
	var clock demoClock
	p, err := openPractice(ctx, cfg, sqlite.WithClock(clock.Now))
	if err != nil {
		return err
	}
	defer p.Close()
	coder, err := m.coder(cfg.Model)
	if err != nil {
		return err
	}
	eng := engine.New(coder)
	p.svc.Analyzer = eng
	model := eng.ModelVersion()
	if *demo {
		if err := seedDemo(ctx, m.Stdout, p.svc, model, &clock); err != nil {
			return err
		}
	}

	useTLS := *certFile != ""
	logger := slog.New(slog.NewTextHandler(m.Stderr, nil))
	app := web.NewServer(web.Config{MaxUploadBytes: cfg.maxUpload(), TLS: useTLS, Model: model, Logger: logger,
		BaseURL: baseURL, TrustedProxies: proxies}, p.svc)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return ally.WrapError(ally.EINVALID, err, "cannot listen on %s: %v", cfg.Addr, err)
	}
	scheme := "http"
	if useTLS {
		scheme = "https"
	}
	fmt.Fprintf(m.Stdout, "ally is serving on %s://%s\n", scheme, ln.Addr())

	srv := &http.Server{
		Handler:           app,
		ReadHeaderTimeout: 10 * time.Second,
		// A whole request, the largest upload included, must arrive within
		// readTimeout: one trickled in more slowly would hold a connection
		// and its buffer for as long as the sender liked.
		ReadTimeout: readTimeout,
		IdleTimeout: 2 * time.Minute,
		ErrorLog:    slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() {
		if useTLS {
			done <- srv.ServeTLS(ln, *certFile, *keyFile)
		} else {
			done <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-done:
		return ally.WrapError(ally.EINTERNAL, err, "serve")
	case <-ctx.Done():
	}
	// Let requests in flight finish, then close the database after them.
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "stop serving")
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return ally.WrapError(ally.EINTERNAL, err, "serve")
	}
	fmt.Fprintln(m.Stdout, "ally stopped serving")
	return nil
}
