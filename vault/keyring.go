package vault

import (
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/ally-mi/ally"
)

// KeySize is the size in bytes of the master key.
const KeySize = 32

// KeyFile is the name of the key file LoadOrCreateKey reads in its directory.
const KeyFile = "ally.key"

// Keyring holds the master key and derives one key per purpose with
// HKDF-SHA256. It never prints its key.
type Keyring struct {
	master [KeySize]byte
}

// NewKeyring returns a keyring over master, which must be KeySize bytes.
// The keyring keeps its own copy.
func NewKeyring(master []byte) (*Keyring, error) {
	if len(master) != KeySize {
		return nil, ally.Errorf(ally.EINVALID, "the master key must be %d bytes, not %d", KeySize, len(master))
	}
	k := &Keyring{}
	copy(k.master[:], master)
	return k, nil
}

// LoadOrCreateKey returns the keyring for this installation.
//
// When fromEnv (the ALLY_KEY setting) is not empty it must be the base64
// (standard or URL alphabet, padded or not) of KeySize bytes; it is used as
// is and no file is written. Otherwise the key is read from dir/ally.key, one
// line of base64. If that file does not exist it is created with a new random
// key, mode 0600, and dir is created with mode 0700 if missing. A key file
// open to group or others, or a malformed one, is refused with EINVALID.
func LoadOrCreateKey(dir string, fromEnv string) (*Keyring, error) {
	if fromEnv != "" {
		master, ok := decodeKey(fromEnv)
		if !ok {
			// The value itself is never repeated: it may be most of a key.
			return nil, ally.Errorf(ally.EINVALID, "ALLY_KEY must be the base64 of %d bytes", KeySize)
		}
		return NewKeyring(master)
	}

	if dir == "" {
		// Not the working directory: a key left wherever ally was started is soon lost.
		return nil, ally.Errorf(ally.EINVALID, "no directory for the key file %s, and ALLY_KEY is not set", KeyFile)
	}
	path := filepath.Join(dir, KeyFile)
	k, err := readKeyFile(path)
	if !errors.Is(err, fs.ErrNotExist) {
		return k, err
	}
	k, err = createKeyFile(dir, path)
	if errors.Is(err, fs.ErrExist) {
		// Another process created the file between our read and our create.
		return readKeyFile(path)
	}
	return k, err
}

// readKeyFile returns the keyring in path, or an error wrapping
// fs.ErrNotExist if there is no such file.
func readKeyFile(path string) (*Keyring, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, err
	} else if err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "cannot read the key file %s", path)
	}
	// Windows has no Unix permission bits to check.
	if runtime.GOOS != "windows" && info.Mode().Perm()&0o077 != 0 {
		return nil, ally.Errorf(ally.EINVALID, "the key file %s is open to other users (mode %04o); run: chmod 600 %s", path, info.Mode().Perm(), path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "cannot read the key file %s", path)
	}
	master, ok := decodeKey(string(data))
	if !ok {
		return nil, ally.Errorf(ally.EINVALID, "the key file %s is malformed: it must hold one line, the base64 of %d bytes", path, KeySize)
	}
	return NewKeyring(master)
}

// createKeyFile writes a new random key to path. It fails with an error
// wrapping fs.ErrExist if the file already exists, so it never overwrites a
// key: a lost key means every sealed field is lost with it.
func createKeyFile(dir, path string) (*Keyring, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "cannot create the directory %s for the key file", dir)
	}
	master := make([]byte, KeySize)
	rand.Read(master)

	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil, err
	} else if err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "cannot create the key file %s", path)
	}
	_, err = f.WriteString(base64.StdEncoding.EncodeToString(master) + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// A half-written key file would be refused as malformed on the next start.
		os.Remove(path)
		return nil, ally.WrapError(ally.EINTERNAL, err, "cannot write the key file %s", path)
	}
	return NewKeyring(master)
}

// decodeKey decodes s, base64 in any of the four common forms with
// surrounding white space, and reports whether it holds KeySize bytes.
func decodeKey(s string) ([]byte, bool) {
	s = strings.TrimSpace(s)
	for _, enc := range []*base64.Encoding{
		base64.StdEncoding, base64.RawStdEncoding,
		base64.URLEncoding, base64.RawURLEncoding,
	} {
		if b, err := enc.Strict().DecodeString(s); err == nil && len(b) == KeySize {
			return b, true
		}
	}
	return nil, false
}

// Cipher returns the cipher for purpose ("client", "transcript", "note" ...).
// Each purpose has its own key, so a value sealed for one purpose cannot be
// opened as another.
func (k *Keyring) Cipher(purpose string) *Cipher {
	return newCipher(k.derive("ally cipher v1: " + purpose))
}

// Index returns the blind index for purpose. Its key differs from the
// cipher's key of the same purpose and from every other index's key.
func (k *Keyring) Index(purpose string) *Index {
	return &Index{key: k.derive("ally index v1: " + purpose)}
}

// derive returns the KeySize-byte subkey for info.
func (k *Keyring) derive(info string) []byte {
	key, err := hkdf.Key(sha256.New, k.master[:], nil, info, KeySize)
	if err != nil {
		// hkdf.Key fails only for a length over 255 hash sizes.
		panic("vault: " + err.Error())
	}
	return key
}

// String keeps the key out of logs and error messages.
func (k *Keyring) String() string { return "vault.Keyring{redacted}" }

// GoString keeps the key out of %#v.
func (k *Keyring) GoString() string { return k.String() }
