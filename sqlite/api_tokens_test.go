package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ally-mi/ally"
)

func TestProfessionalService_APIToken(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx := context.Background()
	kimCtx, kim := MustSignIn(t, s, "kim@example.org")
	samCtx, _ := MustSignIn(t, s, "sam@example.org")

	_, err := s.Professionals.FindProfessionalByAPIToken(ctx, "")
	wantCode(t, err, ally.EUNAUTHORIZED)
	if p, _ := s.Professionals.FindProfessionalByID(ctx, kim.ID); p.APITokenCreatedAt != nil {
		t.Errorf("before any token: got created %v, want nil", p.APITokenCreatedAt)
	}

	first, err := s.Professionals.CreateAPIToken(kimCtx, kim.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Professionals.FindProfessionalByAPIToken(ctx, first)
	if err != nil {
		t.Fatal(err)
	} else if got.ID != kim.ID || got.APITokenCreatedAt == nil || !got.APITokenCreatedAt.Equal(now) {
		t.Errorf("by token: got id %d, created %v; want %d, %v", got.ID, got.APITokenCreatedAt, kim.ID, now)
	}

	// A new token replaces the old one.
	second, err := s.Professionals.CreateAPIToken(kimCtx, kim.ID)
	if err != nil {
		t.Fatal(err)
	} else if second == first {
		t.Fatal("a new token repeated the old one")
	}
	_, err = s.Professionals.FindProfessionalByAPIToken(ctx, first)
	wantCode(t, err, ally.EUNAUTHORIZED)
	if got, err := s.Professionals.FindProfessionalByAPIToken(ctx, second); err != nil || got.ID != kim.ID {
		t.Errorf("new token: got %+v, %v; want kim", got, err)
	}

	// Nobody else can make or revoke it.
	_, err = s.Professionals.CreateAPIToken(samCtx, kim.ID)
	wantCode(t, err, ally.ENOTFOUND)
	wantCode(t, s.Professionals.RevokeAPIToken(samCtx, kim.ID), ally.ENOTFOUND)
	wantCode(t, s.Professionals.RevokeAPIToken(ctx, kim.ID), ally.EUNAUTHORIZED)
	if _, err := s.Professionals.FindProfessionalByAPIToken(ctx, second); err != nil {
		t.Errorf("after others tried to revoke it: %v", err)
	}

	if err := s.Professionals.RevokeAPIToken(kimCtx, kim.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.Professionals.FindProfessionalByAPIToken(ctx, second)
	wantCode(t, err, ally.EUNAUTHORIZED)
	if err := s.Professionals.RevokeAPIToken(kimCtx, kim.ID); err != nil {
		t.Errorf("revoking again: %v", err)
	}
}

// TestProfessionalService_APITokenNotStored proves that the database file
// never holds a token as given, only its hash.
func TestProfessionalService_APITokenNotStored(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := NewStores(MustOpenDBAt(t, filepath.Join(dir, "ally.db"), testKey))
	ctx, p := MustSignIn(t, s, "kim@example.org")
	token, err := s.Professionals.CreateAPIToken(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(token)) {
			t.Errorf("the token is in %s", f.Name())
		}
	}
}
