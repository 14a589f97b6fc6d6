package vault_test

import (
	"bytes"
	"testing"
)

func TestIndexNormalises(t *testing.T) {
	ix := MustKeyring(t, 1).Index("client")
	tests := []struct {
		a, b string
		same bool
	}{
		{"Sam  Lee", "sam lee", true},
		{"  Sam Lee\n", "SAM\tLEE", true},
		{"Sam.Lee@Example.org ", "sam.lee@example.org", true},
		{"Élodie Brun", "élodie brun", true},
		{"Sam Lee", "Sam Leé", false},
		{"Sam Lee", "SamLee", false},
		{"sam lee", "sam lees", false},
	}
	for _, tt := range tests {
		if got := bytes.Equal(ix.Of(tt.a), ix.Of(tt.b)); got != tt.same {
			t.Errorf("Of(%q) == Of(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
	if got, want := len(ix.Of("Sam Lee")), 32; got != want {
		t.Errorf("len(Of) = %d, want %d", got, want)
	}
}

func TestIndexKeys(t *testing.T) {
	k1, k2 := MustKeyring(t, 1), MustKeyring(t, 2)
	base := k1.Index("client").Of("Sam Lee")
	tests := []struct {
		name string
		got  []byte
		same bool
	}{
		{"same purpose and key", k1.Index("client").Of("Sam Lee"), true},
		{"other purpose", k1.Index("email").Of("Sam Lee"), false},
		{"other key", k2.Index("client").Of("Sam Lee"), false},
	}
	for _, tt := range tests {
		if got := bytes.Equal(tt.got, base); got != tt.same {
			t.Errorf("%s: equal is %v, want %v", tt.name, got, tt.same)
		}
	}
}
