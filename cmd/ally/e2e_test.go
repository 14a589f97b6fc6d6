package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// These tests run the built binary. They check behaviour that does not
// depend on what the embedded model makes of the words: exit codes,
// messages, formats and files.

func TestAnalyzeOneFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.vtt": session("Dr Rivera", "Sam", 3)})

	t.Run("text", func(t *testing.T) {
		r := runBinary(t, dir, "analyze", "s.vtt")
		if r.code != 0 {
			t.Fatalf("exit %d, want 0; stderr: %s", r.code, r.stderr)
		}
		for _, want := range []string{"Session s.vtt", "Who is who", "Dr Rivera", "[00:10] Sam", "Code counts"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("report lacks %q:\n%s", want, r.stdout)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		// The flag after the file is how people type it.
		r := runBinary(t, dir, "analyze", "s.vtt", "--format", "json")
		if r.code != 0 {
			t.Fatalf("exit %d, want 0; stderr: %s", r.code, r.stderr)
		}
		var doc map[string]json.RawMessage
		if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, r.stdout)
		}
		for _, key := range []string{"name", "format", "speakers", "utterances", "summary"} {
			if _, ok := doc[key]; !ok {
				t.Errorf("document has no %q", key)
			}
		}
		var utterances []map[string]any
		if err := json.Unmarshal(doc["utterances"], &utterances); err != nil {
			t.Fatal(err)
		}
		if got, want := len(utterances), 6; got != want {
			t.Errorf("%d utterances, want %d", got, want)
		}
		for _, key := range []string{"index", "speaker", "role", "start", "end", "text", "code", "subcode", "confidence"} {
			if _, ok := utterances[0][key]; !ok {
				t.Errorf("utterance has no %q", key)
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		r := runBinary(t, dir, "analyze", "--format=csv", "s.vtt")
		if r.code != 0 {
			t.Fatalf("exit %d, want 0; stderr: %s", r.code, r.stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(rows), 7; got != want {
			t.Fatalf("%d rows, want %d (a header and 6 utterances)", got, want)
		}
		if got, want := strings.Join(rows[0], ","), "index,speaker,role,start,end,code,subcode,confidence,text"; got != want {
			t.Errorf("header = %s, want %s", got, want)
		}
	})
}

func TestAnalyzeDirectoryWithBadFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/a.vtt":   session("Dr Rivera", "Sam", 2),
		"in/b.vtt":   session("Coach Lee", "Ana", 3),
		"in/bad.vtt": "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n\n", // a cue with no text
	})
	r := runBinary(t, dir, "analyze", "--format", "csv", "in")
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	bad := filepath.Join("in", "bad.vtt")
	if !strings.HasPrefix(r.stderr, "ally: ") || !strings.Contains(r.stderr, bad) {
		t.Errorf("stderr = %q, want an 'ally: ' line naming %s", r.stderr, bad)
	}
	if got := strings.Count(r.stderr, "\n"); got != 1 {
		t.Errorf("stderr has %d lines, want 1:\n%s", got, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("no output")
	}
	var good []string
	for _, row := range rows[1:] {
		if row[len(row)-1] == "" { // the error column
			good = append(good, row[0])
		}
	}
	if got, want := strings.Join(good, " "), filepath.Join("in", "a.vtt")+" "+filepath.Join("in", "b.vtt"); got != want {
		t.Errorf("good rows = %s, want %s", got, want)
	}
}

func TestAnalyzeErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"s.vtt": session("Dr Rivera", "Sam", 1)})
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of it
	}{
		{"missing file", []string{"analyze", "missing.vtt"}, 1, "not found"},
		{"missing among good", []string{"analyze", "s.vtt", "missing.vtt"}, 1, "missing.vtt"},
		{"empty directory", []string{"analyze", "empty"}, 1, "no transcripts found"},
		{"bad flag", []string{"analyze", "--colour", "s.vtt"}, 2, "-colour"},
		{"bad format", []string{"analyze", "--format", "xml", "s.vtt"}, 2, "text, json, csv"},
		{"bad input format", []string{"analyze", "--input-format", "doc", "s.vtt"}, 2, "vtt"},
		{"zero jobs", []string{"analyze", "--jobs", "0", "s.vtt"}, 2, "--jobs"},
		{"negative jobs", []string{"analyze", "--jobs=-3", "s.vtt"}, 2, "--jobs"},
		{"no file", []string{"analyze"}, 2, "FILE"},
		{"tender spot of common words", []string{"analyze", "--tender-spots", "drinking, I", "s.vtt"}, 2, `tender spot "I" names no subject`},
		{"output over the input", []string{"analyze", "-o", "s.vtt", "s.vtt"}, 2, "would overwrite the transcript"},
		{"standard input twice", []string{"analyze", "-", "-"}, 2, "only once"},
		{"unknown command", []string{"analyse"}, 2, "unknown command"},
		{"no command", nil, 2, "Usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, dir, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr = %q, want it to contain %q", r.stderr, tt.stderr)
			}
		})
	}
	if got, err := os.ReadFile(filepath.Join(dir, "s.vtt")); err != nil || string(got) != session("Dr Rivera", "Sam", 1) {
		t.Errorf("the transcript was changed by a refused run (err %v)", err)
	}
}

func TestAnalyzeSkipsItsOwnSummary(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in/a.vtt": session("Dr Rivera", "Sam", 2),
		"in/b.vtt": session("Dr Rivera", "Ann", 2),
	})
	for run := 1; run <= 2; run++ {
		r := runBinary(t, dir, "analyze", "--format", "csv", "-o", "in/summary.csv", "in")
		if r.code != 0 {
			t.Fatalf("run %d: exit %d, want 0; stderr: %s", run, r.code, r.stderr)
		}
	}
	got, err := os.ReadFile(filepath.Join(dir, "in", "summary.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(got), "\n"); n != 3 {
		t.Errorf("summary has %d lines, want a header and 2 sessions:\n%s", n, got)
	}
}

func TestAnalyzeOutputFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"s.vtt":    session("Dr Rivera", "Sam", 2),
		"bad.vtt":  "",
		"keep.txt": "an earlier report",
	})

	r := runBinary(t, dir, "analyze", "-o", "out.json", "--format", "json", "s.vtt")
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 0 and nothing; stderr: %s", r.code, r.stdout, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(data) {
		t.Errorf("out.json is not JSON:\n%s", data)
	}

	// A failed run creates nothing and leaves an existing file alone.
	if r := runBinary(t, dir, "analyze", "-o", "none.txt", "bad.vtt"); r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.txt")); !os.IsNotExist(err) {
		t.Errorf("none.txt exists after a failed run (err %v)", err)
	}
	if r := runBinary(t, dir, "analyze", "-o", "keep.txt", "bad.vtt"); r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "keep.txt")); string(data) != "an earlier report" {
		t.Errorf("keep.txt = %q after a failed run, want it unchanged", data)
	}
	// A new report is private, since it holds clients' words; a replaced
	// file keeps the permissions its owner gave it.
	if r := runBinary(t, dir, "analyze", "-o", "keep.txt", "s.vtt"); r.code != 0 {
		t.Errorf("exit %d, want 0; stderr: %s", r.code, r.stderr)
	}
	if runtime.GOOS != "windows" {
		for name, want := range map[string]os.FileMode{"out.json": 0o600, "keep.txt": 0o644} {
			info, err := os.Stat(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Mode().Perm(); got != want {
				t.Errorf("%s has mode %v, want %v", name, got, want)
			}
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestAnalyzeJobsKeepOrder(t *testing.T) {
	t.Parallel() // mostly waits on other processes: overlap it with the other slow tests
	dir := t.TempDir()
	files := map[string]string{}
	for i, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		files["in/"+name+".vtt"] = session("Dr Rivera", "Sam", 12-i) // big ones first
	}
	writeFiles(t, dir, files)
	for _, format := range []string{"text", "json", "csv"} {
		one := runBinary(t, dir, "analyze", "--jobs", "1", "--format", format, "in")
		four := runBinary(t, dir, "analyze", "--jobs", "4", "--format", format, "in")
		if one.code != 0 || four.code != 0 {
			t.Fatalf("%s: exit %d and %d, want 0; stderr: %s %s", format, one.code, four.code, one.stderr, four.stderr)
		}
		if one.stdout != four.stdout {
			t.Errorf("%s: --jobs 1 and --jobs 4 differ:\n%s\n---\n%s", format, one.stdout, four.stdout)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	dir := t.TempDir()
	r := runBinary(t, dir, "help")
	if r.code != 0 || !strings.Contains(r.stdout, "ally analyze examples/zoom-alcohol.vtt") {
		t.Errorf("help: exit %d, stdout:\n%s", r.code, r.stdout)
	}
	for _, c := range commands() {
		if !strings.Contains(r.stdout, "  "+c.name+" ") {
			t.Errorf("help does not list %s", c.name)
		}
	}
	r = runBinary(t, dir, "analyze", "-h")
	if r.code != 0 || !strings.Contains(r.stdout, "-jobs") {
		t.Errorf("analyze -h: exit %d, stdout:\n%s", r.code, r.stdout)
	}
	r = runBinary(t, dir, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "ally ") {
		t.Errorf("version: exit %d, stdout %q", r.code, r.stdout)
	}
}
