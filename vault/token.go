package vault

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
)

// tokenSize is the number of random bytes in a token: 256 bits, beyond any
// guessing.
const tokenSize = 32

// NewToken returns a new random token for a session, a password reset or an
// invitation, and its hash. The token, 43 characters of base64url without
// padding, goes to the user; only the hash is stored, so a copy of the
// database holds nothing that signs anyone in.
func NewToken() (token string, hash []byte) {
	b := make([]byte, tokenSize)
	rand.Read(b)
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token)
}

// HashToken returns the SHA-256 of token as given, to look up a token a user
// presents. A plain hash suffices, unlike for passwords: the token is random
// and long, so there is nothing to guess.
func HashToken(token string) []byte {
	sum := sha256.Sum256([]byte(token))
	return sum[:]
}
