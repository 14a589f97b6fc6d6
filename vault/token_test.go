package vault_test

import (
	"bytes"
	"encoding/base64"
	"testing"

	"github.com/ally-mi/ally/vault"
)

func TestNewToken(t *testing.T) {
	seen := make(map[string]bool)
	for range 100 {
		token, hash := vault.NewToken()
		if got, want := len(token), 43; got != want {
			t.Fatalf("len(%q) = %d, want %d", token, got, want)
		}
		if b, err := base64.RawURLEncoding.Strict().DecodeString(token); err != nil || len(b) != 32 {
			t.Fatalf("token %q is not base64url of 32 bytes (%d bytes, %v)", token, len(b), err)
		}
		if seen[token] {
			t.Fatalf("token %q repeated", token)
		}
		seen[token] = true
		if got, want := hash, vault.HashToken(token); !bytes.Equal(got, want) {
			t.Fatalf("hash = %x, want HashToken = %x", got, want)
		}
		if got, want := len(hash), 32; got != want {
			t.Fatalf("len(hash) = %d, want %d", got, want)
		}
	}
	a, _ := vault.NewToken()
	if bytes.Equal(vault.HashToken(a), vault.HashToken(a+"x")) {
		t.Errorf("HashToken ignores a change in the token")
	}
}
