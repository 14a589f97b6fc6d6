package vault

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// MinPasswordLength is the fewest characters a password may have. Length is
// what makes a password hard to guess, so it is the one composition rule.
const MinPasswordLength = 12

//go:embed common-passwords.txt
var commonPasswordsText string

// commonPasswords is the embedded list as a set of lower-cased passwords,
// built on first use.
var commonPasswords = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{}, 10000)
	for line := range strings.Lines(commonPasswordsText) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[strings.ToLower(line)] = struct{}{}
	}
	return set
})

// CheckPasswordPolicy returns an EINVALID error, with a message for the
// user, if password is too weak to accept: shorter than MinPasswordLength
// characters, on the list of common passwords in any case, or equal in any
// case to one of words, which are what the user is known by (their e-mail,
// their name). It returns nil for a password it accepts.
func CheckPasswordPolicy(password string, words ...string) error {
	if utf8.RuneCountInString(password) < MinPasswordLength {
		return ally.Errorf(ally.EINVALID, "the password must have at least %d characters", MinPasswordLength)
	}
	if _, ok := commonPasswords()[strings.ToLower(password)]; ok {
		return ally.Errorf(ally.EINVALID, "that password is one of the most common and easily guessed; choose another")
	}
	for _, w := range words {
		if w = strings.TrimSpace(w); w != "" && strings.EqualFold(strings.TrimSpace(password), w) {
			return ally.Errorf(ally.EINVALID, "the password must not be your e-mail address or your name")
		}
	}
	return nil
}
