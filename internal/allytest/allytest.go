// Package allytest holds the helpers ally's tests share: golden files with
// an -update flag, the opt-in for long checks, and the path to the
// development data that sits beside the repository.
package allytest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// update is the -update flag of every test binary that imports this
// package; flags are process-wide by nature.
var update = flag.Bool("update", false, "rewrite golden files in testdata/ with the current output")

// Golden compares got with the golden file at path, or rewrites the file
// with got when the test runs with -update.
func Golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (run go test -update if the change is intended, and review the diff)\ngot:\n%s", path, truncate(got))
	}
}

// truncate keeps a failure message readable when the output is long.
func truncate(b []byte) []byte {
	const max = 4000
	if len(b) > max {
		return append(b[:max:max], "\n… (cut)"...)
	}
	return b
}

// LongEnv is the environment variable that turns the long checks on:
// training, cross-validation, model reproduction and the score's AUC.
const LongEnv = "ALLY_LONG_TESTS"

// Long skips the test unless ALLY_LONG_TESTS=1, so that `go test ./...`
// stays quick and CI still runs the long checks.
func Long(tb testing.TB) {
	tb.Helper()
	if os.Getenv(LongEnv) != "1" {
		tb.Skipf("long check: run with %s=1", LongEnv)
	}
}

// DataFile returns the path of a file under the development data folder
// shared/data, which sits beside the repository, and skips the test when
// the file is not there.
func DataFile(tb testing.TB, elem ...string) string {
	tb.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("cannot locate the allytest package")
	}
	// here is <repo>/internal/allytest/allytest.go.
	repo := filepath.Dir(filepath.Dir(filepath.Dir(here)))
	path := filepath.Join(append([]string{filepath.Dir(repo), "shared", "data"}, elem...)...)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("development data not found at %s: %v", path, err)
	}
	return path
}
