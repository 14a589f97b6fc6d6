package vault_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// MustHash returns the hash of password. Each call, and each CheckPassword,
// costs one real argon2id hash (64 MiB, 0.2 s to a second), so tests make few.
func MustHash(tb testing.TB, password string) string {
	tb.Helper()
	h, err := vault.HashPassword(password)
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

func TestHashPassword(t *testing.T) {
	const password = "a long enough passphrase"
	h := MustHash(t, password)
	if want := "$argon2id$v=19$m=65536,t=3,p=2$"; !strings.HasPrefix(h, want) {
		t.Errorf("hash = %q, want prefix %q", h, want)
	}
	if got, want := strings.Count(h, "$"), 5; got != want {
		t.Errorf("hash %q has %d '$', want %d", h, got, want)
	}

	tests := []struct {
		name     string
		password string
		ok       bool
	}{
		{"right", password, true},
		{"wrong", "a long enough passphrasf", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := vault.CheckPassword(h, tt.password)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.ok {
				t.Errorf("CheckPassword = %v, want %v", got, tt.ok)
			}
		})
	}

	if other := MustHash(t, password); other == h {
		t.Errorf("two hashes of one password are equal: the salt is not random")
	}
}

func TestCheckPasswordMalformed(t *testing.T) {
	const salt, key = "c2FsdHNhbHRzYWx0c2FsdA", "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U"
	tests := []struct {
		name    string
		encoded string
	}{
		{"empty", ""},
		{"plain text", "hunter2hunter2"},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"argon2i", "$argon2i$v=19$m=65536,t=3,p=2$" + salt + "$" + key},
		{"old version", "$argon2id$v=16$m=65536,t=3,p=2$" + salt + "$" + key},
		{"missing part", "$argon2id$v=19$m=65536,t=3,p=2$" + salt},
		{"extra part", "$argon2id$v=19$m=65536,t=3,p=2$" + salt + "$" + key + "$x"},
		{"params out of order", "$argon2id$v=19$t=3,m=65536,p=2$" + salt + "$" + key},
		{"no threads", "$argon2id$v=19$m=65536,t=3,p=0$" + salt + "$" + key},
		{"too many threads", "$argon2id$v=19$m=65536,t=3,p=256$" + salt + "$" + key},
		{"zero time", "$argon2id$v=19$m=65536,t=0,p=2$" + salt + "$" + key},
		{"huge memory", "$argon2id$v=19$m=4194304,t=3,p=2$" + salt + "$" + key},
		{"huge time", "$argon2id$v=19$m=65536,t=1000,p=2$" + salt + "$" + key},
		{"negative", "$argon2id$v=19$m=-1,t=3,p=2$" + salt + "$" + key},
		{"padded salt", "$argon2id$v=19$m=65536,t=3,p=2$" + salt + "==$" + key},
		{"bad salt", "$argon2id$v=19$m=65536,t=3,p=2$!!!$" + key},
		{"short hash", "$argon2id$v=19$m=65536,t=3,p=2$" + salt + "$a2V5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, err := vault.CheckPassword(tt.encoded, "hunter2hunter2")
			if ok {
				t.Errorf("CheckPassword = true, want false")
			}
			wantCode(t, err, ally.EINTERNAL)
		})
	}
}

func BenchmarkHashPassword(b *testing.B) {
	for b.Loop() {
		if _, err := vault.HashPassword("a long enough passphrase"); err != nil {
			b.Fatal(err)
		}
	}
}
