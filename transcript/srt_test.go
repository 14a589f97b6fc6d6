package transcript_test

import (
	"testing"

	"github.com/ally-mi/ally/transcript"
)

func TestParseSRT(t *testing.T) {
	tests := []struct {
		name, in string
		want     []want
	}{
		{"names", "1\n00:00:01,000 --> 00:00:04,000\nNurse Kim: Is that right?\n\n2\n00:00:04,500 --> 00:00:06,250\nLee: About that.\n",
			[]want{{"Nurse Kim", "Is that right?", 1, 4, 3}, {"Lee", "About that.", 4.5, 6.25, 7}}},
		{"italics, CRLF, multi-line text and a trailing blank", "1\r\n00:00:01,000 --> 00:00:02,000\r\nKim: <i>Really</i>\r\nreally?\r\n\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nLee: {\\an8}Yes.\r\n\r\n\r\n",
			[]want{{"Kim", "Really really?", 1, 2, 3}, {"Lee", "Yes.", 2, 3, 8}}},
		{"no index lines", "00:00:01,000 --> 00:00:02,000\nKim: Hi?\n\n00:00:02,000 --> 00:00:03,000\nLee: Hi.\n",
			[]want{{"Kim", "Hi?", 1, 2, 2}, {"Lee", "Hi.", 2, 3, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := MustParse(t, "s.srt", tt.in, transcript.Options{})
			if tr.Format != "srt" {
				t.Errorf("format: got %q, want srt", tr.Format)
			}
			checkUtterances(t, tr, tt.want)
			checkInvariants(t, tr)
		})
	}
}
