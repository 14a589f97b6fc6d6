package report

import (
	"encoding/json"
	"io"

	"github.com/ally-mi/ally"
)

// JSON writes the ally.Document of a coded transcript and its analysis, which
// may be nil, indented.
func JSON(w io.Writer, t *ally.Transcript, a *ally.Analysis) error {
	return writeJSON(w, ally.NewDocument(t, a))
}

// writeJSON writes v indented, without escaping <, > and &, which transcripts
// contain and readers of the file should see as typed.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
