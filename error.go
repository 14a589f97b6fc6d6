package ally

import (
	"errors"
	"fmt"
	"net/http"
)

// Error codes. Every error ally returns to a user carries one of them, so the
// command line can pick an exit status and the web layer an HTTP status from
// one table (see Status).
const (
	EINVALID      = "invalid"      // the input is malformed or a value is out of range
	ENOTFOUND     = "not_found"    // a file or record does not exist, or is not the caller's
	ECONFLICT     = "conflict"     // the request clashes with what is stored (a taken e-mail, a stale edit)
	EUNAUTHORIZED = "unauthorized" // the caller is not signed in, or their credentials are wrong
	EFORBIDDEN    = "forbidden"    // the caller is signed in but may not do this
	ETOOLARGE     = "too_large"    // the input is over a size limit
	EINTERNAL     = "internal"     // a bug or an environment failure; details are logged, not shown
)

// Error is ally's one error type. Message is safe to show to the user; it
// names what was wrong and, where it applies, where (file and line). Err,
// when set, is the underlying cause: it goes to logs and is never shown to
// a user.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error implements the error interface with everything a log needs.
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("ally error: code=%s message=%s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("ally error: code=%s message=%s", e.Code, e.Message)
}

// Unwrap returns the cause, so errors.Is and errors.As see through an Error.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with the given code and user-safe message that
// keeps err as its cause for the logs.
func WrapError(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain. An internal error, whatever its text, reads "internal error": its
// detail may name files, queries or keys, and belongs in the logs.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return "internal error"
}

// Status returns the process exit status and the HTTP status for an error
// code: the one table from codes to what the command line and the web layer
// answer. An unknown code is treated as EINTERNAL.
func Status(code string) (exit, httpStatus int) {
	switch code {
	case "":
		return 0, http.StatusOK
	case EINVALID:
		return 1, http.StatusBadRequest
	case ENOTFOUND:
		return 1, http.StatusNotFound
	case ECONFLICT:
		return 1, http.StatusConflict
	case EUNAUTHORIZED:
		return 1, http.StatusUnauthorized
	case EFORBIDDEN:
		return 1, http.StatusForbidden
	case ETOOLARGE:
		return 1, http.StatusRequestEntityTooLarge
	}
	return 1, http.StatusInternalServerError
}
