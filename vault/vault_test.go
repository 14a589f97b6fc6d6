package vault_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// MustKeyring returns a keyring over a master key of 32 copies of b, so
// tests can make distinct keys that are easy to tell apart.
func MustKeyring(tb testing.TB, b byte) *vault.Keyring {
	tb.Helper()
	k, err := vault.NewKeyring(bytes.Repeat([]byte{b}, vault.KeySize))
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

// wantCode fails the test unless err carries code.
func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := ally.ErrorCode(err); got != code {
		tb.Errorf("error code = %q, want %q (err: %v)", got, code, err)
	}
}

func TestNewKeyring(t *testing.T) {
	tests := []struct {
		name string
		size int
		code string
	}{
		{"32 bytes", 32, ""},
		{"empty", 0, ally.EINVALID},
		{"16 bytes", 16, ally.EINVALID},
		{"33 bytes", 33, ally.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := vault.NewKeyring(make([]byte, tt.size))
			wantCode(t, err, tt.code)
		})
	}
}

func TestKeyringHidesKey(t *testing.T) {
	k := MustKeyring(t, 'k')
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		// 'k' is byte 107: neither the bytes nor their numbers may show.
		if got := fmt.Sprintf(verb, k); strings.Contains(got, "kkkk") || strings.Contains(got, "107") {
			t.Errorf("%s of a keyring = %q, want no key bytes", verb, got)
		}
	}
}
