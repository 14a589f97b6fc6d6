package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ally-mi/ally"
)

// writeOutput writes a finished report to standard output or to the file
// named, as writeRendered does.
func (m *Main) writeOutput(path string, data []byte) error {
	return m.writeRendered(context.Background(), path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeRendered writes what render writes to standard output or to the
// file named. A regular file is written under a temporary name in the
// directory it lives in and renamed into place, so an interrupted or failed
// run never leaves half a report, nor replaces a good file with one; the
// report goes straight into that file, never whole into memory, since a
// long session's report is several times the size of its transcript. A
// symbolic link is written through, to the file it names; a device or a
// pipe (/dev/stdout, /dev/null), and standard output, get the report once
// it is whole, as they cannot be taken back. Cancelling ctx stops the
// wait for render and leaves the file as it was.
func (m *Main) writeRendered(ctx context.Context, path string, render func(io.Writer) error) error {
	whole := func() ([]byte, error) {
		var buf bytes.Buffer
		err := interruptible(ctx, func() error { return render(&buf) })
		return buf.Bytes(), err
	}
	if path == "" || path == "-" {
		data, err := whole()
		if err != nil {
			return err
		}
		_, err = m.Stdout.Write(data)
		return err
	}
	fail := func(err error) error {
		return ally.Errorf(ally.EINVALID, "cannot write %s: %v", path, reason(err))
	}
	target := path
	info, err := os.Stat(path)
	switch {
	case err == nil && !info.Mode().IsRegular():
		if info.IsDir() {
			return ally.Errorf(ally.EINVALID, "cannot write %s: it is a directory", path)
		}
		return writeDevice(path, whole, fail)
	case err == nil && isDeviceName(path):
		// /dev/stdout redirected to a file: write where the shell put it,
		// in append mode if it opened it so, not over a file it named.
		return writeDevice(path, whole, fail)
	case err == nil:
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return fail(err)
		}
		if _, err := os.Stat(target); err != nil {
			// A link the kernel follows but no path names (/dev/stdout to
			// a deleted file): write through the link itself.
			return writeDevice(path, whole, fail)
		}
	case errors.Is(err, fs.ErrNotExist):
		if l, lerr := os.Lstat(path); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
			return ally.Errorf(ally.EINVALID, "cannot write %s: it is a symbolic link to a file that does not exist", path)
		}
	default:
		return fail(err)
	}
	f, err := os.CreateTemp(filepath.Dir(target), ".ally-*.tmp")
	if err != nil {
		return fail(err)
	}
	tmp := f.Name()
	fw := &fileWriter{f: f}
	bw := bufio.NewWriterSize(fw, 1<<16)
	rerr := interruptible(ctx, func() error {
		if err := render(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if rerr != nil {
		// Closed and removed while an interrupted render may still write
		// to it: its writes then go nowhere.
		f.Close()
		os.Remove(tmp)
		if fw.err != nil && ctx.Err() == nil {
			return fail(fw.err) // the disk, not the report, failed
		}
		return rerr
	}
	err = f.Close()
	if err == nil && info != nil {
		// A replaced file keeps its permissions. A new one stays private
		// as CreateTemp made it: reports hold clients' words.
		err = os.Chmod(tmp, info.Mode().Perm())
	}
	if err == nil {
		err = os.Rename(tmp, target)
	}
	if err != nil {
		os.Remove(tmp)
		return fail(err)
	}
	return nil
}

// fileWriter writes to f and keeps the first error, so a failed write
// is told as the file's, not as the report's that was being written.
type fileWriter struct {
	f   *os.File
	err error
}

func (w *fileWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// isDeviceName reports whether path lies under /dev or /proc, whose files
// stand for open files and devices rather than being files themselves.
func isDeviceName(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	return strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/")
}

// writeDevice writes the report whole gives to a device or a pipe, which
// cannot be replaced by renaming and is not truncated.
func writeDevice(path string, whole func() ([]byte, error), fail func(error) error) error {
	data, err := whole()
	if err != nil {
		return err
	}
	// Appending, so a file the shell opened behind /dev/stdout is added
	// to, as ">>" asks and ">" (which emptied it) allows.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fail(err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	return nil
}

// refuseOverwrite returns a usage error when output names one of inputs,
// by any path: the same name, a symbolic or hard link, another spelling.
// what says what the inputs are, for the message.
func refuseOverwrite(output, what string, inputs ...string) error {
	for _, in := range inputs {
		if sameFile(in, output) {
			return usageErrorf("-o %s would overwrite %s %s; name another file", output, what, in)
		}
	}
	return nil
}

// sameFile reports whether paths a and b name one existing file; "-" is
// standard input or output, never a file.
func sameFile(a, b string) bool {
	if a == "-" || b == "-" || a == "" || b == "" {
		return false
	}
	x, errA := os.Stat(a)
	y, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(x, y)
}

// summaryHeads are how the summaries analyze writes begin, in text, CSV and
// JSON: the formats whose files a folder walk picks up as transcripts.
var summaryHeads = [][]byte{
	[]byte("Sessions ("),
	[]byte("name,format,utterances,"),
	[]byte("{\n  \"sessions\": ["),
}

// isSummary reports whether the file at path is a summary an earlier
// analyze wrote, which a run may replace though it lies among the inputs.
func isSummary(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 64)
	n, _ := io.ReadFull(f, head)
	for _, h := range summaryHeads {
		if bytes.HasPrefix(head[:n], h) {
			return true
		}
	}
	return false
}

// checkInput refuses an input that is neither a regular file nor a
// directory, before it is opened: opening a named pipe waits for a writer,
// and a device such as /dev/zero never ends.
func checkInput(path string) error {
	info, err := os.Stat(path)
	if err != nil || info.Mode().IsRegular() || info.IsDir() {
		return nil // reading it will say what is wrong, if anything
	}
	kind := "a device"
	switch {
	case info.Mode()&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case info.Mode()&fs.ModeSocket != 0:
		kind = "a socket"
	}
	return ally.Errorf(ally.EINVALID, "%s is %s, not a regular file", path, kind)
}

// reason returns the cause of a file system error without the path, which
// the message names already.
func reason(err error) string {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err.Error()
	case errors.As(err, &le):
		return le.Err.Error()
	}
	return err.Error()
}
