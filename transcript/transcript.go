// Package transcript reads session transcripts (WebVTT, SRT, plain text, CSV
// and JSON) into ally.Transcript values and decides which speaker is the
// practitioner and which are clients.
package transcript

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// MaxFileSize is the largest transcript ally reads unless Options.MaxSize
// says otherwise. A one-hour session is a few hundred kilobytes; anything
// this big is the wrong file.
const MaxFileSize = 20 << 20

// Options control how a transcript is read.
type Options struct {
	// Format forces a reader ("vtt", "srt", "txt", "csv", "json"); "" detects
	// the format from the content, then the file name.
	Format string
	// Practitioner names the practitioner, overriding the role detection.
	// Names compare case- and space-insensitively.
	Practitioner string
	// MaxSize is the most bytes a transcript may hold; 0 means MaxFileSize.
	MaxSize int64
}

// maxSize returns the size limit opt sets.
func (opt Options) maxSize() int64 {
	if opt.MaxSize > 0 {
		return opt.MaxSize
	}
	return MaxFileSize
}

// reader turns decoded text into segments: one speaker's words from one cue,
// line or row, before consecutive segments of a speaker are merged. What it
// reads around (a bad cue, a row without text) goes to w.
type reader func(name, text string, w *warnings) ([]segment, error)

// readers maps each format name to its reader, in the order Formats lists them.
var readers = []struct {
	format string
	read   reader
}{
	{"vtt", readVTT},
	{"srt", readSRT},
	{"txt", readTXT},
	{"csv", readCSV},
	{"json", readJSON},
}

// Formats returns the names of the supported formats, for Options.Format.
func Formats() []string {
	names := make([]string, len(readers))
	for i, r := range readers {
		names[i] = r.format
	}
	return names
}

func readerFor(name, format string) (reader, error) {
	for _, r := range readers {
		if r.format == format {
			return r.read, nil
		}
	}
	return nil, ally.Errorf(ally.EINVALID, "%s: unknown transcript format %q; valid formats are %s",
		name, format, strings.Join(Formats(), ", "))
}

// Parse reads one transcript from data. name is used in messages and as the
// transcript's Name. Errors are *ally.Error with code EINVALID and a message
// naming the line where that applies; data over the size limit is one.
func Parse(name string, data []byte, opt Options) (*ally.Transcript, error) {
	format := strings.ToLower(strings.TrimSpace(opt.Format))
	if format != "" {
		// An unknown format is reported before the content is looked at, so
		// the message is about the option the user typed.
		if _, err := readerFor(name, format); err != nil {
			return nil, err
		}
	}
	if limit := opt.maxSize(); int64(len(data)) > limit {
		return nil, tooBig(name, int64(len(data)), limit)
	}
	var w warnings
	text, err := decodeText(name, data, &w)
	if err != nil {
		return nil, err
	}
	if format == "" {
		format = detect(name, text)
	}
	read, err := readerFor(name, format)
	if err != nil {
		return nil, err
	}
	segs, err := read(name, text, &w)
	if err != nil {
		return nil, err
	}
	return build(name, format, segs, opt.Practitioner, w.result())
}

// build merges segments into a transcript and assigns the speakers' roles.
func build(name, format string, segs []segment, practitioner string, warns []ally.Warning) (*ally.Transcript, error) {
	t := &ally.Transcript{Name: name, Format: format, Utterances: merge(segs), Warnings: warns}
	if len(t.Utterances) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "%s: no utterances found in this %s transcript", name, format)
	}
	if err := assignRoles(t, practitioner); err != nil {
		return nil, err
	}
	return t, nil
}

// Read reads one transcript from r and parses it as Parse does. It reads at
// most the size limit (Options.MaxSize), so a stream that runs on is refused
// without being held in memory.
func Read(r io.Reader, name string, opt Options) (*ally.Transcript, error) {
	limit := opt.maxSize()
	// One byte past the limit tells a stream at the limit from one over it.
	n := limit
	if n < math.MaxInt64 {
		n++
	}
	data, err := io.ReadAll(io.LimitReader(r, n))
	if err != nil {
		return nil, ally.Errorf(ally.EINVALID, "cannot read %s: %s", name, pathErrReason(err))
	} else if int64(len(data)) > limit {
		return nil, ally.Errorf(ally.ETOOLARGE, "%s is over %s, the most ally reads", name, megabytes(limit))
	}
	return Parse(name, data, opt)
}

// ReadFile reads and parses the transcript at path. A missing file is
// ENOTFOUND, a directory, named pipe or device EINVALID, a file over the
// size limit ETOOLARGE.
func ReadFile(path string, opt Options) (*ally.Transcript, error) {
	// Look before opening: opening a named pipe waits for a writer, and a
	// device such as /dev/zero never ends.
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		kind := "a device"
		if info.Mode()&fs.ModeNamedPipe != 0 {
			kind = "a named pipe"
		} else if info.Mode()&fs.ModeSocket != 0 {
			kind = "a socket"
		}
		return nil, ally.Errorf(ally.EINVALID, "%s is %s, not a transcript file; to read from a pipe, give it on standard input as -", path, kind)
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ally.Errorf(ally.ENOTFOUND, "file not found: %s", path)
	} else if err != nil {
		return nil, ally.Errorf(ally.EINVALID, "cannot open %s: %s", path, pathErrReason(err))
	}
	defer f.Close()
	// Stat before reading, so a huge file is refused by its size, which
	// the message can give; Read still guards a file that grows meanwhile.
	info, err := f.Stat()
	if err != nil {
		return nil, ally.Errorf(ally.EINVALID, "cannot read %s: %s", path, pathErrReason(err))
	} else if info.IsDir() {
		return nil, ally.Errorf(ally.EINVALID, "%s is a directory, not a transcript file", path)
	} else if limit := opt.maxSize(); info.Size() > limit {
		return nil, tooBig(path, info.Size(), limit)
	}
	return Read(f, path, opt)
}

// tooBig is the error for input of a known size over the limit.
func tooBig(name string, size, limit int64) error {
	return ally.Errorf(ally.ETOOLARGE, "%s is %.1f MB; ally reads transcripts up to %s",
		name, float64(size)/(1<<20), megabytes(limit))
}

// megabytes gives a size limit in MB as messages show it: "20 MB", "1.5 MB".
func megabytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return strconv.FormatFloat(float64(n)/(1<<20), 'g', 3, 64) + " MB"
}

// pathErrReason drops the path from an *fs.PathError, which the message
// already names.
func pathErrReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// lineError returns an EINVALID error naming the file and line.
func lineError(name string, line int, format string, args ...any) error {
	return ally.Errorf(ally.EINVALID, "%s: line %d: %s", name, line, fmt.Sprintf(format, args...))
}
