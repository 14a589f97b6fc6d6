package transcript

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"x.txt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: hi\n", "vtt"},
		{"x", "\uFEFFWEBVTT\n", "vtt"},
		{"x.txt", "1\n00:00:01,000 --> 00:00:02,000\nA: hi\n", "srt"},
		{"x.srt", "00:00:01.000 --> 00:00:02.000\nA: hi\n", "vtt"},
		{"x.vtt", "a1/1-0\n00:00:01.000 --> 00:00:02.000\n<v A>hi</v>\n", "vtt"},
		{"x.txt", `[{"speaker":"A","text":"hi"}]`, "json"},
		{"x", ` {"utterances":[]}`, "json"},
		{"x.json", "[00:00:01] A: hi\n", "txt"},
		{"x.txt", "Speaker,Text\nA,hi\n", "csv"},
		{"x", "transcript_id;utterance_id;interlocutor;utterance_text\n", "csv"},
		{"x.csv", "who,what\nA,hi\n", "csv"},
		{"x.srt", "A: hi\nB: yo\n", "txt"},
		{"x.srt", "Hello there\n", "srt"},
		{"x.doc", "A: hi\nB: yo\n", "txt"},
		{"x", "Speaker 1  0:13\nHello\n", "txt"},
	}
	for _, tt := range tests {
		text, err := DecodeText(tt.name, []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := detect(tt.name, text); got != tt.want {
			t.Errorf("detect(%q, %q): got %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
