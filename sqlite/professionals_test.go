package sqlite_test

import (
	"context"
	"slices"
	"testing"

	"github.com/ally-mi/ally"
)

func TestProfessionalService_CreateProfessional(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx := context.Background()
	p := &ally.Professional{Email: " Kim@Example.org ", Name: "Kim Lee", TenderSpots: []string{"a parent who drank"}}
	if err := s.Professionals.CreateProfessional(ctx, p, testPassword); err != nil {
		t.Fatal(err)
	}
	if p.ID == 0 || !p.CreatedAt.Equal(now) {
		t.Errorf("got id %d, created %v; want an id and %v", p.ID, p.CreatedAt, now)
	}

	tests := []struct {
		name     string
		p        ally.Professional
		password string
		want     string
	}{
		{"short password", ally.Professional{Email: "x@example.org"}, "short", ally.EINVALID},
		{"common password", ally.Professional{Email: "x@example.org"}, "1qaz2wsx3edc", ally.EINVALID},
		{"password is the e-mail", ally.Professional{Email: "xavier.long@example.org"}, "xavier.long@example.org", ally.EINVALID},
		{"no e-mail", ally.Professional{Name: "X"}, testPassword, ally.EINVALID},
		{"e-mail taken in another case", ally.Professional{Email: "KIM@example.org"}, testPassword, ally.ECONFLICT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Professionals.CreateProfessional(ctx, &tt.p, tt.password)
			wantCode(t, err, tt.want)
		})
	}
	if n, err := s.Professionals.CountProfessionals(ctx); err != nil || n != 1 {
		t.Errorf("count: got %d, %v; want 1", n, err)
	}
}

func TestProfessionalService_Find(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx := context.Background()
	if n, err := s.Professionals.CountProfessionals(ctx); err != nil || n != 0 {
		t.Fatalf("count on first run: got %d, %v; want 0", n, err)
	}
	_, p := MustSignIn(t, s, "kim@example.org")

	got, err := s.Professionals.FindProfessionalByID(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	} else if got.Email != "kim@example.org" || got.Name != p.Name || !got.CreatedAt.Equal(now) {
		t.Errorf("by id: got %+v, want %+v", got, p)
	}
	if got, err := s.Professionals.FindProfessionalByEmail(ctx, "  KIM@example.ORG"); err != nil {
		t.Fatal(err)
	} else if got.ID != p.ID {
		t.Errorf("by e-mail: got id %d, want %d", got.ID, p.ID)
	}
	_, err = s.Professionals.FindProfessionalByID(ctx, p.ID+1)
	wantCode(t, err, ally.ENOTFOUND)
	_, err = s.Professionals.FindProfessionalByEmail(ctx, "nobody@example.org")
	wantCode(t, err, ally.ENOTFOUND)
}

func TestProfessionalService_Authenticate(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	_, p := MustSignIn(t, s, "kim@example.org")
	tests := []struct {
		name, email, password string
		want                  string
	}{
		{"right pair", "Kim@example.org", testPassword, ""},
		{"wrong password", "kim@example.org", testPassword + "!", ally.EUNAUTHORIZED},
		{"unknown e-mail", "kit@example.org", testPassword, ally.EUNAUTHORIZED},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Professionals.Authenticate(context.Background(), tt.email, tt.password)
			wantCode(t, err, tt.want)
			if err == nil && got.ID != p.ID {
				t.Errorf("got id %d, want %d", got.ID, p.ID)
			}
		})
	}
}

func TestProfessionalService_UpdateTenderSpots(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctxA, a := MustSignIn(t, s, "a@example.org")
	ctxB, _ := MustSignIn(t, s, "b@example.org")
	spots := []string{"a parent who drank", "my own diabetes"}

	wantCode(t, s.Professionals.UpdateTenderSpots(ctxA, a.ID, spots), "")
	got, err := s.Professionals.FindProfessionalByID(ctxA, a.ID)
	if err != nil {
		t.Fatal(err)
	} else if !slices.Equal(got.TenderSpots, spots) {
		t.Errorf("spots: got %q, want %q", got.TenderSpots, spots)
	}

	wantCode(t, s.Professionals.UpdateTenderSpots(ctxB, a.ID, nil), ally.ENOTFOUND)
	wantCode(t, s.Professionals.UpdateTenderSpots(context.Background(), a.ID, nil), ally.EUNAUTHORIZED)
	if got, _ := s.Professionals.FindProfessionalByID(ctxA, a.ID); !slices.Equal(got.TenderSpots, spots) {
		t.Errorf("spots after refused updates: got %q, want %q", got.TenderSpots, spots)
	}
}

func TestProfessionalService_FindSoleProfessional(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx := context.Background()
	_, err := s.Professionals.FindSoleProfessional(ctx)
	wantCode(t, err, ally.ENOTFOUND)
	kim := &ally.Professional{Email: "kim@example.org", Name: "Kim Lee"}
	if err := s.Professionals.CreateProfessional(ctx, kim, testPassword); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Professionals.FindSoleProfessional(ctx); err != nil || got.ID != kim.ID {
		t.Errorf("one account: got %+v, %v; want Kim", got, err)
	}
	if err := s.Professionals.CreateProfessional(ctx, &ally.Professional{Email: "sam@example.org", Name: "Sam"}, testPassword); err != nil {
		t.Fatal(err)
	}
	_, err = s.Professionals.FindSoleProfessional(ctx)
	wantCode(t, err, ally.ECONFLICT)
}
