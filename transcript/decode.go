package transcript

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ally-mi/ally"
)

// DecodeText turns the bytes of any text file ally reads into UTF-8 text
// with "\n" line ends, as the transcript readers do: UTF-8 with or without a
// BOM, UTF-16, or Windows-1252. A byte that is not UTF-8 in a UTF-8 file is
// read as Windows-1252, the usual source of one. An empty or binary file is
// EINVALID, with name in the message.
func DecodeText(name string, data []byte) (string, error) {
	return decodeText(name, data, &warnings{})
}

// decodeText is DecodeText, with a warning for every byte read as
// Windows-1252 in a UTF-8 file.
func decodeText(name string, data []byte, w *warnings) (string, error) {
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text = decodeUTF8(data[3:], w)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text = decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text = decodeUTF16(data[2:], true)
	case looksUTF16(data, false):
		text = decodeUTF16(data, false)
	case looksUTF16(data, true):
		text = decodeUTF16(data, true)
	case utf8.Valid(data):
		text = string(data)
	case hasUTF8(data):
		// A UTF-8 file with a stray byte pasted in from elsewhere: that
		// byte alone is foreign, not the whole file.
		text = decodeUTF8(data, w)
	default:
		text = decodeWindows1252(data)
	}
	if strings.TrimSpace(strings.TrimPrefix(text, "\uFEFF")) == "" {
		return "", ally.Errorf(ally.EINVALID, "%s: the file is empty", name)
	}
	if !isText(text) {
		return "", ally.Errorf(ally.EINVALID, "%s: not a text transcript (the file holds binary data)", name)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	return text, nil
}

// hasUTF8 reports whether data holds a multi-byte UTF-8 sequence, which a
// Windows-1252 file all but never does by chance.
func hasUTF8(data []byte) bool {
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if size > 1 && r != utf8.RuneError {
			return true
		}
		data = data[size:]
	}
	return false
}

// decodeUTF8 decodes UTF-8, reading each byte that is not UTF-8 as
// Windows-1252 and warning about it with its line.
func decodeUTF8(data []byte, w *warnings) string {
	if utf8.Valid(data) {
		return string(data)
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size == 1:
			c := data[0]
			r = rune(c)
			if c >= 0x80 && c < 0xA0 {
				r = cp1252[c-0x80]
			}
			w.add(line, "byte 0x%02X is not UTF-8; read as Windows-1252 %q", c, r)
			b.WriteRune(r)
		default:
			b.Write(data[:size])
		}
		// Line ends are counted as the readers will see them: "\r\n",
		// "\r" and "\n" each end one line.
		if c := data[0]; c == '\n' || (c == '\r' && (len(data) == 1 || data[1] != '\n')) {
			line++
		}
		data = data[size:]
	}
	return b.String()
}

// looksUTF16 reports whether data is BOM-less UTF-16 holding mostly ASCII:
// every other byte is NUL, on the side the byte order puts it.
func looksUTF16(data []byte, bigEndian bool) bool {
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return false
	}
	zeros := 0
	for i := 0; i < n; i += 2 {
		hi, lo := data[i+1], data[i]
		if bigEndian {
			hi, lo = data[i], data[i+1]
		}
		if hi == 0 && lo != 0 {
			zeros++
		}
	}
	return zeros*10 >= n/2*9
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// cp1252 maps the bytes 0x80–0x9F, where Windows-1252 differs from Latin-1;
// the five undefined ones become U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

func decodeWindows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0:
			b.WriteRune(cp1252[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// isText reports whether s reads as text: no NUL, and control characters
// other than tab, newline, carriage return and form feed are rare.
func isText(s string) bool {
	controls, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == 0:
			return false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			controls++
		case r == 0x7F || (r >= 0x80 && r < 0xA0):
			controls++
		}
	}
	return controls*100 <= n
}
