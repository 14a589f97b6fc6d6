package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// server is `ally serve` running as a child process, so its memory is its
// own and not the bench's.
type server struct {
	cmd  *exec.Cmd
	base string
}

// buildAlly builds the ally command into dir and returns its path.
func buildAlly(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "ally")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/ally-mi/ally/cmd/ally")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("build ally (run the bench from the repository): %w", err)
	}
	return bin, nil
}

// startServer starts `ally serve` on a free loopback port over the data
// directory dir and waits until it listens.
func startServer(bin, dir string) (*server, error) {
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data", dir)
	// The bench's practice, not one the environment names.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ALLY_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	found := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`ally is serving on (http://127\.0\.0\.1:\d+)`)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case base := <-found:
		return &server{cmd: cmd, base: base}, nil
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("ally serve did not start within a minute")
	}
}

// peakMemory returns the server's peak resident memory so far (VmHWM).
func (s *server) peakMemory() string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// stop interrupts the server, as Ctrl-C would, and waits for it.
func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}
