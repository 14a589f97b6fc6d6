package vault_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// sameKey reports whether two keyrings hold the same master key, by what
// they seal and open: the key itself is not exported.
func sameKey(tb testing.TB, a, b *vault.Keyring) bool {
	tb.Helper()
	sealed := a.Cipher("test").SealString("x", "")
	_, err := b.Cipher("test").OpenString(sealed, "")
	return err == nil
}

func TestLoadOrCreateKeyCreates(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := filepath.Join(t.TempDir(), "data", "keys")
	k1, err := vault.LoadOrCreateKey(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, vault.KeyFile)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := info.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Errorf("key file mode = %04o, want %04o", got, want)
	}
	dirInfo, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dirInfo.Mode().Perm(), os.FileMode(0o700); got != want {
		t.Errorf("key directory mode = %04o, want %04o", got, want)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Count(string(data), "\n"), 1; got != want || !strings.HasSuffix(string(data), "\n") {
		t.Errorf("key file has %d lines, want %d ending in a newline: %q", got, want, data)
	}

	k2, err := vault.LoadOrCreateKey(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if !sameKey(t, k1, k2) {
		t.Errorf("reloaded key differs from the created one")
	}
	again, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, data) {
		t.Errorf("reloading rewrote the key file")
	}
}

func TestLoadOrCreateKeyFromEnv(t *testing.T) {
	master := bytes.Repeat([]byte{0xfb, 0xff, 0x3e}, 11)[:vault.KeySize] // bytes whose base64 differs by alphabet
	want, err := vault.NewKeyring(master)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  string
		code string
	}{
		{"std padded", base64.StdEncoding.EncodeToString(master), ""},
		{"std raw", base64.RawStdEncoding.EncodeToString(master), ""},
		{"url padded", base64.URLEncoding.EncodeToString(master), ""},
		{"url raw", base64.RawURLEncoding.EncodeToString(master), ""},
		{"trailing newline", base64.StdEncoding.EncodeToString(master) + "\n", ""},
		{"not base64", "correct horse battery staple", ally.EINVALID},
		{"16 bytes", base64.StdEncoding.EncodeToString(master[:16]), ally.EINVALID},
		{"33 bytes", base64.StdEncoding.EncodeToString(append(master, 0)), ally.EINVALID},
		{"hex", strings.Repeat("ab", 32), ally.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			k, err := vault.LoadOrCreateKey(dir, tt.env)
			wantCode(t, err, tt.code)
			if err != nil {
				if strings.Contains(ally.ErrorMessage(err), strings.TrimSpace(tt.env)) {
					t.Errorf("message %q repeats the key", ally.ErrorMessage(err))
				}
				return
			}
			if !sameKey(t, k, want) {
				t.Errorf("key from ALLY_KEY differs from the one encoded")
			}
			if _, err := os.Stat(filepath.Join(dir, vault.KeyFile)); !os.IsNotExist(err) {
				t.Errorf("a key file was written although ALLY_KEY was set (stat: %v)", err)
			}
		})
	}
}

func TestLoadOrCreateKeyNeedsDir(t *testing.T) {
	_, err := vault.LoadOrCreateKey("", "")
	wantCode(t, err, ally.EINVALID)
}

func TestLoadOrCreateKeyRefuses(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	good := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{7}, vault.KeySize)) + "\n"
	tests := []struct {
		name    string
		content string
		mode    os.FileMode
		want    string // in the message
	}{
		{"readable by others", good, 0o644, "chmod 600"},
		{"readable by group", good, 0o640, "chmod 600"},
		{"writable by group", good, 0o620, "chmod 600"},
		{"empty", "", 0o600, "malformed"},
		{"not base64", "not a key at all\n", 0o600, "malformed"},
		{"short key", base64.StdEncoding.EncodeToString(make([]byte, 16)) + "\n", 0o600, "malformed"},
		{"two lines", good + good, 0o600, "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, vault.KeyFile)
			if err := os.WriteFile(path, []byte(tt.content), tt.mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tt.mode); err != nil { // past the umask
				t.Fatal(err)
			}
			_, err := vault.LoadOrCreateKey(dir, "")
			wantCode(t, err, ally.EINVALID)
			msg := ally.ErrorMessage(err)
			if !strings.Contains(msg, tt.want) || !strings.Contains(msg, path) {
				t.Errorf("message = %q, want it to name %s and say %q", msg, path, tt.want)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.content {
				t.Errorf("the refused key file was changed to %q", got)
			}
		})
	}
}
