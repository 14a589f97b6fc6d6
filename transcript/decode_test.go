package transcript_test

import (
	"testing"
	"unicode/utf16"

	"github.com/ally-mi/ally/transcript"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b []byte
	u := utf16.Encode([]rune(s))
	if bom {
		u = append([]uint16{0xFEFF}, u...)
	}
	for _, c := range u {
		if bigEndian {
			b = append(b, byte(c>>8), byte(c))
		} else {
			b = append(b, byte(c), byte(c>>8))
		}
	}
	return b
}

func TestEncodings(t *testing.T) {
	const text = "Dana: Un café?\r\nSam: Oui, merci — très bien.\r\n"
	tests := []struct {
		name string
		in   []byte
		want []string // texts of the two utterances
	}{
		{"UTF-8", []byte(text), []string{"Un café?", "Oui, merci — très bien."}},
		{"UTF-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...), []string{"Un café?", "Oui, merci — très bien."}},
		{"UTF-16LE BOM", utf16Bytes(text, false, true), []string{"Un café?", "Oui, merci — très bien."}},
		{"UTF-16BE BOM", utf16Bytes(text, true, true), []string{"Un café?", "Oui, merci — très bien."}},
		{"UTF-16LE without BOM", utf16Bytes(text, false, false), []string{"Un café?", "Oui, merci — très bien."}},
		{"Latin-1", []byte("Dana: Un caf\xe9?\nSam: Oui.\n"), []string{"Un café?", "Oui."}},
		{"Windows-1252", []byte("Dana: \x93Quoted\x94 \x80 5?\rSam: Yes\x85\r"), []string{"“Quoted” € 5?", "Yes…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := transcript.Parse("s.txt", tt.in, transcript.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, tr)
			if len(tr.Utterances) != len(tt.want) {
				t.Fatalf("got:\n%s", dump(tr))
			}
			for i, w := range tt.want {
				if got := tr.Utterances[i].Text; got != w || tr.Utterances[i].Line != i+1 {
					t.Errorf("utterance %d: got %q on line %d, want %q on line %d", i, got, tr.Utterances[i].Line, w, i+1)
				}
			}
		})
	}
}

func TestFormats(t *testing.T) {
	got := transcript.Formats()
	if len(got) != 5 {
		t.Fatalf("got %v", got)
	}
	got[0] = "changed" // callers get their own copy
	if transcript.Formats()[0] != "vtt" {
		t.Errorf("Formats shares its slice")
	}
}
