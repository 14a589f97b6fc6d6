package vault

import (
	"crypto/cipher"
	"crypto/rand"

	"github.com/ally-mi/ally"
	"golang.org/x/crypto/chacha20poly1305"
)

// Cipher seals and opens values for one purpose with XChaCha20-Poly1305.
// Its 24-byte nonces are random, which is safe for any number of values
// under one key. A Cipher is safe for concurrent use.
type Cipher struct {
	aead cipher.AEAD
}

func newCipher(key []byte) *Cipher {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		// NewX fails only for a key of the wrong size, and derive gives KeySize.
		panic("vault: " + err.Error())
	}
	return &Cipher{aead: aead}
}

// Seal encrypts plaintext and returns nonce||ciphertext. The associated data
// ad is authenticated but not stored: name the row and column the value
// belongs to (for example "clients.name:42"), so a value copied to another
// row or column no longer opens.
func (c *Cipher) Seal(plaintext, ad []byte) []byte {
	nonceSize := c.aead.NonceSize()
	out := make([]byte, nonceSize, nonceSize+len(plaintext)+c.aead.Overhead())
	rand.Read(out)
	return c.aead.Seal(out, out[:nonceSize], plaintext, ad)
}

// Open decrypts a value from Seal with the same associated data. A wrong
// key or purpose, a changed byte or other associated data all fail alike,
// with EINTERNAL: stored data that does not open is never the user's fault.
func (c *Cipher) Open(sealed, ad []byte) ([]byte, error) {
	nonceSize := c.aead.NonceSize()
	if len(sealed) < nonceSize+c.aead.Overhead() {
		return nil, ally.Errorf(ally.EINTERNAL, "cannot decrypt a stored value: %d bytes is too short to be sealed", len(sealed))
	}
	plaintext, err := c.aead.Open(nil, sealed[:nonceSize], sealed[nonceSize:], ad)
	if err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "cannot decrypt a stored value (wrong key?)")
	}
	return plaintext, nil
}

// SealString is Seal for a string value and string associated data.
func (c *Cipher) SealString(s string, ad string) []byte {
	return c.Seal([]byte(s), []byte(ad))
}

// OpenString is Open for a value sealed with SealString.
func (c *Cipher) OpenString(sealed []byte, ad string) (string, error) {
	b, err := c.Open(sealed, []byte(ad))
	if err != nil {
		return "", err
	}
	return string(b), nil
}
