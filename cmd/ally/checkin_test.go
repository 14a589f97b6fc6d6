package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
)

// mustClients adds clients by name to the practice of email in dir.
func mustClients(t *testing.T, dir, email string, names ...string) {
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
	for _, n := range names {
		if err := p.svc.Clients.CreateClient(ctx, &ally.Client{Name: n}); err != nil {
			t.Fatal(err)
		}
	}
}

// openInvite opens the link url printed for the practice in dir.
func openInvite(t *testing.T, dir, url string) (*ally.CheckInInvite, error) {
	t.Helper()
	p, err := openPractice(context.Background(), Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	_, token, _ := strings.Cut(url, "/checkin/")
	return p.svc.CheckIns.OpenCheckIn(context.Background(), token)
}

func TestCheckInNew(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	mustUser(t, data, "kim@example.org", "Kim Lee")
	mustClients(t, data, "kim@example.org", "Ada Park", "Sam Reed", "sam reed")
	run := func(env map[string]string, args ...string) result {
		t.Helper()
		m := &Main{Getenv: func(k string) string { return env[k] }}
		return runMain(t, context.Background(), m, append([]string{"checkin", "new", "--data", data}, args...)...)
	}

	r := run(nil, "--client", "ada park", "--phq9", "--worksheet")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	url := strings.TrimSpace(r.stdout)
	if !strings.HasPrefix(url, "http://127.0.0.1:8080/checkin/") || strings.Contains(url, "\n") || len(url) < len("http://127.0.0.1:8080/checkin/")+43 {
		t.Fatalf("stdout %q: want the whole link on one line", r.stdout)
	}
	if !strings.Contains(r.stderr, "Ada Park") || !strings.Contains(r.stderr, "shown only now") {
		t.Errorf("stderr %q", r.stderr)
	}
	inv, err := openInvite(t, data, url)
	if err != nil || inv.ProfessionalName != "Kim Lee" || !inv.PHQ9 || inv.GAD7 || !inv.Worksheet {
		t.Fatalf("the printed link opens %+v, %v", inv, err)
	}

	// The base URL: environment over the serve address, the flag over both.
	env := map[string]string{"ALLY_BASE_URL": "https://ally.example.org/", "ALLY_ADDR": "0.0.0.0:9000"}
	if r := run(env, "--client", "Ada Park"); r.code != 0 || !strings.HasPrefix(r.stdout, "https://ally.example.org/checkin/") {
		t.Errorf("ALLY_BASE_URL: exit %d, stdout %q", r.code, r.stdout)
	}
	if r := run(env, "--client", "Ada Park", "--base-url", "https://checkin.example.org"); !strings.HasPrefix(r.stdout, "https://checkin.example.org/checkin/") {
		t.Errorf("--base-url: stdout %q", r.stdout)
	}
	if r := run(map[string]string{"ALLY_ADDR": "10.0.0.2:9000"}, "--client", "Ada Park"); !strings.HasPrefix(r.stdout, "http://10.0.0.2:9000/checkin/") {
		t.Errorf("ALLY_ADDR: stdout %q", r.stdout)
	}

	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--client", "Nobody"}, 1, `no client is named "Nobody"`},
		{[]string{"--client", "Sam Reed"}, 1, "several clients are named"},
		{[]string{"--client", "Ada Park", "--expires", "soon"}, 2, "-expires: give a time from now"},
		{[]string{"--client", "Ada Park", "--expires", "0s"}, 2, "-expires: give a time from now"},
		{[]string{"--client", "Ada Park", "--expires", "9999h"}, 1, "90 days at most"},
		{[]string{"--client", "Ada Park", "--base-url", "ally.example.org"}, 2, "--base-url"},
		{[]string{"--client", "Ada Park", "--as", "nobody@example.org"}, 1, "no professional signs in as"},
		{[]string{"--phq9"}, 2, "--client is required"},
	} {
		r := run(nil, tt.args...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.want) || r.stdout != "" || strings.Contains(r.stderr, "goroutine") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d saying %q", tt.args, r.code, r.stdout, r.stderr, tt.code, tt.want)
		}
	}
	if r := runMain(t, context.Background(), &Main{}, "checkin"); r.code != 2 {
		t.Errorf("no subcommand: exit %d", r.code)
	}

	// The real binary, as a script would run it.
	r = runBinary(t, t.TempDir(), "checkin", "new", "--data", data, "--client", "Ada Park", "--gad7")
	if r.code != 0 || !strings.Contains(r.stdout, "/checkin/") {
		t.Errorf("binary: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := runBinary(t, t.TempDir(), "help", "checkin"); r.code != 0 || !strings.Contains(r.stdout, "--worksheet") {
		t.Errorf("help: exit %d, stdout %q", r.code, r.stdout)
	}
}
