package mi

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

// table reads a CSV file with a header row, giving cells by column name.
type table struct {
	name string // the file, for messages
	cr   *csv.Reader
	col  map[string]int
	rec  []string
	line int
	// width is the fewest fields a row needs: up to the last needed column.
	width int
}

// openTable reads the header of CSV text and checks it has the columns in
// need; missing words the message for a column that is not there. The text
// is read as the transcript readers read CSV, so a file saved by a
// spreadsheet with semicolons, or as UTF-16, reads the same here.
func openTable(text, name string, need []string, missing func(col string) string) (*table, error) {
	cr := transcript.NewCSVReader(text)
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, ally.Errorf(ally.EINVALID, "%s: empty file", name)
	} else if err != nil {
		return nil, ally.Errorf(ally.EINVALID, "%s: %v", name, err)
	}
	t := &table{name: name, cr: cr, col: map[string]int{}}
	for i, h := range header {
		t.col[strings.TrimSpace(strings.ToLower(h))] = i
	}
	for _, c := range need {
		i, ok := t.col[c]
		if !ok {
			return nil, ally.Errorf(ally.EINVALID, "%s: line 1: %s", name, missing(c))
		}
		t.width = max(t.width, i+1)
	}
	return t, nil
}

// next reads the next row; it returns false at the end of the file or on an
// error, which err then holds.
func (t *table) next() (ok bool, err error) {
	last := t.rec
	t.rec, err = t.cr.Read()
	if errors.Is(err, io.EOF) {
		return false, transcript.CheckLastRow(t.name, t.line, last, t.width)
	} else if err != nil {
		return false, ally.Errorf(ally.EINVALID, "%s: %v", t.name, err)
	}
	t.line, _ = t.cr.FieldPos(0)
	if len(t.rec) < t.width {
		hint := ""
		if strings.Contains(t.rec[len(t.rec)-1], "\n") {
			hint = ": a quote opened in it is never closed"
		}
		return false, t.errorf("the row has %d fields where the header needs %d%s", len(t.rec), t.width, hint)
	}
	return true, nil
}

// get returns the current row's cell in column c, trimmed; "" when the
// file has no such column or the row is short.
func (t *table) get(c string) string {
	if i, ok := t.col[c]; ok && i < len(t.rec) {
		return strings.TrimSpace(t.rec[i])
	}
	return ""
}

// warnf returns a warning naming the file and the current line.
func (t *table) warnf(format string, args ...any) string {
	return fmt.Sprintf("%s: line %d: %s", t.name, t.line, fmt.Sprintf(format, args...))
}

// errorf returns an EINVALID error naming the file and the current line.
func (t *table) errorf(format string, args ...any) error {
	return ally.Errorf(ally.EINVALID, "%s: line %d: %s", t.name, t.line, fmt.Sprintf(format, args...))
}
