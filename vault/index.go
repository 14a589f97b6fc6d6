package vault

import (
	"crypto/hmac"
	"crypto/sha256"
	"strings"
)

// Index computes a keyed blind index: a value's fingerprint that allows an
// exact look-up (an e-mail, a client's name) in a column whose values are
// sealed, without storing the value in clear. Without the key the index
// cannot be computed, so it cannot be matched against a list of guesses.
// An Index is safe for concurrent use.
type Index struct {
	key []byte
}

// Of returns the HMAC-SHA256 of s's normal form: white space trimmed and
// collapsed to single spaces, letters lower-cased. "Sam  Lee" and "sam lee"
// therefore have the same index.
func (ix *Index) Of(s string) []byte {
	mac := hmac.New(sha256.New, ix.key)
	mac.Write([]byte(normalize(s)))
	return mac.Sum(nil)
}

// normalize returns the form of s that Of indexes.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}
