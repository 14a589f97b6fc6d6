package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportCodedTrainServe goes the way a practice retrains the coder:
// sessions added, exported with their codes, trained on beside a base set,
// and the new model served.
func TestExportCodedTrainServe(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	writeFiles(t, dir, map[string]string{"one.vtt": session("Dr Rivera", "Sam", 4), "base.csv": codedSessions(6)})
	mustUser(t, data, "kim@example.org", "Kim Lee")
	if r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "session", "add", "--data", data,
		"--client", "Sam Lowe", "--consent", filepath.Join(dir, "one.vtt")); r.code != 0 {
		t.Fatalf("session add: exit %d, stderr %q", r.code, r.stderr)
	}

	exported := filepath.Join(dir, "exported.csv")
	r := runMain(t, context.Background(), &Main{}, "export-coded", "--data", data, "-o", exported)
	if r.code != 0 || !strings.Contains(r.stderr, "wrote 1 coded sessions") {
		t.Fatalf("export-coded: exit %d, stderr %q", r.code, r.stderr)
	}
	info, err := os.Stat(exported)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("export written %v, want -rw------- (it holds clients' words)", perm)
	}
	b, _ := os.ReadFile(exported)
	if got := string(b); !strings.HasPrefix(got, "session,speaker,role,code,subcode,text\n") ||
		!strings.Contains(got, ",client 1,client,sustain,,") || strings.Contains(got, "Sam") {
		t.Errorf("export:\n%s", got)
	}

	// An existing file is never overwritten, the export included.
	r = runMain(t, context.Background(), &Main{}, "export-coded", "--data", data, "-o", exported)
	if r.code != 1 || !strings.Contains(r.stderr, "exists already") {
		t.Errorf("export over an existing file: exit %d, stderr %q", r.code, r.stderr)
	}
	if again, _ := os.ReadFile(exported); string(again) != string(b) {
		t.Error("the existing file changed")
	}
	if r := runMain(t, context.Background(), &Main{}, "export-coded", "--data", data); r.code != exitUsage {
		t.Errorf("no -o: exit %d, want %d", r.code, exitUsage)
	}

	model := filepath.Join(dir, "mine.json")
	r = runMain(t, context.Background(), &Main{}, "train", "-o", model, filepath.Join(dir, "base.csv"), exported)
	if r.code != 0 || !strings.Contains(r.stderr, "trained on 7 sessions") {
		t.Fatalf("train on the export: exit %d, stderr %q", r.code, r.stderr)
	}
	base, _, stop := MustServe(t, nil, "--data", data, "--model", model)
	resp, _ := newBrowser(t, base).get("/signin")
	if resp.StatusCode != 200 {
		t.Errorf("serve --model mine.json: sign-in page %d", resp.StatusCode)
	}
	stop()
}
