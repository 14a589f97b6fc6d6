package transcript_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

// seeds are inputs every fuzz target starts from: the examples, plus
// small and nasty variants of each format.
var seeds = []string{
	"",
	"\x00\x01\x02",
	"\uFEFF",
	"\xff\xfeW\x00E\x00",
	"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: x\n\n00:00:02.000 --> 00:00:03.000\nB: y\n",
	"WEBVTT\n\nid\n00:01.000 --> 00:02.000 align:start\n<v A>x</v><v B>y\n\nNOTE n\n\n00:03.000 --> 00:04.000\n<v.c>&amp;<i>z</i>\n",
	"WEBVTT\n\n00:00:01.000 --> 00:00:0",
	"WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA: x\n\n00:00:01.000 --> 00:00:02.000\nB: y\n",
	"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v",
	"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A\n{\\an8",
	"1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:02,000 --> 00:00:03,000\nB: y\n",
	"1\n00:00:01,000 --> 00:00:02,000\nno names\n",
	"[00:00:01] A: x\n(00:02) B: y\ncontinued\nC [00:00:03]: z\n",
	"A:\nB:\n:\n::\n[(:)]\n",
	"Speaker 1  0:13\nx\n\nSpeaker 2  0:21\ny\n",
	"speaker,text,start,end\nA,x,1,2\nB,\"y\",00:00:03,4\n",
	"transcript_id;utterance_id;interlocutor;utterance_text\n1;1;client;x\n1;0;therapist;y\n2;0;client;z\n",
	"speaker,text\n\"A,x\nB",
	`[{"speaker":"A","text":"x","start":1},{"speaker":2,"text":"y","end":"00:00:02"}]`,
	`{"segments":[{"speaker":"A","text":"x"},{"speaker":"B","text":"y"}]}`,
	`[{"speaker":"A","text":"x","start":1e308},{"speaker":"B","text":"y","start":"99999:59:59.999999999"}]`,
	`[[[[[[[[`,
	"WEBVTT\n00:00:01.000 --> 00:00:02.000\nA: x\n00:00:02.000 --> 00:00:03.000\nB: y\n2\n0:0:3.5 -> 0:0:4\nA: z\n\nmore\n",
	"WEBVTT\n\nSTYLE\n::cue {\n\n}\n\nid --> x\n00:01.000 --> 00:61.000\nA: x\n\n00:05.000 --> 00:02.000\nB: y\n",
	"**A**  0:00\nx\n\n[B] 11:02:09\ny\nAt 5:30 z\n(00:01:21):\nTranscribed by https://otter.ai\n",
	"Reyes, Dana: x\nMaria del Carmen Lopez Garcia: y\r\f\xe9\x92\xc3\xa9\n",
}

func addSeeds(f *testing.F) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob("../examples/*")
	exports, _ := filepath.Glob(filepath.Join("testdata", "exports", "*"))
	for _, file := range append(files, exports...) {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
}

// fuzzParse parses data with the given format and checks the invariants.
func fuzzParse(f *testing.F, format string) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := transcript.Parse("fuzz.in", data, transcript.Options{Format: format})
		if err != nil {
			if code, msg := ally.ErrorCode(err), ally.ErrorMessage(err); code != ally.EINVALID || !strings.HasPrefix(msg, "fuzz.in") {
				t.Fatalf("got %s %q, want EINVALID naming the file", code, msg)
			}
			return
		}
		if format != "" && tr.Format != format {
			t.Errorf("format %q, want %q", tr.Format, format)
		}
		checkInvariants(t, tr)
	})
}

func FuzzParseVTT(f *testing.F)  { fuzzParse(f, "vtt") }
func FuzzParseSRT(f *testing.F)  { fuzzParse(f, "srt") }
func FuzzParseTXT(f *testing.F)  { fuzzParse(f, "txt") }
func FuzzParseCSV(f *testing.F)  { fuzzParse(f, "csv") }
func FuzzParseJSON(f *testing.F) { fuzzParse(f, "json") }
func FuzzParse(f *testing.F)     { fuzzParse(f, "") }
