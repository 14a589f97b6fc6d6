package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"html"
	"io"
	"net/http"
	"strings"

	"github.com/ally-mi/ally"
)

// contentSecurityPolicy allows the app's own style sheets and images and
// nothing else: no script at all, no inline style, no framing.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// styleAttrs returns the values of the style attributes of a rendered
// page, as written (escaped), in order. It scans rather than matching a
// regular expression: a report can run to tens of megabytes.
func styleAttrs(page []byte) [][]byte {
	const open = `style="`
	var out [][]byte
	for {
		i := bytes.Index(page, []byte(open))
		if i < 0 {
			return out
		}
		before := byte(0)
		if i > 0 {
			before = page[i-1]
		}
		page = page[i+len(open):]
		end := bytes.IndexByte(page, '"')
		if end < 0 {
			return out
		}
		if before == ' ' || before == '\t' || before == '\n' || before == '\r' {
			out = append(out, page[:end])
		}
		page = page[end+1:]
	}
}

// allowStyleAttrs widens the page's policy to the exact style attributes
// in page, by hash, and to nothing else: the embedded report draws its
// balance bars with widths in style attributes, which the strict policy
// would blank.
func allowStyleAttrs(w http.ResponseWriter, page []byte) {
	seen := map[string]bool{}
	var hashes []string
	for _, attr := range styleAttrs(page) {
		v := html.UnescapeString(string(attr))
		if seen[v] {
			continue
		}
		seen[v] = true
		sum := sha256.Sum256([]byte(v))
		hashes = append(hashes, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	if len(hashes) == 0 {
		return
	}
	csp := strings.Replace(contentSecurityPolicy, "style-src 'self';",
		"style-src 'self'; style-src-attr 'unsafe-hashes' "+strings.Join(hashes, " ")+";", 1)
	w.Header().Set("Content-Security-Policy", csp)
}

// secureHeaders sets the security headers of every response.
func (s *Server) secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if s.cfg.TLS {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		next.ServeHTTP(w, r)
	})
}

// limitBody caps every request body at the upload limit; a handler that
// reads past it gets an error that Error answers with 413. A body declared
// larger is refused with 413 before any handler runs (see discardRefused).
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.cfg.MaxUploadBytes {
			s.discardRefused(r)
			s.Error(w, r, s.tooLarge(nil))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUploadBytes)
		next.ServeHTTP(w, r)
	})
}

// discardUpTo is how many times the upload limit a refused body may be and
// still be read through: enough for a recording picked instead of its
// transcript, a bound on what anyone can make the server read.
const discardUpTo = 4

// discardRefused reads and throws away the body of r, refused for its
// size, before the refusal is sent. Browsers read no answer before they
// have sent the whole body; a server that answers and closes mid-body
// resets the connection under them, and depending on the browser and the
// system the visitor sees "connection reset" instead of the page. Left
// unread are a body over discardUpTo times the limit (its connection is
// closed after the answer), one whose client waits for 100 Continue and so
// sends nothing once refused, and one over HTTP/2, where refusing a stream
// closes nothing.
func (s *Server) discardRefused(r *http.Request) {
	if r.ProtoMajor != 1 || r.ContentLength > discardUpTo*s.cfg.MaxUploadBytes ||
		strings.EqualFold(r.Header.Get("Expect"), "100-continue") {
		return
	}
	// The body reader stops at ContentLength. An error means the client
	// went away, and the answer will find nobody either way.
	io.CopyN(io.Discard, r.Body, r.ContentLength)
}

// crossOrigin refuses state-changing requests sent from another site, by
// the browser's Sec-Fetch-Site and Origin headers.
func (s *Server) crossOrigin(next http.Handler) http.Handler {
	p := http.NewCrossOriginProtection()
	p.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.Error(w, r, ally.Errorf(ally.EFORBIDDEN,
			"This form was sent from another site, so ally refused it. Open ally in its own tab and try again."))
	}))
	return p.Handler(next)
}

// requireSignIn lets a signed-in professional through with their account
// on the request's context; anyone else is sent to the sign-in page, unless
// the path is one of publicPaths. The API answers anyone else with 401.
func (s *Server) requireSignIn(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		signedIn := s.signedIn
		if isAPI(r.URL.Path) {
			signedIn = s.apiSignedIn
		}
		p, err := signedIn(w, r)
		if err == nil {
			r = r.WithContext(ally.NewContextWithProfessional(r.Context(), p))
			next.ServeHTTP(w, r)
			return
		} else if ally.ErrorCode(err) != ally.EUNAUTHORIZED || isAPI(r.URL.Path) {
			s.Error(w, r, err)
			return
		}
		if isPublic(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		} else if errors.Is(err, errExpired) {
			http.Redirect(w, r, "/signin?expired", http.StatusSeeOther)
			return
		}
		http.Redirect(w, r, "/signin", http.StatusSeeOther)
	})
}

// isPublic reports whether path is served to visitors who are not signed in.
func isPublic(path string) bool {
	for _, p := range publicPaths {
		if path == p || strings.HasSuffix(p, "/") && strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}
