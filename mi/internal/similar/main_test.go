package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestRun(t *testing.T) {
	// Vectors carry an extra trailing value, as the real file's do (its norm).
	in := `{"dimensions":2,"words":["good","great","bad",",","awful","zebra"],"vectors":{
		"good":[1,0.1,9],"great":[1,0.2,9],"bad":[-1,0.1,9],",":[1,0,9],"awful":[-1,0.15,9],"zebra":[0,1,9]}}`
	path := filepath.Join(t.TempDir(), "v.json")
	if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{"-top", "6", "-k", "1", "-min", "0.5", path}, &out); err != nil {
		t.Fatal(err)
	}
	want := "# similar words: GloVe 6B 100-d, top 6 words, 1 per word, cosine >= 0.5\n" +
		"good great\ngreat good\nbad awful\nawful bad\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o600)
	for _, args := range [][]string{{}, {filepath.Join(dir, "missing.json")}, {bad}} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
