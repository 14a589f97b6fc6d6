package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ally-mi/ally"
)

// These tests pin down that no command loses a file or runs away with a
// resource: inputs are never overwritten by any path, -o writes through
// links and into devices, odd inputs are refused before they are opened,
// and Ctrl-C stops a command without writing.

// TestNoInputOverwritten runs every command with -o naming one of its
// inputs, by name, through a folder, a symbolic link and a hard link.
func TestNoInputOverwritten(t *testing.T) {
	dir := t.TempDir()
	transcriptText := session("Dr Rivera", "Sam", 2)
	coded := codedSessions(3)
	writeFiles(t, dir, map[string]string{
		"in/session.vtt": transcriptText,
		"in/other.vtt":   session("Dr Rivera", "Ann", 2),
		"coded.csv":      coded,
	})
	if err := os.Symlink("in/session.vtt", filepath.Join(dir, "link.vtt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(filepath.Join(dir, "coded.csv"), filepath.Join(dir, "hard.csv")); err != nil {
		t.Fatal(err)
	}
	if r := runBinary(t, dir, "train", "-o", "model.json", "coded.csv"); r.code != 0 {
		t.Fatalf("train: exit %d; stderr: %s", r.code, r.stderr)
	}
	model, _ := os.ReadFile(filepath.Join(dir, "model.json"))
	tests := []struct {
		name string
		args []string
	}{
		{"analyze into the folder it reads", []string{"analyze", "-o", "in/session.vtt", "in"}},
		{"analyze through a symbolic link", []string{"analyze", "-o", "link.vtt", "in"}},
		{"analyze over its model", []string{"analyze", "--model", "model.json", "-o", "model.json", "in/session.vtt"}},
		{"eval over its data", []string{"eval", "-o", "coded.csv", "coded.csv"}},
		{"eval over its data by a hard link", []string{"eval", "-o", "hard.csv", "coded.csv"}},
		{"eval over its model", []string{"eval", "--model", "model.json", "-o", "model.json", "coded.csv"}},
		{"train over its data", []string{"train", "-o", "coded.csv", "coded.csv"}},
		{"train over its data by another name", []string{"train", "-o", "./in/../coded.csv", "coded.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, dir, tt.args...)
			if r.code != exitUsage || !strings.Contains(r.stderr, "would overwrite") {
				t.Errorf("exit %d, stderr %q; want %d and \"would overwrite\"", r.code, r.stderr, exitUsage)
			}
		})
	}
	for name, want := range map[string]string{"in/session.vtt": transcriptText, "coded.csv": coded, "model.json": string(model)} {
		if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(got) != want {
			t.Errorf("%s was changed (err %v)", name, err)
		}
	}
	if info, err := os.Lstat(filepath.Join(dir, "link.vtt")); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.vtt is no longer a symbolic link (err %v)", err)
	}
}

// TestOutputThroughLinksAndDevices writes reports to a symbolic link and to
// a named pipe: the link stays a link and its file gets the report, keeping
// its permissions; the pipe stays a pipe and carries the report.
func TestOutputThroughLinksAndDevices(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links and named pipes differ on Windows")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.vtt": session("Dr Rivera", "Sam", 2), "reports/r.txt": "old"})
	real := filepath.Join(dir, "reports", "r.txt")
	if err := os.Chmod(real, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "latest.txt")
	if err := os.Symlink(filepath.Join("reports", "r.txt"), link); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "s.vtt")
	if r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", "-o", link, path); r.code != 0 {
		t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("latest.txt is no longer a symbolic link (err %v)", err)
	}
	info, err := os.Stat(real)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(real); !strings.HasPrefix(string(got), "Session ") {
		t.Errorf("the linked file holds %q, want the report", got)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("the linked file has mode %v, want 0640 kept", info.Mode().Perm())
	}

	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	// Held open for reading and writing, the pipe never makes a writer
	// wait, and the test reads what ally wrote from the pipe's buffer.
	f, err := os.OpenFile(pipe, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", "--format", "csv", "-o", pipe, path); r.code != 0 {
		t.Fatalf("exit %d; stderr: %s", r.code, r.stderr)
	}
	if info, err := os.Lstat(pipe); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced (mode %v, err %v)", info.Mode(), err)
	}
	buf := make([]byte, 64)
	f.SetReadDeadline(time.Now().Add(10 * time.Second)) // only so a broken run cannot hang the test
	if n, _ := f.Read(buf); !strings.HasPrefix(string(buf[:n]), "index,speaker,") {
		t.Errorf("the pipe carried %q, want the CSV report", buf[:n])
	}
}

// TestOddInputsRefused names a named pipe and a device as inputs: each is
// refused at once with a message that says what it is, where reading it
// would wait for ever or never end.
func TestOddInputsRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes or /dev/null on Windows")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"coded.csv": codedSessions(2)})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.vtt"), 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"analyze", "pipe.vtt"}, "pipe.vtt is a named pipe, not a transcript file"},
		{[]string{"analyze", "/dev/null"}, "/dev/null is a device"},
		{[]string{"eval", "pipe.vtt"}, "pipe.vtt is a named pipe, not a regular file"},
		{[]string{"eval", "/dev/null"}, "/dev/null is a device, not a regular file"},
		{[]string{"train", "--cv", "2", "/dev/null"}, "/dev/null is a device, not a regular file"},
		{[]string{"eval", "--model", "pipe.vtt", "coded.csv"}, "pipe.vtt is a named pipe"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			// Today a pipe with no writer blocks the open for ever; the
			// deadline only keeps a regression from hanging the suite.
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary, tt.args...)
			cmd.Dir = dir
			out, _ := cmd.CombinedOutput()
			if code := cmd.ProcessState.ExitCode(); code != exitError || !strings.Contains(string(out), tt.msg) {
				t.Errorf("exit %d, output %q; want %d and %q", code, out, exitError, tt.msg)
			}
		})
	}
}

// TestLearningSizeLimit holds eval and train to the size limit every
// reader has.
func TestLearningSizeLimit(t *testing.T) {
	dir := t.TempDir()
	big := codedSessions(1) + strings.Repeat("s0,Sam,client,neutral,,\"Fine, I suppose.\"\n", 40000)
	writeFiles(t, dir, map[string]string{"big.csv": big})
	for _, args := range [][]string{{"eval"}, {"train", "--cv", "2"}} {
		args = append(args, "--max-size", "1", filepath.Join(dir, "big.csv"))
		r := runMain(t, context.Background(), &Main{}, args...)
		if r.code == 0 || !strings.Contains(r.stderr, "is over 1 MB") {
			t.Errorf("%s: exit %d, stderr %q; want a refusal over 1 MB", args[0], r.code, r.stderr)
		}
	}
}

// stuckCoder cancels the run, as Ctrl-C does, and then keeps coding, as a
// long session does; it gives up after a while only so that a regression
// fails the test rather than hanging it.
type stuckCoder struct {
	cancel  context.CancelFunc
	release chan struct{}
}

func (c stuckCoder) CodeTranscript(t *ally.Transcript) {
	c.cancel()
	select {
	case <-c.release:
	case <-time.After(30 * time.Second):
	}
	fakeCoder{}.CodeTranscript(t)
}

// TestInterruptStopsAtOnce presses Ctrl-C while one session is coded: the
// command stops with exit 130 and leaves the earlier report as it was.
func TestInterruptStopsAtOnce(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.vtt": session("Dr Rivera", "Sam", 2), "report.txt": "earlier report"})
	for _, args := range [][]string{
		{"analyze", "-o", filepath.Join(dir, "report.txt"), filepath.Join(dir, "s.vtt")},
		{"analyze", "-o", filepath.Join(dir, "report.txt"), filepath.Join(dir, "s.vtt"), filepath.Join(dir, "s.vtt")},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		release := make(chan struct{})
		r := runMain(t, ctx, &Main{Coder: stuckCoder{cancel: cancel, release: release}}, args...)
		close(release)
		cancel()
		if r.code != exitInterrupted || !strings.Contains(r.stderr, "interrupted") {
			t.Errorf("%d inputs: exit %d, stderr %q; want %d and interrupted", len(args)-3, r.code, r.stderr, exitInterrupted)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "report.txt")); string(got) != "earlier report" {
			t.Errorf("%d inputs: the earlier report became %.40q", len(args)-3, got)
		}
	}
}

// TestTimesBeyondADay refuses a transcript whose cues sit at 999999 hours,
// which made a timeline of a hundred megabytes, naming the line.
func TestTimesBeyondADay(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.vtt": "WEBVTT\n\n999999:00:01.000 --> 999999:00:02.000\nDana: How are you?\n\n999999:00:03.000 --> 999999:00:04.000\nSam: Fine.\n"})
	r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", "--format", "html", filepath.Join(dir, "s.vtt"))
	if r.code != exitError || !strings.Contains(r.stderr, "line 3: time 999999:00:01.000 is beyond a day's length") || r.stdout != "" {
		t.Errorf("exit %d, stderr %q, %d bytes out; want 1, the line, nothing", r.code, r.stderr, len(r.stdout))
	}
}

// TestAnalyzeWarnings prints what the reader read around on stderr, one
// line each, for one file and for a folder.
func TestAnalyzeWarnings(t *testing.T) {
	dir := t.TempDir()
	bad := strings.Replace(session("Dr Rivera", "Sam", 2), "00:00:10.000 --> 00:00:15.000", "00:00:10.000 --> 00:00:75.000", 1)
	writeFiles(t, dir, map[string]string{"in/s.vtt": bad})
	path := filepath.Join(dir, "in", "s.vtt")
	for _, arg := range []string{path, filepath.Join(dir, "in")} {
		r := runMain(t, context.Background(), &Main{Coder: fakeCoder{}}, "analyze", "--format", "csv", arg)
		if r.code != 0 || !strings.Contains(r.stderr, "ally: warning: "+path+": line 8: cue timing") {
			t.Errorf("analyze %s: exit %d, stderr %q; want the warning", arg, r.code, r.stderr)
		}
	}
}
