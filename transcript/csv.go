package transcript

import (
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// Header names each CSV column may go by, compared in lower case with
// spaces and dashes as underscores. AnnoMI's come first.
var csvColumns = map[string][]string{
	"text":       {"utterance_text", "text", "utterance", "content"},
	"speaker":    {"interlocutor", "speaker", "name", "speaker_name"},
	"start":      {"timestamp", "start", "start_time", "begin"},
	"end":        {"end", "end_time", "stop"},
	"transcript": {"transcript_id"},
	"utterance":  {"utterance_id"},
}

// csvSession is the rows of one transcript_id (or of the whole file).
type csvSession struct {
	id   string
	segs []segment
}

// readCSV reads a CSV with speaker and text columns (AnnoMI's or generic).
// A file holding several AnnoMI transcripts is refused: one file, one session.
func readCSV(name, text string, w *warnings) ([]segment, error) {
	sessions, err := csvSessions(name, text, w)
	if err != nil {
		return nil, err
	}
	if len(sessions) > 1 {
		return nil, ally.Errorf(ally.EINVALID, "%s: the file holds %d transcripts (transcript_id %s, %s, ...); ally reads one session per file: split it by transcript_id",
			name, len(sessions), sessions[0].id, sessions[1].id)
	}
	return sessions[0].segs, nil
}

// csvSessions reads the rows, grouped by transcript_id in order of first
// appearance and sorted by utterance_id within each.
func csvSessions(name, text string, w *warnings) ([]csvSession, error) {
	r := NewCSVReader(text)
	header, err := r.Read()
	if err != nil {
		return nil, csvError(name, err)
	}
	header = normaliseHeader(header)
	col := map[string]int{}
	for key, names := range csvColumns {
		col[key] = findColumn(header, names)
	}
	if col["text"] < 0 || col["speaker"] < 0 {
		return nil, lineError(name, 1, "CSV header %q has no speaker and text columns; want speaker,text (optionally start,end) or AnnoMI's interlocutor,utterance_text",
			clip(strings.Join(header, string(r.Comma))))
	}
	var (
		sessions []csvSession
		byID     = map[string]int{}
		seen     = map[[2]string]bool{}
		uids     [][]int // utterance_id of each segment, per session; -1 if none
	)
	var last []string // the row before, to spot a quote left open at the end
	lastLine := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			if err := CheckLastRow(name, lastLine, last, len(header)); err != nil {
				return nil, err
			}
			break
		} else if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := r.FieldPos(0)
		last, lastLine = rec, line
		get := func(key string) string {
			if i := col[key]; i >= 0 && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		speaker, utt, tid, uid := get("speaker"), get("text"), get("transcript"), get("utterance")
		if utt == "" {
			continue
		}
		if speaker == "" {
			return nil, lineError(name, line, "row has text but no speaker")
		}
		// AnnoMI's full file repeats each utterance once per annotator.
		if uid != "" && seen[[2]string{tid, uid}] {
			continue
		}
		seen[[2]string{tid, uid}] = true
		seg := segment{speaker: speaker, text: utt, line: line}
		if seg.start, err = readTime(name, line, w, "start time", get("start")); err != nil {
			return nil, err
		}
		if seg.end, err = readTime(name, line, w, "end time", get("end")); err != nil {
			return nil, err
		}
		seg.end = checkSpan(w, line, seg.start, seg.end)
		k, ok := byID[tid]
		if !ok {
			k = len(sessions)
			byID[tid] = k
			sessions = append(sessions, csvSession{id: tid})
			uids = append(uids, nil)
		}
		n, err := strconv.Atoi(uid)
		if err != nil {
			n = -1
		}
		sessions[k].segs = append(sessions[k].segs, seg)
		uids[k] = append(uids[k], n)
	}
	if len(sessions) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "%s: the CSV has a header but no rows with text", name)
	}
	for k := range sessions {
		sortByID(sessions[k].segs, uids[k])
	}
	return sessions, nil
}

// normaliseHeader lower-cases the header names and writes spaces and
// dashes as underscores, so "Utterance Text" finds utterance_text.
func normaliseHeader(header []string) []string {
	norm := make([]string, len(header))
	r := strings.NewReplacer(" ", "_", "-", "_")
	for i, h := range header {
		norm[i] = r.Replace(strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF"))))
	}
	return norm
}

// findColumn returns the index of the first of names in the normalised
// header, -1 if there is none.
func findColumn(header []string, names []string) int {
	for _, want := range names {
		for i, h := range header {
			if h == want {
				return i
			}
		}
	}
	return -1
}

// NewCSVReader returns a reader for CSV text as spreadsheets write it: the
// delimiter (comma, semicolon or tab) taken from the header line, rows of
// any length, and stray quotes inside fields tolerated.
func NewCSVReader(text string) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	return r
}

// sniffDelimiter picks comma, semicolon or tab, whichever the header line
// (outside quotes) has most of; spreadsheets in many locales save ";".
func sniffDelimiter(text string) rune {
	header, _, _ := strings.Cut(text, "\n")
	counts := map[rune]int{}
	quoted := false
	for _, c := range header {
		if c == '"' {
			quoted = !quoted
		} else if !quoted {
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// sortByID orders segments by utterance_id when every row has a numeric
// one, keeping file order otherwise.
func sortByID(segs []segment, ids []int) {
	for _, id := range ids {
		if id < 0 {
			return
		}
	}
	perm := make([]int, len(segs))
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(a, b int) int { return cmp.Compare(ids[a], ids[b]) })
	sorted := make([]segment, len(segs))
	for i, p := range perm {
		sorted[i] = segs[p]
	}
	copy(segs, sorted)
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return lineError(name, pe.Line, "%v", pe.Err)
	}
	if errors.Is(err, io.EOF) {
		return ally.Errorf(ally.EINVALID, "%s: the file is empty", name)
	}
	return ally.Errorf(ally.EINVALID, "%s: %v", name, err)
}

// CheckLastRow reports a quote left open in rec, the last row of the CSV
// file name, read at line: a cell whose lines after its first look like
// whole rows of width fields. An open quote makes a reader take the rest of
// the file as one cell, so only the last row can show it; a cell with a
// line break in its text has no such lines.
func CheckLastRow(name string, line int, rec []string, width int) error {
	for _, f := range rec {
		for _, l := range strings.Split(f, "\n")[1:] {
			if width > 1 && strings.Count(l, ",") >= width-1 {
				return lineError(name, line, "a quote opened in this row is never closed: a field runs on over lines that look like rows")
			}
		}
	}
	return nil
}
