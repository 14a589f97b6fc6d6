package ally

import (
	"errors"
	"fmt"
)

// Error codes. Every error ally returns to a user carries one of them, so the
// command line can pick an exit status and the web layer an HTTP status from
// one table.
const (
	EINVALID  = "invalid"   // the input is malformed or a value is out of range
	ENOTFOUND = "not_found" // a file or record does not exist
	EINTERNAL = "internal"  // a bug or an environment failure; details are logged, not shown
)

// Error is ally's one error type. Message is safe to show to the user; it
// names what was wrong and, where it applies, where (file and line).
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("ally error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
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
// chain, and a generic message for any other non-nil error.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
