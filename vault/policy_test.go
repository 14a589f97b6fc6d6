package vault_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

func TestCheckPasswordPolicy(t *testing.T) {
	const email, name = "sam.lee@example.org", "Samantha Lee-Smith"
	tests := []struct {
		name     string
		password string
		want     string // in the EINVALID message; "" when accepted
	}{
		{"11 characters", "abcdefghijk", "at least 12 characters"},
		{"12 characters", "abcdefghijkl", ""},
		{"empty", "", "at least 12 characters"},
		{"11 letters with accents", "éèêëéèêëéèê", "at least 12 characters"}, // 22 bytes
		{"12 letters with accents", "éèêëéèêëéèêë", ""},
		{"long passphrase", "the tide comes in twice a day", ""},
		{"common", "qwertyqwerty", "most common"},
		{"common in capitals", "QWERTYQWERTY", "most common"},
		{"common in mixed case", "LeaveMeAlone", "most common"},
		{"common listed with capitals", "mailcreated5240", "most common"},
		{"e-mail", email, "e-mail address or your name"},
		{"e-mail in capitals", strings.ToUpper(email), "e-mail address or your name"},
		{"name", name, "e-mail address or your name"},
		{"name with spaces around", "  " + name + " ", "e-mail address or your name"},
		{"containing the e-mail", email + "!", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := vault.CheckPasswordPolicy(tt.password, email, "", name)
			if tt.want == "" {
				if err != nil {
					t.Errorf("got %v, want nil", err)
				}
				return
			}
			wantCode(t, err, ally.EINVALID)
			if got := ally.ErrorMessage(err); !strings.Contains(got, tt.want) {
				t.Errorf("message = %q, want it to say %q", got, tt.want)
			}
		})
	}
}

// TestCommonPasswordsRefused checks the most common passwords, which are
// short, are refused too: by length rather than by the list.
func TestCommonPasswordsRefused(t *testing.T) {
	for _, p := range []string{"123456", "password", "Password", "12345678", "qwerty", "brady"} {
		if err := vault.CheckPasswordPolicy(p); err == nil {
			t.Errorf("CheckPasswordPolicy(%q) = nil, want an error", p)
		}
	}
}
