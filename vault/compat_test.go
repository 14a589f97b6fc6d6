package vault_test

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/ally-mi/ally/vault"
)

// These known answers pin the formats of data at rest. If one fails, values
// already stored (sealed fields, blind indexes, password hashes) would no
// longer open or match: change the format only with a migration.
//
// The sealed value and the index were checked against independent
// implementations of HKDF-SHA256, HMAC-SHA256 and XChaCha20-Poly1305; the
// password hash is the argon2id vector of the reference implementation
// (phc-winner-argon2, src/test.c).

func TestCompatSealed(t *testing.T) {
	k, err := vault.NewKeyring(bytes.Repeat([]byte{0x42}, vault.KeySize))
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := hex.DecodeString("d0c9f77b8aa18d02104aa8279c5207e938f729ce73e291b693b0d611d16aa87e540522dd3e1ca8aa49c9c9ebab647e")
	if err != nil {
		t.Fatal(err)
	}
	got, err := k.Cipher("client").OpenString(sealed, "clients.name:42")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Sam Lee"; got != want {
		t.Errorf("OpenString = %q, want %q", got, want)
	}
}

func TestCompatIndex(t *testing.T) {
	k, err := vault.NewKeyring(bytes.Repeat([]byte{0x42}, vault.KeySize))
	if err != nil {
		t.Fatal(err)
	}
	got := hex.EncodeToString(k.Index("email").Of("Sam.Lee@example.org"))
	if want := "98d00021a60491813bc62cfd0ba73276dfc8b454e78e316bdbc965d7fac4f116"; got != want {
		t.Errorf("Of = %s, want %s", got, want)
	}
}

func TestCompatPasswordHash(t *testing.T) {
	const reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
	ok, err := vault.CheckPassword(reference, "password")
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		t.Errorf("CheckPassword(reference vector, %q) = false, want true", "password")
	}
}
