package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

// These tests run Main in-process with a fake coder, so they can check what
// the reports say.

func TestRunReportContent(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.vtt": session("Dr Rivera", "Sam", 3)})
	path := filepath.Join(dir, "s.vtt")

	r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", "--format", "json", path)
	if r.code != 0 {
		t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
	}
	var doc ally.Document
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Summary.Counts, (ally.Counts{Sustain: 3, Reflection: 3}); got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
	if got, want := doc.Summary.BySpeaker["Sam"].Sustain, 3; got != want {
		t.Errorf("Sam's sustain talk = %d, want %d", got, want)
	}
	if got, want := doc.Utterances[0].Subcode, "complex"; got != want {
		t.Errorf("first subcode = %q, want %q", got, want)
	}

	r = runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", path)
	if !strings.Contains(r.stdout, "Dr Rivera: reflection/complex 88%") {
		t.Errorf("text report lacks the coded utterance:\n%s", r.stdout)
	}
}

func TestRunStdin(t *testing.T) {
	m := &Main{Coder: fakeCoder{}, Stdin: strings.NewReader(session("Dr Rivera", "Sam", 2))}
	r := runMain(t, context.Background(), m, "analyze", "--format", "csv", "-")
	if r.code != 0 {
		t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
	}
	if got, want := strings.Count(r.stdout, "\n"), 5; got != want {
		t.Errorf("%d lines, want %d:\n%s", got, want, r.stdout)
	}
}

func TestRunWalk(t *testing.T) {
	dir := t.TempDir()
	s := session("Dr Rivera", "Sam", 1)
	writeFiles(t, dir, map[string]string{
		"b.vtt":            s,
		"a.SRT":            s,
		"sub/c.vtt":        s,
		"notes.md":         "not a transcript",
		".hidden.vtt":      s,
		".git/d.vtt":       s,
		"sub/.cache/e.vtt": s,
	})
	r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", "--format", "json", dir)
	if r.code != 0 {
		t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
	}
	var doc report.SummaryDocument
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range doc.Sessions {
		rel, _ := filepath.Rel(dir, s.Name)
		names = append(names, filepath.ToSlash(rel))
	}
	if got, want := strings.Join(names, " "), "a.SRT b.vtt sub/c.vtt"; got != want {
		t.Errorf("sessions = %s, want %s", got, want)
	}
}

// slowFirstCoder takes longer the earlier a transcript's name sorts, so with
// several workers the files finish in reverse order.
type slowFirstCoder struct{}

func (slowFirstCoder) CodeTranscript(t *ally.Transcript) {
	base := filepath.Base(t.Name)
	time.Sleep(time.Duration('z'-base[0]) * 2 * time.Millisecond)
	fakeCoder{}.CodeTranscript(t)
}

func TestRunOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i, name := range []string{"a.vtt", "b.vtt", "c.vtt", "d.vtt", "e.vtt"} {
		writeFiles(t, dir, map[string]string{name: session("Dr Rivera", "Sam", i+1)})
		args = append(args, filepath.Join(dir, name))
	}
	r := runMain(t, context.Background(), &Main{Coder: slowFirstCoder{}},
		append([]string{"analyze", "--jobs", "5", "--format", "json"}, args...)...)
	if r.code != 0 {
		t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
	}
	var doc report.SummaryDocument
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	for i, s := range doc.Sessions {
		if s.Name != args[i] || s.Utterances != 2*(i+1) {
			t.Errorf("session %d = %s with %d utterances, want %s with %d", i, s.Name, s.Utterances, args[i], 2*(i+1))
		}
	}
}

func TestRunProgress(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.vtt": session("A", "B", 1), "b.vtt": session("A", "B", 1)})
	for _, terminal := range []bool{false, true} {
		m := &Main{Coder: fakeCoder{}, StderrIsTerminal: terminal}
		r := runMain(t, context.Background(), m, "analyze", dir)
		if r.code != 0 {
			t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
		}
		if got := strings.Contains(r.stderr, "2/2 sessions"); got != terminal {
			t.Errorf("terminal %v: progress shown = %v; stderr %q", terminal, got, r.stderr)
		}
		if terminal && !strings.HasSuffix(r.stderr, "\r") {
			t.Errorf("progress bar not cleared: %q", r.stderr)
		}
	}
}

// cancellingCoder cancels the run on its first transcript, as if the user
// pressed Ctrl-C while a session was being coded.
type cancellingCoder struct {
	cancel context.CancelFunc
	once   sync.Once
}

func (c *cancellingCoder) CodeTranscript(t *ally.Transcript) {
	c.once.Do(c.cancel)
	fakeCoder{}.CodeTranscript(t)
}

func TestRunCancel(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for _, name := range []string{"a", "b", "c", "d", "e", "f"} {
		files[name+".vtt"] = session("A", "B", 1)
	}
	writeFiles(t, dir, files)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := runMain(t, ctx, &Main{Coder: &cancellingCoder{cancel: cancel}}, "analyze", "--jobs", "1", dir)
	if r.code != 130 || !strings.Contains(r.stderr, "interrupted") {
		t.Errorf("exit %d, stderr %q; want 130 and interrupted", r.code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout = %q after an interrupted run, want nothing", r.stdout)
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args       []string
		positional string
		format     string
		jobs       int
		err        bool
	}{
		{[]string{"a.vtt"}, "a.vtt", "text", 2, false},
		{[]string{"--format", "json", "a.vtt"}, "a.vtt", "json", 2, false},
		{[]string{"a.vtt", "--format", "json"}, "a.vtt", "json", 2, false},
		{[]string{"a.vtt", "-jobs=3", "b.vtt", "--format=csv"}, "a.vtt b.vtt", "csv", 3, false},
		{[]string{"--", "-odd.vtt", "--format"}, "-odd.vtt --format", "text", 2, false},
		{[]string{"a.vtt", "--format"}, "", "", 0, true},
		{[]string{"--jobs", "many"}, "", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			m := &Main{Stdout: &strings.Builder{}, Stderr: &strings.Builder{}}
			fs := m.newFlagSet("test", "test", "test")
			format := fs.String("format", "text", "")
			jobs := fs.Int("jobs", 2, "")
			got, err := m.parseArgs(fs, tt.args)
			if tt.err {
				if _, ok := err.(*usageError); !ok {
					t.Errorf("error = %v, want a usage error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, " ") != tt.positional || *format != tt.format || *jobs != tt.jobs {
				t.Errorf("got %q format=%s jobs=%d, want %q format=%s jobs=%d",
					got, *format, *jobs, tt.positional, tt.format, tt.jobs)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		code   int
		stderr string
	}{
		{"ok", nil, 0, ""},
		{"usage", usageErrorf("no transcript given"), 2, "ally analyze: no transcript given\n"},
		{"invalid", &fileError{"x.vtt", ally.Errorf(ally.EINVALID, "x.vtt: line 3: bad time")}, 1, "ally: x.vtt: line 3: bad time\n"},
		{"unnamed file", &fileError{"x.vtt", ally.Errorf(ally.EINVALID, "bad time")}, 1, "ally: x.vtt: bad time\n"},
		{"internal", ally.Errorf(ally.EINTERNAL, "disk on fire"), 1, "ally: internal error: disk on fire\n"},
		{"plain", context.DeadlineExceeded, 1, "ally: internal error: context deadline exceeded\n"},
		{"reported", errReported, 1, ""},
		{"canceled", context.Canceled, 130, "ally: interrupted\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr strings.Builder
			m := &Main{Stderr: &stderr}
			if got := m.exitCode("analyze", tt.err); got != tt.code {
				t.Errorf("code = %d, want %d", got, tt.code)
			}
			if !strings.HasPrefix(stderr.String(), tt.stderr) {
				t.Errorf("stderr = %q, want it to start with %q", stderr.String(), tt.stderr)
			}
		})
	}
}
