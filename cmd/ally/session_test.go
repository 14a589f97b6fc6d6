package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
)

// mustUser adds a professional to the practice in dir with ally user add.
func mustUser(t *testing.T, dir, email, name string) {
	t.Helper()
	m := &Main{Stdin: strings.NewReader("quiet river at dawn 42\n")}
	if r := runMain(t, context.Background(), m, "user", "add", "--email", email, "--name", name, "--password-stdin", "--data", dir); r.code != 0 {
		t.Fatalf("user add %s: exit %d, stderr %q", email, r.code, r.stderr)
	}
}

// practiceOf returns the clients of the professional with email in the
// practice in dir, each with their sessions in full.
func practiceOf(t *testing.T, dir, email string) map[string][]*ally.Session {
	t.Helper()
	ctx := context.Background()
	p, err := openPractice(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	pro, err := p.svc.Professionals.FindProfessionalByEmail(ctx, email)
	if err != nil {
		t.Fatal(err)
	}
	ctx = ally.NewContextWithProfessional(ctx, pro)
	clients, err := p.svc.Clients.FindClients(ctx, ally.ClientFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]*ally.Session{}
	for _, c := range clients {
		list, err := p.svc.Sessions.FindSessions(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		out[c.Name] = []*ally.Session{}
		for _, s := range list {
			full, err := p.svc.Sessions.FindSessionByID(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			out[c.Name] = append(out[c.Name], full)
		}
	}
	return out
}

func TestSessionAdd(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	writeFiles(t, dir, map[string]string{"one.vtt": session("Dr Rivera", "Sam", 3), "two.vtt": session("Dr Rivera", "Sam", 5), "bad.vtt": "\x00\x01"})
	one, two, bad := filepath.Join(dir, "one.vtt"), filepath.Join(dir, "two.vtt"), filepath.Join(dir, "bad.vtt")
	mustUser(t, data, "kim@example.org", "Kim Lee")
	add := func(args ...string) result {
		t.Helper()
		return runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, append([]string{"session", "add", "--data", data}, args...)...)
	}

	// Without consent nothing is stored, not even the new client.
	r := add("--client", "Ada Park", one)
	if r.code != 1 || !strings.Contains(r.stderr, "no consent to recording and analysis on record") || !strings.Contains(r.stderr, "--consent") {
		t.Errorf("without consent: exit %d, stderr %q; want 1 saying why and how to record it", r.code, r.stderr)
	}
	// A bad file stops the command before anything is stored.
	if r := add("--client", "Ada Park", "--consent", one, bad); r.code != 1 || !strings.Contains(r.stderr, "bad.vtt") {
		t.Errorf("with a bad file: exit %d, stderr %q; want 1 naming it", r.code, r.stderr)
	}
	if got := practiceOf(t, data, "kim@example.org"); len(got) != 0 {
		t.Fatalf("refused commands stored %v", got)
	}

	r = add("--client", "Ada Park", "--consent", "--date", "2026-03-14", one, two)
	if r.code != 0 {
		t.Fatalf("with --consent: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{"added the client Ada Park", "recorded Ada Park's consent", "one.vtt: session", "2026-03-14, 6 utterances", "10 utterances"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout %q lacks %q", r.stdout, want)
		}
	}
	// Consent on record: a later session needs no --consent.
	if r := add("--client", "ada park", one); r.code != 0 {
		t.Fatalf("with consent on record: exit %d, stderr %q", r.code, r.stderr)
	}
	got := practiceOf(t, data, "kim@example.org")
	if len(got) != 1 || len(got["Ada Park"]) != 3 {
		t.Fatalf("got %d clients, %d sessions of Ada Park; want 1 and 3", len(got), len(got["Ada Park"]))
	}
	for _, s := range got["Ada Park"] {
		if s.Transcript == nil || s.Analysis == nil || s.Status != ally.SessionAttended || s.Model != ally.UnversionedModel {
			t.Errorf("session %d: transcript %v, analysis %v, status %s, model %q; want analysed, attended, %q",
				s.ID, s.Transcript != nil, s.Analysis != nil, s.Status, s.Model, ally.UnversionedModel)
		}
	}

	// With a second professional, --as is needed and no account is named.
	mustUser(t, data, "sam@example.org", "Sam Reed")
	r = add("--client", "Ada Park", one)
	if r.code != 1 || !strings.Contains(r.stderr, "several professionals: name one with --as") || strings.Contains(r.stderr, "example.org") {
		t.Errorf("two professionals, no --as: exit %d, stderr %q", r.code, r.stderr)
	}
	// Sam's practice is their own: Kim's client is new to it, and needs consent.
	if r := add("--as", "sam@example.org", "--client", "Ada Park", one); r.code != 1 {
		t.Errorf("another practice's client without consent: exit %d, want 1", r.code)
	}
	if r := add("--as", "SAM@example.org", "--client", "Ada Park", "--consent", one); r.code != 0 {
		t.Errorf("--as sam: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := practiceOf(t, data, "sam@example.org"); len(got["Ada Park"]) != 1 {
		t.Errorf("Sam's practice: got %v, want one session of their own Ada Park", got)
	}
	if r := add("--as", "nobody@example.org", "--client", "Ada Park", one); r.code != 1 || !strings.Contains(r.stderr, "nobody@example.org") {
		t.Errorf("--as an unknown e-mail: exit %d, stderr %q", r.code, r.stderr)
	}

	// Two clients of one name: nothing is filed under the wrong one.
	if r := add("--as", "kim@example.org", "--client", "Ben Cho", "--consent", one); r.code != 0 {
		t.Fatal(r.stderr)
	}
	renameClient(t, data, "kim@example.org", "Ben Cho", "Ada Park")
	if r := add("--as", "kim@example.org", "--client", "Ada Park", one); r.code != 1 || !strings.Contains(r.stderr, "several clients are named") {
		t.Errorf("an ambiguous name: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSessionAddUsage(t *testing.T) {
	for _, args := range [][]string{
		{"session"},
		{"session", "add", "x.vtt"},
		{"session", "add", "--client", "Ada"},
		{"session", "add", "--client", "Ada", "--date", "14/03/2026", "x.vtt"},
	} {
		if r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, args...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d; stderr %q", args, r.code, exitUsage, r.stderr)
		}
	}
}

// renameClient renames the professional's client from to to.
func renameClient(t *testing.T, dir, email, from, to string) {
	t.Helper()
	ctx := context.Background()
	p, err := openPractice(ctx, Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	pro, err := p.svc.Professionals.FindProfessionalByEmail(ctx, email)
	if err != nil {
		t.Fatal(err)
	}
	ctx = ally.NewContextWithProfessional(ctx, pro)
	c, err := p.svc.Clients.FindClientByName(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	c.Name = to
	if err := p.svc.Clients.UpdateClient(ctx, c); err != nil {
		t.Fatal(err)
	}
}
