package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/ally-mi/ally"
)

// JSON writes the ally.Document of a coded transcript and its analysis, which
// may be nil, indented. The utterances, nearly all of a long session's
// document, are written one by one as they are encoded, so the document
// is never held whole in memory (twice, as encoded and as indented).
func JSON(w io.Writer, t *ally.Transcript, a *ally.Analysis) error {
	d := ally.NewDocument(t, a)
	us := d.Utterances
	if len(us) == 0 {
		return writeJSON(w, d)
	}
	// Everything but the utterances, with an empty list in their place.
	d.Utterances = []ally.DocumentUtterance{}
	var rest bytes.Buffer
	if err := writeJSON(&rest, d); err != nil {
		return err
	}
	// The first such line is the document's own key: quotes inside the
	// strings before it (name, format, speakers) are escaped.
	const empty = "\n  \"utterances\": [],\n"
	head, tail, ok := bytes.Cut(rest.Bytes(), []byte(empty))
	if !ok {
		return ally.Errorf(ally.EINTERNAL, "report: the document has no utterances key")
	}
	bw := &errWriter{w: w}
	bw.write(head)
	bw.write([]byte("\n  \"utterances\": [\n"))
	var one, ind bytes.Buffer
	enc := json.NewEncoder(&one)
	enc.SetEscapeHTML(false)
	for i, u := range us {
		one.Reset()
		if err := enc.Encode(u); err != nil {
			return ally.Errorf(ally.EINTERNAL, "report: encode utterance %d: %v", i, err)
		}
		ind.Reset()
		ind.WriteString("    ")
		if err := json.Indent(&ind, bytes.TrimSuffix(one.Bytes(), []byte("\n")), "    ", "  "); err != nil {
			return ally.Errorf(ally.EINTERNAL, "report: indent utterance %d: %v", i, err)
		}
		if i < len(us)-1 {
			ind.WriteByte(',')
		}
		ind.WriteByte('\n')
		bw.write(ind.Bytes())
	}
	bw.write([]byte("  ],\n"))
	bw.write(tail)
	return bw.err
}

// writeJSON writes v indented, without escaping <, > and &, which transcripts
// contain and readers of the file should see as typed.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// errWriter writes to w until the first error, which it keeps.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) write(p []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(p)
	}
}
