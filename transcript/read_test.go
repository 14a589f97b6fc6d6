package transcript_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

// sized returns a plain-text transcript of exactly n bytes.
func sized(tb testing.TB, n int64) []byte {
	tb.Helper()
	const head = "Dana: How are the weekends?\nSam: "
	if n < int64(len(head))+2 {
		tb.Fatalf("no transcript fits in %d bytes", n)
	}
	return []byte(head + strings.Repeat("a", int(n)-len(head)-1) + "\n")
}

// repeat is a stream of one byte that never ends, such as a pipe left
// open; io.LimitReader gives it an end.
type repeat byte

func (r repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

func TestRead(t *testing.T) {
	const mb = 1 << 20
	// NUL bytes fail the content check at once: an input of them that
	// gets that far was let through by the size limit, without the cost
	// of parsing 20 MB of text.
	passed := []string{"upload.txt: not a text transcript"}
	tests := []struct {
		name    string
		in      io.Reader
		maxSize int64
		code    string   // of the error
		msg     []string // in the error; nil when the read succeeds
	}{
		{"under the limit", bytes.NewReader(sized(t, 100)), 0, ally.EINVALID, nil},
		{"at the limit", io.LimitReader(repeat(0), transcript.MaxFileSize), 0, ally.EINVALID, passed},
		{"over the limit", io.LimitReader(repeat('a'), transcript.MaxFileSize+1), 0, ally.ETOOLARGE, []string{"upload.txt is over 20 MB, the most ally reads"}},
		{"a stream that never ends", repeat('a'), 0, ally.ETOOLARGE, []string{"upload.txt is over 20 MB"}},
		{"at a custom limit", bytes.NewReader(sized(t, mb)), mb, ally.EINVALID, nil},
		{"over a custom limit", bytes.NewReader(sized(t, mb+1)), mb, ally.ETOOLARGE, []string{"upload.txt is over 1 MB, the most ally reads"}},
		{"over a custom limit in part MB", bytes.NewReader(sized(t, 3*mb/2+1)), 3 * mb / 2, ally.ETOOLARGE, []string{"upload.txt is over 1.5 MB"}},
		{"a custom limit above the default", io.LimitReader(repeat(0), transcript.MaxFileSize+1), transcript.MaxFileSize + mb, ally.EINVALID, passed},
		{"reader error", iotest.ErrReader(errors.New("connection reset")), 0, ally.EINVALID, []string{"cannot read upload.txt: connection reset"}},
		{"reader error after some data", io.MultiReader(strings.NewReader("Dana: Hi.\n"), iotest.ErrReader(errors.New("connection reset"))), 0, ally.EINVALID,
			[]string{"cannot read upload.txt: connection reset"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := transcript.Read(tt.in, "upload.txt", transcript.Options{MaxSize: tt.maxSize})
			if tt.msg == nil {
				if err != nil {
					t.Fatal(err)
				}
				if tr.Name != "upload.txt" || len(tr.Utterances) != 2 {
					t.Errorf("got %q with %d utterances, want upload.txt with 2", tr.Name, len(tr.Utterances))
				}
				return
			}
			if code, msg := ally.ErrorCode(err), ally.ErrorMessage(err); code != tt.code || !contains(msg, tt.msg...) {
				t.Errorf("got %s %q, want %s with %q", code, msg, tt.code, tt.msg)
			}
		})
	}
}
