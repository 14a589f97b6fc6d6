package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
)

// binary is the path of the ally built for the end-to-end tests.
var binary string

// TestMain builds the real binary once, so end-to-end tests run exactly what
// users run: flag parsing, exit codes and all.
func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "ally-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "ally")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build ally:", err)
		return 1
	}
	return m.Run()
}

// result is what one run of ally gave.
type result struct {
	stdout, stderr string
	code           int
}

// runBinary runs the built ally in dir with args.
func runBinary(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("run ally %v: %v", args, err)
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), code: cmd.ProcessState.ExitCode()}
}

// runMain runs Main in-process with coder, optionally on a terminal.
func runMain(t *testing.T, ctx context.Context, m *Main, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m.Stdout, m.Stderr = &stdout, &stderr
	if m.Stdin == nil {
		m.Stdin = strings.NewReader("")
	}
	code := m.Run(ctx, args)
	return result{stdout: stdout.String(), stderr: stderr.String(), code: code}
}

// session returns a Zoom-style WebVTT session of n exchanges between a
// practitioner and a client; n makes sessions of different sizes.
func session(practitioner, client string, n int) string {
	var b strings.Builder
	b.WriteString("WEBVTT\n\n")
	cue := 0
	for range n {
		for _, line := range []string{
			practitioner + ": What would you like to talk about today?",
			client + ": I keep saying I'll cut down on drinking, but evenings are hard.",
		} {
			start, end := 10*cue, 10*cue+5
			fmt.Fprintf(&b, "%d\n00:%02d:%02d.000 --> 00:%02d:%02d.000\n%s\n\n",
				cue+1, start/60, start%60, end/60, end%60, line)
			cue++
		}
	}
	return b.String()
}

// writeFiles writes files (name → content) under dir, making folders.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fakeCoder codes by role alone: every client utterance is sustain talk and
// every practitioner one a complex reflection. It is stateless, so safe
// for the workers to share.
type fakeCoder struct{}

func (fakeCoder) CodeTranscript(t *ally.Transcript) {
	for i := range t.Utterances {
		u := &t.Utterances[i]
		if u.Role == ally.RoleClient {
			u.Code = ally.Code{Label: ally.CodeSustain, Confidence: 0.75}
		} else {
			u.Code = ally.Code{Label: ally.CodeReflection, Subcode: ally.SubComplex, Confidence: 0.875}
		}
	}
}
