package web

import (
	"errors"
	"net/http"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// errorPage explains what went wrong and what to do about it.
type errorPage struct {
	layout
	Status  int
	Message string
	// RetryAt is when a refused sign-in may be tried again.
	RetryAt time.Time
	// ConsentClient is set when an upload was refused for want of consent:
	// the client whose consent to record.
	ConsentClient *ally.Client
}

// Error answers a request that failed with err: the HTTP status from the
// one error table and the user-safe message on a page. Internal errors are
// logged in full and shown as "internal error". Under /api/ the answer is
// JSON.
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil && errors.Is(err, r.Context().Err()) {
		// The visitor went away, and took the request with them: nothing
		// failed, and nobody is left to answer.
		s.cfg.Logger.Debug("request cancelled", "method", r.Method, "path", r.URL.Path)
		return
	}
	if isAPI(r.URL.Path) {
		s.apiError(w, r, err)
		return
	}
	code := ally.ErrorCode(err)
	_, status := ally.Status(code)
	if code == ally.EINTERNAL {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if code == ally.EUNAUTHORIZED && ally.ProfessionalFromContext(r.Context()) == nil {
		http.Redirect(w, r, "/signin", http.StatusSeeOther)
		return
	}
	s.render(w, r, status, "error", &errorPage{layout: layout{Title: http.StatusText(status)}, Status: status, Message: sentence(ally.ErrorMessage(err))})
}

// sentence makes a message read as one on a page: a capital first letter
// and a closing full stop. Stores word their errors for logs and the API
// as well ("no such goal"); a page says "No such goal."
func sentence(msg string) string {
	r, size := utf8.DecodeRuneInString(msg)
	if size == 0 {
		return msg
	}
	msg = string(unicode.ToUpper(r)) + msg[size:]
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "?") && !strings.HasSuffix(msg, "!") {
		msg += "."
	}
	return msg
}

// tooLarge is the error of a request body over the upload limit.
func (s *Server) tooLarge(err error) error {
	return ally.WrapError(ally.ETOOLARGE, err,
		"That file is larger than %d MB, the most ally accepts. Upload a shorter transcript, or ask whoever runs ally to raise the limit (--max-upload).",
		s.cfg.MaxUploadBytes>>20)
}

// formError turns a failure to read a form into the error to answer with.
func (s *Server) formError(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return s.tooLarge(err)
	}
	return ally.WrapError(ally.EINVALID, err, "The form could not be read; go back and send it again.")
}
