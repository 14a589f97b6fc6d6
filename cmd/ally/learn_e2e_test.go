package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// codedSessions writes n small hand-coded sessions in the generic format,
// with words that make each code easy to learn, so training on them is fast
// and its results predictable enough to check.
func codedSessions(n int) string {
	var b strings.Builder
	b.WriteString("session,speaker,role,code,subcode,text\n")
	for s := 0; s < n; s++ {
		rows := [][5]string{
			{"Dana", "practitioner", "question", "open", "What brings you here today?"},
			{"Sam", "client", "neutral", "", "My doctor sent me."},
			{"Dana", "practitioner", "reflection", "simple", "So it was your doctor's idea to come."},
			{"Sam", "client", "sustain", "", "I like drinking and I don't want to stop."},
			{"Dana", "practitioner", "input", "advice", "You should cut down, it would help your liver."},
			{"Sam", "client", "change", "", "I want to cut down for my kids."},
			{"Dana", "practitioner", "other", "", "Okay. Thank you."},
		}
		for _, r := range rows {
			fmt.Fprintf(&b, "s%d,%s,%s,%s,%s,%q\n", s, r[0], r[1], r[2], r[3], r[4])
		}
	}
	return b.String()
}

func TestTrainAndEval(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"coded.csv": codedSessions(6)})

	r := runBinary(t, dir, "train", "-o", "model.json", "coded.csv")
	if r.code != 0 {
		t.Fatalf("train: exit %d, want 0; stderr: %s", r.code, r.stderr)
	}
	first, err := os.ReadFile(filepath.Join(dir, "model.json"))
	if err != nil {
		t.Fatal(err)
	}

	// Training is seeded: the same data gives the same bytes.
	if r := runBinary(t, dir, "train", "-o", "again.json", "coded.csv"); r.code != 0 {
		t.Fatalf("second train: exit %d; stderr: %s", r.code, r.stderr)
	}
	second, err := os.ReadFile(filepath.Join(dir, "again.json"))
	if err != nil {
		t.Fatal(err)
	}
	if string(first) != string(second) {
		t.Error("two trainings on the same data wrote different models")
	}

	r = runBinary(t, dir, "eval", "--json", "--model", "model.json", "coded.csv")
	if r.code != 0 {
		t.Fatalf("eval: exit %d, want 0; stderr: %s", r.code, r.stderr)
	}
	var scores struct {
		Client, Therapist struct {
			MacroF1   float64                    `json:"macro_f1"`
			Kappa     float64                    `json:"kappa"`
			PerClass  map[string]json.RawMessage `json:"per_class"`
			Confusion [][]int                    `json:"confusion"`
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &scores); err != nil {
		t.Fatalf("eval --json is not JSON: %v\n%s", err, r.stdout)
	}
	// Scored on its own training data, a model this simple codes every
	// one of these sentences right.
	if scores.Client.MacroF1 != 1 || scores.Therapist.MacroF1 != 1 {
		t.Errorf("macro-F1 client %.3f, therapist %.3f on the training data, want 1",
			scores.Client.MacroF1, scores.Therapist.MacroF1)
	}
	if got := len(scores.Therapist.PerClass); got != 4 {
		t.Errorf("%d practitioner classes scored, want 4", got)
	}

	// A practice's own model codes its sessions in analyze too.
	writeFiles(t, dir, map[string]string{"s.vtt": session("Dr Rivera", "Sam", 2)})
	if r := runBinary(t, dir, "analyze", "--model", "model.json", "--format", "json", "s.vtt"); r.code != 0 {
		t.Errorf("analyze --model: exit %d, want 0; stderr: %s", r.code, r.stderr)
	}
	if r := runBinary(t, dir, "analyze", "--model", "nomodel.json", "s.vtt"); r.code != 1 || !strings.Contains(r.stderr, "nomodel.json: file not found") {
		t.Errorf("analyze with a missing model: exit %d, stderr %q; want 1 naming the file", r.code, r.stderr)
	}

	// One empty text cell costs its row, named on stderr; the rest is scored.
	gap := strings.Replace(codedSessions(6), `"My doctor sent me."`, `""`, 1)
	writeFiles(t, dir, map[string]string{"gap.csv": gap})
	r = runBinary(t, dir, "eval", "--json", "--model", "model.json", "gap.csv")
	if r.code != 0 || !strings.Contains(r.stderr, "gap.csv: line 3: empty text; the row was skipped") {
		t.Errorf("eval with an empty text cell: exit %d, stderr %q; want 0 and a warning naming line 3", r.code, r.stderr)
	}

	r = runBinary(t, dir, "eval", "--model", "model.json", "coded.csv")
	for _, want := range []string{"Client talk", "Practitioner behaviour", "macro-F1", "kappa", "Confusion"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("eval text lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestTrainCrossValidation(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"coded.csv": codedSessions(6)})
	r := runBinary(t, dir, "train", "--cv", "3", "--json", "coded.csv")
	if r.code != 0 {
		t.Fatalf("exit %d, want 0; stderr: %s", r.code, r.stderr)
	}
	var scores map[string]struct {
		N int `json:"n"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &scores); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	// Every coded utterance is scored once, by a model of the other folds.
	if got, want := scores["client"].N, 18; got != want {
		t.Errorf("client utterances scored: %d, want %d", got, want)
	}
	if got, want := scores["therapist"].N, 24; got != want {
		t.Errorf("practitioner utterances scored: %d, want %d", got, want)
	}
}

// mibotSessions returns n sessions in MIBot's format.
func mibotSessions(n int) string {
	var b strings.Builder
	b.WriteString("session,volley,utterance,speaker,text,automisc_label\n")
	u := 0
	line := func(s, v int, who, text, code string) {
		u++
		fmt.Fprintf(&b, "s%d,%d,%d,%s,%s,%s\n", s, v, u, who, text, code)
	}
	for s := range n {
		line(s, 1, "counsellor", "You want to feel healthier.", "R")
		line(s, 1, "counsellor", "What would change first?", "Q")
		line(s, 2, "client", "I would like to breathe better.", "C")
		line(s, 2, "client", "But smoking calms me.", "S")
		line(s, 3, "counsellor", "Thanks for telling me.", "MICO")
		line(s, 3, "counsellor", "How do you see it?", "Q")
		line(s, 4, "client", "I don't know.", "N")
	}
	return b.String()
}

// TestTrainWeakLabels checks that MIBot's sessions are trained on and
// scored apart: the hand-coded figures count the hand-coded file alone.
func TestTrainWeakLabels(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"coded.csv": codedSessions(6), "mibot.csv": mibotSessions(5)})
	r := runBinary(t, dir, "train", "--cv", "3", "--json", "--weight", "mibot.csv=client:0.5", "--weight", "mibot.csv=practitioner:0", "coded.csv", "mibot.csv")
	if r.code != 0 {
		t.Fatalf("exit %d, want 0; stderr: %s", r.code, r.stderr)
	}
	type counts map[string]struct {
		N int `json:"n"`
	}
	var scores struct {
		Client, Therapist struct {
			N int `json:"n"`
		}
		Weak counts
	}
	if err := json.Unmarshal([]byte(r.stdout), &scores); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if got, want := scores.Client.N, 18; got != want {
		t.Errorf("hand-coded client utterances scored: %d, want %d", got, want)
	}
	// A client's volley is one utterance; the counsellor's parts stay apart.
	if got, want := scores.Weak["client"].N, 10; got != want {
		t.Errorf("weak client utterances scored: %d, want %d", got, want)
	}
	if got, want := scores.Weak["therapist"].N, 20; got != want {
		t.Errorf("weak practitioner utterances scored: %d, want %d", got, want)
	}
}

func TestTrainAndEvalErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"coded.csv":   codedSessions(2),
		"badcode.csv": "speaker,text,role,code\nDana,Hello?,practitioner,question\nSam,Hi.,client,maybe\n",
		"nocols.csv":  "who,said\nDana,Hello\n",
		"model.json":  "{not a model",
	})
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"train", "coded.csv"}, 2, "-o FILE"},
		{[]string{"train", "-o", "m.json"}, 2, "no coded sessions"},
		{[]string{"train", "--cv", "1", "coded.csv"}, 2, "at least 2"},
		{[]string{"train", "--json", "-o", "m.json", "coded.csv"}, 2, "--json prints cross-validation scores: add --cv K"},
		{[]string{"train", "--seed", "3", "-o", "m.json", "coded.csv"}, 2, "--seed draws cross-validation folds: add --cv K"},
		{[]string{"train", "--cv", "5", "coded.csv"}, 1, "folds"},
		{[]string{"train", "-o", "m.json", "coded.csv"}, 1, "at least 3 different recordings (sessions, or AnnoMI videos); got 2. A CSV of your own is one session unless a session column"},
		{[]string{"train", "-o", "m.json", "missing.csv"}, 1, "missing.csv: file not found"},
		{[]string{"train", "-o", "m.json", "badcode.csv"}, 1, `badcode.csv: line 3: code "maybe" is not a client code`},
		{[]string{"eval", "nocols.csv"}, 1, `nocols.csv: line 1: no "speaker" column`},
		{[]string{"eval", "--model", "model.json", "coded.csv"}, 1, "model.json"},
		{[]string{"eval"}, 2, "no coded sessions"},
		{[]string{"train", "--weight", "coded.csv", "-o", "m.json", "coded.csv"}, 2, "FILE=W"},
		{[]string{"train", "--weight", "coded.csv=coach:1", "-o", "m.json", "coded.csv"}, 2, "neither client nor practitioner"},
		{[]string{"train", "--weight", "coded.csv=-1", "-o", "m.json", "coded.csv"}, 2, "not a number ≥ 0"},
		{[]string{"train", "--weight", "other.csv=0.5", "-o", "m.json", "coded.csv"}, 2, "other.csv, which is not among the files"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runBinary(t, dir, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.inStderr) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tt.inStderr)
			}
			if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine") {
				t.Errorf("stderr shows a crash: %s", r.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "m.json")); err == nil {
		t.Error("a failed train left a model file behind")
	}
}
