package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/sqlite"
)

// movingClock is a clock a test can move forward.
type movingClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *movingClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *movingClock) Add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// answers returns full answers to a check-in asking for PHQ-9 with item
// nine at item9.
func answers(item9 int) *ally.CheckInAnswers {
	seven := 7
	return &ally.CheckInAnswers{
		DidNotFit:      "The homework felt like too much",
		Importance:     ally.Ruler{Value: &seven, WhyNotLower: "my kids", OneUp: "a good week"},
		PHQ9:           []int{1, 1, 0, 2, 0, 1, 0, 0, item9},
		PHQ9Difficulty: 1,
		GAD7Difficulty: -1,
	}
}

func TestCheckInService(t *testing.T) {
	t.Parallel()
	clk := &movingClock{t: now}
	path := filepath.Join(t.TempDir(), "ally.db")
	db, err := sqlite.Open(context.Background(), path, MustKeyring(t, testKey), sqlite.WithClock(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := NewStores(db)
	ctx, pro := MustSignIn(t, s, "a@example.org")
	client := MustCreateClient(t, ctx, s, "Sam", nil)
	anon := context.Background()

	c := &ally.CheckIn{ClientID: client.ID, PHQ9: true, ExpiresAt: now.Add(7 * 24 * time.Hour)}
	token, err := s.CheckIns.CreateCheckIn(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(token) < 22 || c.ID == 0 || !c.CreatedAt.Equal(now) {
		t.Fatalf("created %+v with token %q", c, token)
	}

	inv, err := s.CheckIns.OpenCheckIn(anon, token)
	if err != nil {
		t.Fatal(err)
	}
	if inv.ProfessionalName != pro.Name || !inv.PHQ9 || inv.GAD7 || inv.Worksheet {
		t.Errorf("invite: got %+v", inv)
	}

	// Answers must fit what the link asks.
	bad := answers(0)
	bad.GAD7 = []int{0, 0, 0, 0, 0, 0, 0}
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, bad), ally.EINVALID)
	bad = answers(0)
	bad.PHQ9 = bad.PHQ9[:8]
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, bad), ally.EINVALID)
	bad = answers(4)
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, bad), ally.EINVALID)
	bad = answers(0)
	eleven := 11
	bad.Confidence.Value = &eleven
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, bad), ally.EINVALID)
	bad = answers(0)
	bad.Worksheet = &ally.Worksheet{Behaviour: "wine"}
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, bad), ally.EINVALID)

	// Answered once; the second answer fails as an unknown link does.
	clk.Add(time.Hour)
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, answers(1)), "")
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, token, answers(0)), ally.ENOTFOUND)
	_, err = s.CheckIns.OpenCheckIn(anon, token)
	wantCode(t, err, ally.ENOTFOUND)
	used := ally.ErrorMessage(err)

	list, err := s.CheckIns.FindCheckIns(ctx, client.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].AnsweredAt == nil || !list[0].AnsweredAt.Equal(now.Add(time.Hour)) ||
		list[0].Answers.DidNotFit != "The homework felt like too much" || *list[0].Answers.Importance.Value != 7 ||
		list[0].Answers.Confidence.Value != nil || !list[0].Flagged() {
		t.Fatalf("stored: %+v %+v", list[0], list[0].Answers)
	}
	flagged, err := s.CheckIns.FindFlaggedCheckIns(ctx)
	if err != nil || len(flagged) != 1 {
		t.Fatalf("flagged: %d, %v", len(flagged), err)
	}
	answered, err := s.CheckIns.FindAnsweredCheckIns(ctx, now)
	if err != nil || len(answered) != 1 {
		t.Fatalf("answered since: %d, %v", len(answered), err)
	}
	if answered, _ := s.CheckIns.FindAnsweredCheckIns(ctx, now.Add(2*time.Hour)); len(answered) != 0 {
		t.Errorf("answered after: got %d, want 0", len(answered))
	}
	wantCode(t, s.CheckIns.AcknowledgeFlag(ctx, c.ID), "")
	wantCode(t, s.CheckIns.AcknowledgeFlag(ctx, c.ID), "")
	if flagged, _ := s.CheckIns.FindFlaggedCheckIns(ctx); len(flagged) != 0 {
		t.Errorf("after acknowledging: %d flagged", len(flagged))
	}
	if list, _ := s.CheckIns.FindCheckIns(ctx, client.ID); list[0].AcknowledgedAt == nil || list[0].Flagged() {
		t.Errorf("acknowledged: %+v", list[0])
	}

	// An answer of "not at all" to item nine raises no flag, and there is
	// nothing to acknowledge.
	calm := &ally.CheckIn{ClientID: client.ID, PHQ9: true, Worksheet: true, ExpiresAt: clk.Now().Add(time.Hour)}
	calmToken, _ := s.CheckIns.CreateCheckIn(ctx, calm)
	a := answers(0)
	a.Worksheet = &ally.Worksheet{Behaviour: "wine after work", Gives: []string{"rest"}, Costs: "sleep"}
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, calmToken, a), "")
	wantCode(t, s.CheckIns.AcknowledgeFlag(ctx, calm.ID), ally.EINVALID)
	list, _ = s.CheckIns.FindCheckIns(ctx, client.ID)
	if len(list) != 2 || list[0].ID != calm.ID || list[0].Flagged() {
		t.Fatalf("newest first, unflagged: got %+v", list[0])
	}
	if w := list[0].Answers.Worksheet; w == nil || w.By != ally.ByClient || w.CheckInID != calm.ID ||
		w.ClientID != client.ID || w.Behaviour != "wine after work" {
		t.Errorf("worksheet: %+v", w)
	}

	// Expiry: open until the instant it expires, then gone like the rest.
	late := &ally.CheckIn{ClientID: client.ID, ExpiresAt: clk.Now().Add(24 * time.Hour)}
	lateToken, _ := s.CheckIns.CreateCheckIn(ctx, late)
	clk.Add(24*time.Hour - time.Second)
	if _, err := s.CheckIns.OpenCheckIn(anon, lateToken); err != nil {
		t.Fatalf("a second before expiry: %v", err)
	}
	clk.Add(time.Second)
	_, err = s.CheckIns.OpenCheckIn(anon, lateToken)
	wantCode(t, err, ally.ENOTFOUND)
	wantCode(t, s.CheckIns.AnswerCheckIn(anon, lateToken, &ally.CheckInAnswers{PHQ9Difficulty: -1, GAD7Difficulty: -1}), ally.ENOTFOUND)
	expired := ally.ErrorMessage(err)

	// Unknown tokens, and the same message for all three.
	for _, tok := range []string{"", "x", token + "x", lateToken[:len(lateToken)-1]} {
		_, err := s.CheckIns.OpenCheckIn(anon, tok)
		wantCode(t, err, ally.ENOTFOUND)
		if ally.ErrorMessage(err) != used || used != expired {
			t.Errorf("messages differ: unknown %q, used %q, expired %q", ally.ErrorMessage(err), used, expired)
		}
	}

	// Creating: the future, within the limit, for one's own client.
	wantCode(t, func() error {
		_, err := s.CheckIns.CreateCheckIn(ctx, &ally.CheckIn{ClientID: client.ID, ExpiresAt: clk.Now()})
		return err
	}(), ally.EINVALID)
	wantCode(t, func() error {
		_, err := s.CheckIns.CreateCheckIn(ctx, &ally.CheckIn{ClientID: client.ID, ExpiresAt: clk.Now().Add(sqlite.MaxCheckInLife + time.Hour)})
		return err
	}(), ally.EINVALID)

	// Only the hash is stored: no token appears in the file.
	db.Close()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil && suffix == "" {
			t.Fatal(err)
		}
		for _, tok := range []string{token, calmToken, lateToken} {
			if bytes.Contains(b, []byte(tok)) {
				t.Errorf("the token %s is in the database file%s", tok, suffix)
			}
		}
		for _, text := range []string{"homework", "wine after work"} {
			if bytes.Contains(b, []byte(text)) {
				t.Errorf("the answer %q is in clear in the database file%s", text, suffix)
			}
		}
	}
}

// TestCheckInScope checks the scoped methods refuse another professional's
// check-ins as if they did not exist, and refuse nobody.
func TestCheckInScope(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctxA, _ := MustSignIn(t, s, "a@example.org")
	ctxB, _ := MustSignIn(t, s, "b@example.org")
	client := MustCreateClient(t, ctxA, s, "Sam", nil)
	c := &ally.CheckIn{ClientID: client.ID, PHQ9: true, ExpiresAt: now.Add(time.Hour)}
	token, err := s.CheckIns.CreateCheckIn(ctxA, c)
	if err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.CheckIns.AnswerCheckIn(context.Background(), token, answers(2)), "")

	for _, tt := range []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"CreateCheckIn", func(ctx context.Context) error {
			_, err := s.CheckIns.CreateCheckIn(ctx, &ally.CheckIn{ClientID: client.ID, ExpiresAt: now.Add(time.Hour)})
			return err
		}},
		{"FindCheckIns", func(ctx context.Context) error { _, err := s.CheckIns.FindCheckIns(ctx, client.ID); return err }},
		{"AcknowledgeFlag", func(ctx context.Context) error { return s.CheckIns.AcknowledgeFlag(ctx, c.ID) }},
	} {
		wantCode(t, tt.call(ctxB), ally.ENOTFOUND)
		wantCode(t, tt.call(context.Background()), ally.EUNAUTHORIZED)
	}
	if list, err := s.CheckIns.FindFlaggedCheckIns(ctxB); err != nil || len(list) != 0 {
		t.Errorf("B sees %d flags, %v", len(list), err)
	}
	if list, err := s.CheckIns.FindAnsweredCheckIns(ctxB, time.Time{}); err != nil || len(list) != 0 {
		t.Errorf("B sees %d answers, %v", len(list), err)
	}
	_, err = s.CheckIns.FindFlaggedCheckIns(context.Background())
	wantCode(t, err, ally.EUNAUTHORIZED)
	if list, _ := s.CheckIns.FindFlaggedCheckIns(ctxA); len(list) != 1 {
		t.Errorf("A's flag: got %d, want 1", len(list))
	}
}

// A worksheet the client answers through a link joins the client's
// worksheets, marked as theirs; one left empty is not filed.
func TestCheckInWorksheetIsFiled(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	client := MustCreateClient(t, ctx, s, "Sam", nil)
	anon := context.Background()

	answer := func(w *ally.Worksheet) int64 {
		t.Helper()
		c := &ally.CheckIn{ClientID: client.ID, Worksheet: true, ExpiresAt: now.Add(24 * time.Hour)}
		token, err := s.CheckIns.CreateCheckIn(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		a := &ally.CheckInAnswers{PHQ9Difficulty: -1, GAD7Difficulty: -1, Worksheet: w}
		if err := s.CheckIns.AnswerCheckIn(anon, token, a); err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	id := answer(&ally.Worksheet{Behaviour: "Scrolling late", Gives: []string{"rest"}, Costs: "sleep"})
	answer(&ally.Worksheet{Behaviour: "  "})

	sheets, err := s.Worksheets.FindWorksheets(ctx, client.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sheets) != 1 {
		t.Fatalf("got %d worksheets, want the one answered", len(sheets))
	}
	if w := sheets[0]; w.By != ally.ByClient || w.CheckInID != id || w.Behaviour != "Scrolling late" || w.Costs != "sleep" {
		t.Errorf("filed worksheet: got %+v", w)
	}
}
