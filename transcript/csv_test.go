package transcript_test

import (
	"testing"

	"github.com/ally-mi/ally/transcript"
)

func TestParseCSV(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"generic", "speaker,text,start,end\nDr Patel,\"Dizzy, you said?\",1.5,3\nGrace,Yes.,00:00:04,00:00:05.5\n",
			[]want{{"Dr Patel", "Dizzy, you said?", 1.5, 3, 2}, {"Grace", "Yes.", 4, 5.5, 3}}},
		{"aliases, case, extra columns, missing times", "Code;Name;Utterance;Role\nx;Dr Patel;Dizzy?;therapist\ny;Grace;Yes.;client\n",
			[]want{{"Dr Patel", "Dizzy?", -1, -1, 2}, {"Grace", "Yes.", -1, -1, 3}}},
		{"tab separated with content column", "speaker\tcontent\nA\tHow?\nB\tLike this.\n",
			[]want{{"A", "How?", -1, -1, 2}, {"B", "Like this.", -1, -1, 3}}},
		{"quoted newline, empty rows and consecutive rows of one speaker", "speaker,text\nA,\"Two\nlines?\"\n,\nA,More?\nB,Yes.\n",
			[]want{{"A", "Two lines? More?", -1, -1, 2}, {"B", "Yes.", -1, -1, 6}}},
		{"annomi: ordered by utterance_id, annotator repeats dropped", "transcript_id,utterance_id,interlocutor,timestamp,utterance_text,annotator_id\n7,1,client,00:00:05,Fine.,1\n7,0,therapist,00:00:01,How are you?,1\n7,0,therapist,00:00:01,How are you?,2\n7,1,client,00:00:05,Fine.,2\n",
			[]want{{"therapist", "How are you?", 1, -1, 3}, {"client", "Fine.", 5, -1, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.csv", tt.in, transcript.Options{})
			if tr.Format != "csv" {
				t.Errorf("format: got %q, want csv", tr.Format)
			}
			checkUtterances(t, tr, tt.want)
			checkInvariants(t, tr)
		})
	}
}
