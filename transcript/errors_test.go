package transcript_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

const twoCues = "WEBVTT\n\n00:01:10.000 --> 00:01:12.000\nA: How?\n\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, file, in, format string
		msg                    []string // all must appear in the message
	}{
		{"empty", "s.vtt", "", "", []string{"s.vtt: the file is empty"}},
		{"blank", "s.txt", " \n\r\n\t", "", []string{"s.txt: the file is empty"}},
		{"BOM only", "s.txt", "\uFEFF", "", []string{"s.txt: the file is empty"}},
		{"binary", "s.vtt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", []string{"s.vtt: not a text transcript"}},
		{"control characters", "s.txt", strings.Repeat("\x01\x02ab", 20), "", []string{"not a text transcript"}},
		{"unknown format", "s.vtt", "A: x\nB: y\n", "docx", []string{"s.vtt", `"docx"`, "vtt, srt, txt, csv, json"}},
		{"srt without names", "s.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 --> 00:00:04,000\nHi.\n", "",
			[]string{"s.srt: no speaker names found", "add 'Name:' before each cue's text"}},
		{"one speaker", "s.vtt", twoCues, "", []string{"s.vtt: only one speaker (\"A\") found"}},
		{"txt without names", "s.txt", "hello there\nhow are you\n", "", []string{"s.txt: no speaker names found"}},
		{"csv without columns", "s.csv", "who,what\nA,x\n", "csv", []string{"s.csv: line 1:", "no speaker and text columns"}},
		{"csv header only", "s.csv", "speaker,text\n", "", []string{"s.csv: the CSV has a header but no rows"}},
		{"csv quote left open", "s.csv", "speaker,text\nA,\"hello\nB,hi there\nA,how are you\n", "", []string{"s.csv: line 2: a quote opened in this row is never closed"}},
		{"csv text without speaker", "s.csv", "speaker,text\nA,x\n,y\n", "", []string{"s.csv: line 3: row has text but no speaker"}},
		{"csv of several AnnoMI transcripts", "annomi.csv", "transcript_id,utterance_id,interlocutor,utterance_text\n3,0,therapist,Why?\n3,1,client,So.\n1,1,client,No.\n1,0,therapist,Do you?\n", "",
			[]string{"annomi.csv: the file holds 2 transcripts (transcript_id 3, 1, ...)", "split it by transcript_id"}},
		{"json syntax", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\"},\n{\"speaker\":\"B\" \"text\":\"y\"}\n]", "", []string{"s.json: line 3: invalid JSON"}},
		{"json cut short", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\"},\n{\"speaker\":\"B\",", "", []string{"s.json: line 3:", "cut short"}},
		{"json item not an object", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\"},\n\"B: y\"\n]", "", []string{"s.json: line 3: each utterance must be an object"}},
		{"json text not a string", "s.json", "[\n{\"speaker\":\"A\",\"text\":5}\n]", "", []string{"s.json: line 2:", `"text" must be a string`}},
		{"vtt time beyond a day", "s.vtt", twoCues + "999999:00:01.000 --> 999999:00:02.000\nB: x\n", "", []string{"s.vtt: line 6: time 999999:00:01.000 is beyond a day's length"}},
		{"txt stamp beyond a day", "s.txt", "[00:00:01] A: x\n[25:00:00] B: y\n", "", []string{"s.txt: line 2: time 25:00:00.000 is beyond a day's length"}},
		{"otter stamp beyond a day", "s.txt", "Speaker 1  0:13\nx\n\nSpeaker 2  30:00:21\ny\n", "", []string{"s.txt: line 4: time 30:00:21.000 is beyond"}},
		{"csv time beyond a day", "s.csv", "speaker,text,start\nA,x,1\nB,y,90000\n", "", []string{"s.csv: line 3: time 25:00:00.000 is beyond a day's length"}},
		{"json time beyond a day", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\",\"start\":1e308}\n]", "", []string{"s.json: line 2:", "1e+308 seconds is beyond a day's length"}},
		{"json object without utterances", "s.json", `{"title":"x"}`, "", []string{`s.json: the JSON object has no "utterances"`}},
		{"json scalar", "s.json", `42`, "json", []string{"s.json: a JSON transcript is an array"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := transcript.Parse(tt.file, []byte(tt.in), transcript.Options{Format: tt.format})
			if err == nil {
				t.Fatalf("got no error, parsed:\n%s", dump(tr))
			}
			if code, msg := ally.ErrorCode(err), ally.ErrorMessage(err); code != ally.EINVALID || !contains(msg, tt.msg...) {
				t.Errorf("got %s %q\nwant %s with %q", code, msg, ally.EINVALID, tt.msg)
			}
		})
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.vtt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 50 MB file: ReadFile must refuse it from its size alone.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name, path string
		maxSize    int64
		code       string
		msg        []string
	}{
		{"missing", filepath.Join(dir, "nope.vtt"), 0, ally.ENOTFOUND, []string{"file not found: " + filepath.Join(dir, "nope.vtt")}},
		{"directory", dir, 0, ally.EINVALID, []string{dir, "is a directory"}},
		{"too big", big, 0, ally.ETOOLARGE, []string{big, "50.0 MB", "up to 20 MB"}},
		{"over a custom limit", big, 30 << 20, ally.ETOOLARGE, []string{big, "50.0 MB", "up to 30 MB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := transcript.ReadFile(tt.path, transcript.Options{MaxSize: tt.maxSize})
			if code, msg := ally.ErrorCode(err), ally.ErrorMessage(err); code != tt.code || !contains(msg, tt.msg...) {
				t.Errorf("got %s %q, want %s with %q", code, msg, tt.code, tt.msg)
			}
		})
	}
}

func TestParseTooBig(t *testing.T) {
	tests := []struct {
		name    string
		size    int
		maxSize int64
		msg     []string
	}{
		{"default limit", transcript.MaxFileSize + 1, 0, []string{"upload.txt is 20.0 MB", "up to 20 MB"}},
		{"custom limit", 1<<20 + 1, 1 << 20, []string{"upload.txt is 1.0 MB", "up to 1 MB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := transcript.Parse("upload.txt", make([]byte, tt.size), transcript.Options{MaxSize: tt.maxSize})
			if code, msg := ally.ErrorCode(err), ally.ErrorMessage(err); code != ally.ETOOLARGE || !contains(msg, tt.msg...) {
				t.Errorf("got %s %q, want %s with %q", code, msg, ally.ETOOLARGE, tt.msg)
			}
		})
	}
}
