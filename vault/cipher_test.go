package vault_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

func TestSealOpen(t *testing.T) {
	c := MustKeyring(t, 1).Cipher("client")
	tests := []struct {
		name      string
		plaintext string
		ad        string
	}{
		{"name", "Sam Lee", "clients.name:42"},
		{"empty value", "", "clients.note:1"},
		{"no ad", "Ängstlich, müde", ""},
		{"long", string(bytes.Repeat([]byte("x"), 1<<16)), "transcripts.body:7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sealed := c.SealString(tt.plaintext, tt.ad)
			if bytes.Contains(sealed, []byte(tt.plaintext)) && tt.plaintext != "" {
				t.Fatalf("sealed value contains the plaintext")
			}
			if got, want := len(sealed), 24+len(tt.plaintext)+16; got != want {
				t.Errorf("len(sealed) = %d, want %d", got, want)
			}
			got, err := c.OpenString(sealed, tt.ad)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.plaintext {
				t.Errorf("OpenString = %q, want %q", got, tt.plaintext)
			}
		})
	}
}

func TestOpenFails(t *testing.T) {
	k := MustKeyring(t, 1)
	c := k.Cipher("client")
	sealed := c.SealString("Sam Lee", "clients.name:42")
	tampered := func(i int) []byte {
		b := bytes.Clone(sealed)
		b[i] ^= 0x01
		return b
	}
	other := MustKeyring(t, 2).Cipher("client")
	tests := []struct {
		name   string
		c      *vault.Cipher
		sealed []byte
		ad     string
		want   string // in the message, after "cannot decrypt"
	}{
		{"wrong key", other, sealed, "clients.name:42", "(wrong key?)"},
		{"wrong purpose", k.Cipher("note"), sealed, "clients.name:42", "(wrong key?)"},
		{"wrong ad row", c, sealed, "clients.name:43", "(wrong key?)"},
		{"wrong ad column", c, sealed, "clients.email:42", "(wrong key?)"},
		{"tampered nonce", c, tampered(0), "clients.name:42", "(wrong key?)"},
		{"tampered ciphertext", c, tampered(24), "clients.name:42", "(wrong key?)"},
		{"tampered tag", c, tampered(len(sealed) - 1), "clients.name:42", "(wrong key?)"},
		{"truncated", c, sealed[:len(sealed)-1], "clients.name:42", "(wrong key?)"},
		{"too short", c, sealed[:30], "clients.name:42", "too short"},
		{"nil", c, nil, "clients.name:42", "too short"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.c.OpenString(tt.sealed, tt.ad)
			if err == nil {
				t.Fatalf("OpenString = %q, nil; want an error", got)
			}
			wantCode(t, err, ally.EINTERNAL)
			var e *ally.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T, want *ally.Error", err)
			}
			if !strings.HasPrefix(e.Message, "cannot decrypt") || !strings.Contains(e.Message, tt.want) {
				t.Errorf("message = %q, want \"cannot decrypt ... %s\"", e.Message, tt.want)
			}
		})
	}
}

func TestSealIsRandomised(t *testing.T) {
	c := MustKeyring(t, 1).Cipher("client")
	a, b := c.SealString("Sam Lee", "clients.name:42"), c.SealString("Sam Lee", "clients.name:42")
	if bytes.Equal(a, b) {
		t.Errorf("two seals of the same value are equal: %x", a)
	}
	if bytes.Equal(a[:24], b[:24]) {
		t.Errorf("two seals share a nonce: %x", a[:24])
	}
}

func BenchmarkSeal(b *testing.B) {
	c := MustKeyring(b, 1).Cipher("note")
	for _, size := range []int{64, 4 << 10, 64 << 10} {
		plaintext := bytes.Repeat([]byte("a"), size)
		ad := []byte("notes.body:12345")
		b.Run(fmt.Sprintf("%dB", size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				c.Seal(plaintext, ad)
			}
		})
	}
}

func BenchmarkOpen(b *testing.B) {
	c := MustKeyring(b, 1).Cipher("note")
	ad := []byte("notes.body:12345")
	sealed := c.Seal(bytes.Repeat([]byte("a"), 4<<10), ad)
	b.SetBytes(4 << 10)
	for b.Loop() {
		if _, err := c.Open(sealed, ad); err != nil {
			b.Fatal(err)
		}
	}
}
