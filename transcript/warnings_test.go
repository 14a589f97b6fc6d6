package transcript_test

import (
	"strings"
	"testing"

	"github.com/ally-mi/ally/transcript"
)

// TestParseWarnings reads files with one defect each: the defect costs its
// cue, row or time only, and a warning names its line.
func TestParseWarnings(t *testing.T) {
	const vttHead = "WEBVTT\n\n00:01:10.000 --> 00:01:12.000\nA: How?\n\n"
	tests := []struct {
		name, file, in string
		utterances     int
		warnings       []string // each must appear in one warning, in order
	}{
		{"truncated last cue", "s.vtt", vttHead + "00:01:13.000 --> 00:01:14.000\nB: So.\n\n00:01:15.000 --> 00:01:16.000\n", 2,
			[]string{"line 9: the last cue has a timing line but no text"}},
		{"incomplete timing", "s.vtt", vttHead + "00:01:15.000 -->\nB: x\n", 2, []string{`line 6: cue timing "00:01:15.000 -->" is incomplete; the cue's text is kept with its start time only`}},
		{"malformed timing", "s.vtt", vttHead + "00:01:15.000 --> soon\nB: x\n", 2, []string{"line 6:", "malformed"}},
		{"seconds over 59", "s.vtt", vttHead + "00:01:75.000 --> 00:01:76.000\nB: x\n", 2, []string{"line 6:", "malformed", "without its times"}},
		{"cue ends before it starts", "s.vtt", vttHead + "00:01:15.000 --> 00:01:14.000\nB: x\n", 2, []string{"line 6: ends at 00:01:14.000, before it starts (00:01:15.000); the end time is left out"}},
		{"text before the first cue", "s.srt", "Exported by CaptionTool\n\n1\n00:00:01,000 --> 00:00:02,000\nA: x?\n\n2\n00:00:02,000 --> 00:00:03,000\nB: y\n", 2,
			[]string{`line 1: text "Exported by CaptionTool" before the first cue timing is left out`}},
		{"csv bad time", "s.csv", "speaker,text,start\nA,x,1\nB,y,soon\n", 2, []string{`line 3: start time "soon" is neither seconds nor hh:mm:ss; it is left out`}},
		{"csv ends before it starts", "s.csv", "speaker,text,start,end\nA,x?,10,5\nB,y,11,12\n", 2, []string{"line 2: ends at 00:00:05.000, before it starts"}},
		{"json bad time", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\",\"start\":true},\n{\"speaker\":\"B\",\"text\":\"y\"}\n]", 2, []string{`line 2: "start" time "true" is neither`}},
		{"json negative time", "s.json", "[\n{\"speaker\":\"A\",\"text\":\"x\",\"start\":-3},\n{\"speaker\":\"B\",\"text\":\"y\"}\n]", 2, []string{"line 2:", "is negative"}},
		{"stray byte in UTF-8", "s.txt", "Dana: Caf\xc3\xa9?\nSam: Yes \x96 black.\n", 2, []string{"line 2: byte 0x96 is not UTF-8; read as Windows-1252 '–'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, tt.file, tt.in, transcript.Options{})
			checkInvariants(t, tr)
			if len(tr.Utterances) != tt.utterances {
				t.Errorf("got %d utterances, want %d:\n%s", len(tr.Utterances), tt.utterances, dump(tr))
			}
			var got []string
			for _, w := range tr.Warnings {
				got = append(got, w.String())
			}
			if !contains(strings.Join(got, "\n"), tt.warnings...) {
				t.Errorf("warnings:\n%s\nwant %q", strings.Join(got, "\n"), tt.warnings)
			}
		})
	}
}

// TestParseInFileOrder reads utterances whose times go back, as people
// talking over each other and merged exports give, in the file's order.
func TestParseInFileOrder(t *testing.T) {
	for _, tt := range []struct{ file, in string }{
		{"s.txt", "[00:02:00] A: x\n[00:01:00] B: y\n"},
		{"s.txt", "Speaker 1  1:13\nx\n\nSpeaker 2  0:21\ny\n"},
		{"s.csv", "speaker,text,start\nA,x,10\nB,y,5\n"},
		{"s.json", `[{"speaker":"A","text":"x","start":10},{"speaker":"B","text":"y","start":5}]`},
	} {
		tr := MustParse(t, tt.file, tt.in, transcript.Options{})
		if len(tr.Utterances) != 2 || tr.Utterances[0].Text != "x" || len(tr.Warnings) != 0 {
			t.Errorf("%s %q: got\n%s", tt.file, tt.in, dump(tr))
		}
	}
}

// TestParseTXTStyles reads the plain-text layouts of transcription tools.
func TestParseTXTStyles(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"otter bold names and footer", "**Ali**  0:00\nHow was the week?\n\n**Jo Park**  0:04\nLong.\n\nTranscribed by https://otter.ai\n",
			[]want{{"Ali", "How was the week?", 0, -1, 1}, {"Jo Park", "Long.", 4, -1, 4}}},
		{"rev names over the text and stamps alone on a line", "Dana (00:00:02):\nHow was the week?\n\nSam (00:00:09):\nLong.\n\n(00:01:21):\nAnd tiring.\n",
			[]want{{"Dana", "How was the week?", 2, -1, 1}, {"Sam", "Long. And tiring.", 9, -1, 4}}},
		{"zoom saved transcript", "[Dana Reyes] 11:02:09\nHow was the week?\n[Sam] 11:02:15\nLong.\nAt 5:30 I usually give up.\n",
			[]want{{"Dana Reyes", "How was the week?", 39729, -1, 1}, {"Sam", "Long. At 5:30 I usually give up.", 39735, -1, 3}}},
		{"a continuation starting with a clock time", "Coach: When do you wake?\nTom: Early.\nAt 5:30 I usually lie there.\nCoach: At 5:30?\n",
			[]want{{"Coach", "When do you wake?", -1, -1, 1}, {"Tom", "Early. At 5:30 I usually lie there.", -1, -1, 2}, {"Coach", "At 5:30?", -1, -1, 4}}},
		{"last, first and long names", "Reyes, Dana: Welcome.\nMaria del Carmen Lopez Garcia: Thanks.\nReyes, Dana: How are you?\nMaria del Carmen Lopez Garcia: Fine.\n",
			[]want{{"Reyes, Dana", "Welcome.", -1, -1, 1}, {"Maria del Carmen Lopez Garcia", "Thanks.", -1, -1, 2}, {"Reyes, Dana", "How are you?", -1, -1, 3}, {"Maria del Carmen Lopez Garcia", "Fine.", -1, -1, 4}}},
		{"a comma before a colon in a sentence is text", "Coach: And?\nTom: Well, honestly: no.\n",
			[]want{{"Coach", "And?", -1, -1, 1}, {"Tom", "Well, honestly: no.", -1, -1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.txt", tt.in, transcript.Options{})
			checkUtterances(t, tr, tt.want)
			checkInvariants(t, tr)
		})
	}
}
