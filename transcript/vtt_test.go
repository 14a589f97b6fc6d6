package transcript_test

import (
	"testing"

	"github.com/ally-mi/ally/transcript"
)

func TestParseVTT(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"zoom", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nDana Reyes: How are you?\n\n2\n00:00:04.500 --> 00:00:06.000\nSam Okafor: Tired.\n",
			[]want{{"Dana Reyes", "How are you?", 1, 4, 5}, {"Sam Okafor", "Tired.", 4.5, 6, 9}}},
		{"zoom turn over two cues is merged", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: What brings\n\n00:00:02.000 --> 00:00:03.500\nDana: you here?\n\n00:00:04.000 --> 00:00:05.000\nSam: My wife.\n",
			[]want{{"Dana", "What brings you here?", 1, 3.5, 4}, {"Sam", "My wife.", 4, 5, 10}}},
		{"multi-line cue and cue without name continues the speaker", "WEBVTT\n\n00:01.000 --> 00:02.000\nDana: Tell me\nmore about that.\n\n00:02.500 --> 00:03.000\nwhen you're ready.\n\n00:04.000 --> 00:05.000\nSam: Okay.\n",
			[]want{{"Dana", "Tell me more about that. when you're ready.", 1, 3, 4}, {"Sam", "Okay.", 4, 5, 11}}},
		{"teams voice tags and cue ids", "WEBVTT\r\n\r\na1b2c3/1-0\r\n00:00:01.000 --> 00:00:02.000\r\n<v Priya Nair>Hi Marcus.</v>\r\n\r\na1b2c3/2-0\r\n00:00:02.500 --> 00:00:03.000\r\n<v Marcus Bell>Hi.</v>\r\n",
			[]want{{"Priya Nair", "Hi Marcus.", 1, 2, 5}, {"Marcus Bell", "Hi.", 2.5, 3, 9}}},
		{"several voices in one cue", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Priya>Three days?</v>\n<v Marcus>Three days.</v>\n",
			[]want{{"Priya", "Three days?", 1, 3, 4}, {"Marcus", "Three days.", 1, 3, 5}}},
		{"voice spans on one line, class, voice carried to the next line", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v.loud Priya>Three days?</v> <v Marcus>Yes,\nthree.</v>\n",
			[]want{{"Priya", "Three days?", 1, 3, 4}, {"Marcus", "Yes, three.", 1, 3, 4}}},
		{"settings, NOTE, STYLE, REGION, header metadata and BOM", "\uFEFFWEBVTT - session 3\nKind: captions\n\nNOTE this is\na note\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\n\n00:00:01.000 --> 00:00:02.000 align:start position:10%\nA: Hi?\n\n00:00:03.000 --> 00:00:04.000 line:0\nB: Hello.\n",
			[]want{{"A", "Hi?", 1, 2, 14}, {"B", "Hello.", 3, 4, 17}}},
		{"inline tags and entities", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana><i>Salt</i> &amp; <b>pepper</b> &lt;3&gt;&nbsp;ok</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Sam><c.yellow>one</c> <00:00:02.500>two {\\an8}three</v>\n",
			[]want{{"Dana", "Salt & pepper <3> ok", 1, 2, 4}, {"Sam", "one two three", 2, 3, 7}}},
		{"blank lines before the header", "\n\nWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: Hi?\n\n00:00:02.000 --> 00:00:03.000\nB: Hi.\n",
			[]want{{"A", "Hi?", 1, 2, 6}, {"B", "Hi.", 2, 3, 9}}},
		{"hour-long timestamps", "WEBVTT\n\n01:02:03.500 --> 01:02:04.000\nA: x\n\n23:00:00.000 --> 23:00:01.000\nB: y\n",
			[]want{{"A", "x", 3723.5, 3724, 4}, {"B", "y", 82800, 82801, 7}}},
		{"teams stamps without padding", "WEBVTT\n\n0:0:13.540 --> 0:0:17.850\n<v Priya Nair>Hi.</v>\n\n0:1:2.5 --> 0:1:4.0\n<v Marcus Bell>Hello.</v>\n",
			[]want{{"Priya Nair", "Hi.", 13.54, 17.85, 4}, {"Marcus Bell", "Hello.", 62.5, 64, 7}}},
		{"overlapping and out-of-order cues are read in the file's order", "WEBVTT\n\n00:00:05.000 --> 00:00:08.000\nA: x\n\n00:00:03.000 --> 00:00:04.000\nB: y\n\n00:00:06.000 --> 00:00:07.000\nA: z\n",
			[]want{{"A", "x", 5, 8, 4}, {"B", "y", 3, 4, 7}, {"A", "z", 6, 7, 10}}},
		{"no blank lines between cues, as YouTube writes", "WEBVTT\nKind: captions\nLanguage: en\n00:00:01.000 --> 00:00:02.000\nA: x\n00:00:02.000 --> 00:00:03.000\nB: y\n2\n00:00:03.000 --> 00:00:04.000\nA: z\n",
			[]want{{"A", "x", 1, 2, 5}, {"B", "y", 2, 3, 7}, {"A", "z", 3, 4, 10}}},
		{"STYLE block with a blank line inside", "WEBVTT\n\nSTYLE\n::cue {\n  color: white;\n\n  background: black;\n}\n\n00:00:01.000 --> 00:00:02.000\nA: x\n\n00:00:02.000 --> 00:00:03.000\nB: y\n",
			[]want{{"A", "x", 1, 2, 11}, {"B", "y", 2, 3, 14}}},
		{"cue id containing an arrow", "WEBVTT\n\nintro --> 1\n00:00:01.000 --> 00:00:02.000\nA: x\n\nA-->B\n00:00:02.000 --> 00:00:03.000\nB: y\n",
			[]want{{"A", "x", 1, 2, 5}, {"B", "y", 2, 3, 9}}},
		{"an arrow in the text is text", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: home --> work\n\n00:00:02.000 --> 00:00:03.000\nB: y\n",
			[]want{{"A", "home --> work", 1, 2, 4}, {"B", "y", 2, 3, 7}}},
		{"bare CR line ends and a form feed", "WEBVTT\r\r00:00:01.000 --> 00:00:02.000\rA: x\r\f\r00:00:02.000 --> 00:00:03.000\rB: y\f\r",
			[]want{{"A", "x", 1, 2, 4}, {"B", "y", 2, 3, 7}}},
		{"overlapping cues in order are fine", "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nA: x\n\n00:00:03.000 --> 00:00:04.000\nB: y\n",
			[]want{{"A", "x", 1, 5, 4}, {"B", "y", 3, 4, 7}}},
		{"empty cue in the middle is a pause", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: x\n\n00:00:02.000 --> 00:00:03.000\n\n00:00:03.000 --> 00:00:04.000\nB: y\n",
			[]want{{"A", "x", 1, 2, 4}, {"B", "y", 3, 4, 9}}},
		{"colon in a sentence is not a speaker", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Here is the thing\n\n00:00:02.000 --> 00:00:03.000\nSam: I mean\n\n00:00:03.000 --> 00:00:04.000\nWell: I don't know.\n\n00:00:04.000 --> 00:00:05.000\nDana: Okay?\n",
			[]want{{"Dana", "Here is the thing", 1, 2, 4}, {"Sam", "I mean Well: I don't know.", 2, 4, 7}, {"Dana", "Okay?", 4, 5, 13}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.vtt", tt.in, transcript.Options{})
			if tr.Format != "vtt" {
				t.Errorf("format: got %q, want vtt", tr.Format)
			}
			checkUtterances(t, tr, tt.want)
			checkInvariants(t, tr)
		})
	}
}

func TestParseVTTHeaderWithoutBlankLine(t *testing.T) {
	tr := MustParse(t, "s.vtt", "WEBVTT\n00:00:01.000 --> 00:00:02.000\nA: Hi?\n\n00:00:02.000 --> 00:00:03.000\nB: Hi.\n", transcript.Options{})
	checkUtterances(t, tr, []want{{"A", "Hi?", 1, 2, 3}, {"B", "Hi.", 2, 3, 6}})
}
