package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/ally-mi/ally"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// This file is the one place that knows SQLite's error codes: the rest of
// the package asks what an error means, never what its text says.

// errorCode returns the extended SQLite result code of err, 0 when err does
// not come from SQLite.
func errorCode(err error) int {
	var e *sqlite.Error
	if errors.As(err, &e) {
		return e.Code()
	}
	return 0
}

// isUniqueViolation reports whether err is a UNIQUE or PRIMARY KEY clash.
func isUniqueViolation(err error) bool {
	switch errorCode(err) {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return true
	}
	return false
}

// isBusy reports whether err is a lock held too long by another connection.
func isBusy(err error) bool {
	return errorCode(err)&0xff == sqlite3.SQLITE_BUSY
}

// mapError turns a driver error into an ally error: what the caller did
// (what) for the log, and a code the caller can act on. ally errors and nil
// pass through.
func mapError(err error, what string) error {
	var e *ally.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &e):
		return err
	case errors.Is(err, sql.ErrNoRows):
		return ally.WrapError(ally.ENOTFOUND, err, "not found")
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: %s: cancelled", what)
	case isUniqueViolation(err):
		return ally.WrapError(ally.ECONFLICT, err, "that is already stored")
	case isBusy(err):
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: %s: database busy", what)
	}
	return ally.WrapError(ally.EINTERNAL, err, "sqlite: %s", what)
}
