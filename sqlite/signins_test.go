package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/ally-mi/ally"
)

// MustCreateSignIn keeps a sign-in of p with the id hash, created and last
// seen at the given times.
func MustCreateSignIn(tb testing.TB, s Stores, p *ally.Professional, hash string, created, seen time.Time) ally.SignIn {
	tb.Helper()
	si := ally.SignIn{IDHash: hash, ProfessionalID: p.ID, CreatedAt: created, LastSeenAt: seen}
	if err := s.SignIns.CreateSignIn(context.Background(), si); err != nil {
		tb.Fatal(err)
	}
	return si
}

// wantSignIn fails unless the sign-in with the id hash is kept as want.
func wantSignIn(tb testing.TB, s Stores, want ally.SignIn) {
	tb.Helper()
	got, err := s.SignIns.FindSignIn(context.Background(), want.IDHash)
	if err != nil {
		tb.Fatalf("find %s: %v", want.IDHash, err)
	}
	if got.IDHash != want.IDHash || got.ProfessionalID != want.ProfessionalID ||
		!got.CreatedAt.Equal(want.CreatedAt) || !got.LastSeenAt.Equal(want.LastSeenAt) {
		tb.Errorf("sign-in %s: got %+v, want %+v", want.IDHash, got, want)
	}
}

func TestSignInService(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx := context.Background()
	_, kim := MustSignIn(t, s, "kim@example.org")

	_, err := s.SignIns.FindSignIn(ctx, "a1")
	wantCode(t, err, ally.ENOTFOUND)

	si := MustCreateSignIn(t, s, kim, "a1", now, now)
	wantSignIn(t, s, si)
	wantCode(t, s.SignIns.CreateSignIn(ctx, si), ally.ECONFLICT)

	// Touching moves the last-seen time forward, never back.
	later := now.Add(90 * time.Second)
	if err := s.SignIns.TouchSignIn(ctx, "a1", later); err != nil {
		t.Fatal(err)
	}
	si.LastSeenAt = later
	wantSignIn(t, s, si)
	if err := s.SignIns.TouchSignIn(ctx, "a1", now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	wantSignIn(t, s, si)
	if err := s.SignIns.TouchSignIn(ctx, "gone", later); err != nil {
		t.Errorf("touching a sign-in that is gone: %v", err)
	}

	// Deleting one sign-in leaves the others of the professional.
	other := MustCreateSignIn(t, s, kim, "b2", now, now)
	if err := s.SignIns.DeleteSignIn(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	_, err = s.SignIns.FindSignIn(ctx, "a1")
	wantCode(t, err, ally.ENOTFOUND)
	wantSignIn(t, s, other)
	if err := s.SignIns.DeleteSignIn(ctx, "a1"); err != nil {
		t.Errorf("deleting a sign-in again: %v", err)
	}
}

func TestSignInService_DeleteExpired(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx := context.Background()
	_, kim := MustSignIn(t, s, "kim@example.org")
	const idle, absolute = 15 * time.Minute, 12 * time.Hour
	seenBefore, createdBefore := now.Add(-idle), now.Add(-absolute)

	kept := []ally.SignIn{
		MustCreateSignIn(t, s, kim, "fresh", now.Add(-time.Hour), now.Add(-time.Minute)),
		// Exactly at either limit is not yet past it.
		MustCreateSignIn(t, s, kim, "at-idle", now.Add(-time.Hour), seenBefore),
		MustCreateSignIn(t, s, kim, "at-absolute", createdBefore, now),
	}
	MustCreateSignIn(t, s, kim, "idle", now.Add(-time.Hour), seenBefore.Add(-time.Nanosecond))
	MustCreateSignIn(t, s, kim, "old", createdBefore.Add(-time.Second), now)

	if err := s.SignIns.DeleteExpiredSignIns(ctx, seenBefore, createdBefore); err != nil {
		t.Fatal(err)
	}
	for _, si := range kept {
		wantSignIn(t, s, si)
	}
	for _, hash := range []string{"idle", "old"} {
		_, err := s.SignIns.FindSignIn(ctx, hash)
		wantCode(t, err, ally.ENOTFOUND)
	}
}
