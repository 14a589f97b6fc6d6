package report

import "testing"

func TestCommonDir(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{[]string{"examples/a.vtt", "examples/b.srt"}, "examples/"},
		{[]string{"in/x/a.vtt", "in/y/b.vtt"}, "in/"},
		{[]string{"in/ab.vtt", "in/ac.vtt"}, "in/"},
		{[]string{"a.vtt", "b.vtt"}, ""},
		{[]string{"sessions/a.vtt"}, "sessions/"},
		{[]string{"-", "x/a.vtt"}, ""},
		{[]string{`c:\s\a.vtt`, `c:\s\b.vtt`}, `c:\s\`},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := commonDir(tt.names); got != tt.want {
			t.Errorf("commonDir(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}
