package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/ally-mi/ally"
)

// CSV writes one row per coded utterance under a header row:
// index,speaker,role,start,end,code,subcode,confidence,text. Unknown times
// are empty cells.
func CSV(w io.Writer, t *ally.Transcript) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"index", "speaker", "role", "start", "end", "code", "subcode", "confidence", "text"})
	for _, u := range t.Utterances {
		cw.Write([]string{
			strconv.Itoa(u.Index),
			u.Speaker,
			string(u.Role),
			seconds(u.Start),
			seconds(u.End),
			u.Code.Label,
			u.Code.Subcode,
			strconv.FormatFloat(u.Code.Confidence, 'f', 3, 64),
			u.Text,
		})
	}
	// csv.Writer keeps its first error and reports it here.
	cw.Flush()
	return cw.Error()
}

// seconds formats a time in seconds with no more digits than it has, or ""
// when it is unknown.
func seconds(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// ratio formats an optional number for a CSV cell.
func ratio(v *float64, prec int) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', prec, 64)
}
