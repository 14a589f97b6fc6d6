package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ally-mi/ally"
)

// writeOutput writes a finished report to standard output or to the file
// named. A file is written under a temporary name in the same directory and
// renamed into place, so an interrupted or failed run never leaves half a
// report, nor replaces a good file with one.
func (m *Main) writeOutput(path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := m.Stdout.Write(data)
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".ally-*.tmp")
	if err != nil {
		return ally.Errorf(ally.EINVALID, "cannot write %s: %v", path, reason(err))
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if info, serr := os.Stat(path); err == nil && serr == nil {
		// A replaced file keeps its permissions. A new one stays private
		// as CreateTemp made it: reports hold clients' words.
		err = os.Chmod(tmp, info.Mode().Perm())
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return ally.Errorf(ally.EINVALID, "cannot write %s: %v", path, reason(err))
	}
	return nil
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
