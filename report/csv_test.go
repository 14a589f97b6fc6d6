package report_test

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

func TestCSV(t *testing.T) {
	tests := []struct {
		golden string
		t      *ally.Transcript
	}{
		{"csv-timed.golden", timedSession()},
		{"csv-group.golden", untimedGroup()},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.CSV(&buf, tt.t); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())

			rows, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(rows), len(tt.t.Utterances)+1; got != want {
				t.Errorf("%d rows, want %d (a header and one per utterance)", got, want)
			}
		})
	}
}
