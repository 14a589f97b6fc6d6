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
		{"truncated last cue", "s.vtt", twoCues + "00:01:13.000 --> 00:01:14.000\nB: So.\n\n00:01:15.000 --> 00:01:16.000\n", "",
			[]string{"s.vtt: line 9: the last cue has a timing line but no text"}},
		{"incomplete timing", "session.vtt", twoCues + "00:01:15.000 --> 00:01:1\n", "", []string{`session.vtt: line 6: cue timing "00:01:15.000 --> 00:01:1" is incomplete`}},
		{"timing without end", "s.vtt", twoCues + "00:01:15.000 -->\nB: x\n", "", []string{"s.vtt: line 6:", "is incomplete"}},
		{"malformed timing", "s.vtt", twoCues + "00:01:15.000 --> soon\nB: x\n", "", []string{"s.vtt: line 6:", "malformed"}},
		{"minutes over 59", "s.vtt", twoCues + "00:61:15.000 --> 00:62:00.000\nB: x\n", "", []string{"s.vtt: line 6:", "malformed"}},
		{"cue ends before it starts", "s.vtt", twoCues + "00:01:15.000 --> 00:01:14.000\nB: x\n", "", []string{"s.vtt: line 6: cue ends at 00:01:14.000, before it starts (00:01:15.000)"}},
		{"cue out of order", "s.vtt", twoCues + "00:01:02.000 --> 00:01:04.000\nB: x\n", "",
			[]string{"s.vtt: line 6: cue starts at 00:01:02.000, before the previous cue (00:01:10.000)"}},
		{"blank line missing between cues", "s.vtt", twoCues + "00:01:13.000 --> 00:01:14.000\nB: x\n2\n00:01:15.000 --> 00:01:16.000\nA: y\n", "",
			[]string{"s.vtt: line 9: cue timing inside the text"}},
		{"block without timing", "s.vtt", twoCues + "B: just text\n", "", []string{"s.vtt: line 6: expected a cue timing line"}},
		{"srt without names", "s.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 --> 00:00:04,000\nHi.\n", "",
			[]string{"s.srt: no speaker names found", "add 'Name:' before each cue's text"}},
		{"first cue without a name", "s.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello there\n\n00:00:03.000 --> 00:00:04.000\nA: hi\n\n00:00:05.000 --> 00:00:06.000\nB: hi\n", "",
			[]string{"s.vtt: line 4:", "no speaker name"}},
		{"one speaker", "s.vtt", twoCues, "", []string{"s.vtt: only one speaker (\"A\") found"}},
		{"txt without names", "s.txt", "hello there\nhow are you\n", "", []string{"s.txt: no speaker names found"}},
		{"txt stamps out of order", "s.txt", "[00:02:00] A: x\n[00:01:00] B: y\n", "", []string{"s.txt: line 2: utterance starts at 00:01:00.000, before the previous utterance (00:02:00.000)"}},
		{"otter out of order", "s.txt", "Speaker 1  1:13\nx\n\nSpeaker 2  0:21\ny\n", "", []string{"s.txt: line 4: block starts at"}},
		{"csv without columns", "s.csv", "who,what\nA,x\n", "csv", []string{"s.csv: line 1:", "no speaker and text columns"}},
		{"csv header only", "s.csv", "speaker,text\n", "", []string{"s.csv: the CSV has a header but no rows"}},
		{"csv quote left open", "s.csv", "speaker,text\nA,\"hello\nB,hi there\nA,how are you\n", "", []string{"s.csv: line 2: a quote opened in this row is never closed"}},
		{"csv text without speaker", "s.csv", "speaker,text\nA,x\n,y\n", "", []string{"s.csv: line 3: row has text but no speaker"}},
		{"csv bad time", "s.csv", "speaker,text,start\nA,x,1\nB,y,soon\n", "", []string{`s.csv: line 3: start time "soon"`}},
		{"csv rows out of order", "s.csv", "speaker,text,start\nA,x,10\nB,y,5\n", "", []string{"s.csv: line 3: row starts at 00:00:05.000"}},
		{"csv of several AnnoMI transcripts", "annomi.csv", "transcript_id,utterance_id,interlocutor,utterance_text\n3,0,therapist,Why?\n3,1,client,So.\n1,1,client,No.\n1,0,therapist,Do you?\n", "",
			[]string{"annomi.csv: the file holds 2 transcripts (transcript_id 3, 1, ...)", "split it by transcript_id"}},
		{"json syntax", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\"},\n{\"speaker\":\"B\" \"text\":\"y\"}\n]", "", []string{"s.json: line 3: invalid JSON"}},
		{"json cut short", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\"},\n{\"speaker\":\"B\",", "", []string{"s.json: line 3:", "cut short"}},
		{"json item not an object", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\"},\n\"B: y\"\n]", "", []string{"s.json: line 3: each utterance must be an object"}},
		{"json text not a string", "s.json", "[\n{\"speaker\":\"A\",\"text\":5}\n]", "", []string{"s.json: line 2:", `"text" must be a string`}},
		{"json bad time", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\",\"start\":true}\n]", "", []string{"s.json: line 2:", `"start" time true`}},
		{"json ends before it starts", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x?\",\"start\":10,\"end\":5},\n{\"speaker\":\"B\",\"text\":\"y\"}\n]", "", []string{"s.json: line 2:", "ends at 00:00:05.000, before it starts"}},
		{"json time too large", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\",\"start\":1e308}\n]", "", []string{"s.json: line 2:", "longer than a week"}},
		{"json negative time", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\",\"start\":-3}\n]", "", []string{"s.json: line 2:", "is negative"}},
		{"csv ends before it starts", "s.csv", "speaker,text,start,end\nA,x?,10,5\nB,y,11,12\n", "", []string{"s.csv: line 2:", "before it starts"}},
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
