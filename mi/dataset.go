package mi

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// Dataset is a set of hand-coded recordings, the input of training and
// evaluation.
type Dataset struct {
	// Sessions holds the recordings in the order they were read.
	Sessions []Recording
	// Warnings name the rows that were skipped, each with its file and
	// line, so that one defective row costs only itself.
	Warnings []string
}

// Recording is one hand-coded transcript: a session as it was recorded and
// coded.
type Recording struct {
	// ID identifies the recording within its dataset (AnnoMI's transcript_id).
	ID string
	// Group keeps recordings that must stay on one side of a train/test
	// split together: AnnoMI's video_url, since several transcripts share a
	// video.
	Group string
	// Quality is AnnoMI's mi_quality ("high" or "low"), "" when unknown.
	Quality    string
	Utterances []Example
	// Weight scales how much the recording's coded utterances count in
	// training, by role; a role it does not name counts 1, and 0 keeps
	// that role's codes out of training (its words still give context).
	Weight map[ally.Role]float64
	// TrainOnly marks weakly coded recordings (MIBot's automatic codes):
	// training learns from them, but cross-validation never scores them
	// beside the hand-coded recordings, and Train's inner choices
	// (penalties, temperatures) are made on the others alone.
	TrainOnly bool
}

// weightOf returns how much the recording's utterances of role r count.
func (s Recording) weightOf(r ally.Role) float64 {
	if w, ok := s.Weight[r]; ok {
		return w
	}
	return 1
}

// Example is one coded utterance.
type Example struct {
	Role ally.Role
	Text string
	// Start is the time the utterance starts, in seconds, nil when unknown.
	Start *float64
	// Label is the gold code (ally.CodeChange ... ally.CodeOther), "" when uncoded.
	Label string
	// Subcode is the gold subcode, "" when unknown.
	Subcode string
}

// Transcript returns the recording as a transcript carrying its gold codes
// (confidence 1), with speakers named after their roles.
func (s Recording) Transcript() *ally.Transcript {
	t := &ally.Transcript{Name: s.ID, Format: "csv"}
	seen := map[ally.Role]bool{}
	for i, u := range s.Utterances {
		name := string(u.Role)
		if !seen[u.Role] {
			seen[u.Role] = true
			t.Speakers = append(t.Speakers, ally.Speaker{Name: name, Role: u.Role, Confidence: 1, Reason: "coded data"})
		}
		t.Utterances = append(t.Utterances, ally.Utterance{
			Index: i, Speaker: name, Role: u.Role, Text: u.Text, Start: u.Start,
			Code: ally.Code{Label: u.Label, Subcode: u.Subcode, Confidence: 1, SubConfidence: 1},
		})
	}
	return t
}

// annomiRow is one CSV row of AnnoMI, simple or full.
type annomiRow struct {
	transcript, video, quality, role, text string
	start                                  *float64
	utterance, line                        int
	annotator                              string
	behaviour, talk                        string
	reflection, question, input            string
}

// ReadAnnoMI reads a CSV in AnnoMI's format, simple or full. Where the full
// format repeats an utterance once per annotator, each label is the
// annotators' majority (ties go to the label of the lowest annotator id).
// name is used in error messages.
func ReadAnnoMI(r io.Reader, name string) (*Dataset, error) {
	text, err := readText(r, name)
	if err != nil {
		return nil, err
	}
	return readAnnoMI(text, name)
}

// readAnnoMI reads AnnoMI's format from decoded text.
func readAnnoMI(text, name string) (*Dataset, error) {
	need := []string{"transcript_id", "utterance_id", "interlocutor", "utterance_text", "main_therapist_behaviour", "client_talk_type"}
	t, err := openTable(text, name, need, func(c string) string { return fmt.Sprintf("not an AnnoMI CSV: no %q column", c) })
	if err != nil {
		return nil, err
	}
	var rows []annomiRow
	for {
		if ok, err := t.next(); err != nil {
			return nil, err
		} else if !ok {
			break
		}
		row := annomiRow{
			transcript: t.get("transcript_id"),
			video:      t.get("video_url"),
			quality:    t.get("mi_quality"),
			text:       t.get("utterance_text"),
			annotator:  t.get("annotator_id"),
			behaviour:  t.get("main_therapist_behaviour"),
			talk:       t.get("client_talk_type"),
			reflection: t.get("reflection_subtype"),
			question:   t.get("question_subtype"),
			input:      t.get("therapist_input_subtype"),
			line:       t.line,
		}
		row.start = parseClock(t.get("timestamp"))
		row.utterance, err = strconv.Atoi(t.get("utterance_id"))
		if err != nil {
			return nil, t.errorf("utterance_id %q is not a number", t.get("utterance_id"))
		}
		switch t.get("interlocutor") {
		case "therapist":
			row.role = string(ally.RolePractitioner)
		case "client":
			row.role = string(ally.RoleClient)
		default:
			return nil, t.errorf("interlocutor %q is neither therapist nor client", t.get("interlocutor"))
		}
		if _, err := row.label(); err != nil {
			return nil, t.errorf("%s", err)
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "%s: no utterances", name)
	}
	return groupRows(rows), nil
}

// label returns the row's gold code.
func (r annomiRow) label() (string, error) {
	if r.role == string(ally.RoleClient) {
		switch r.talk {
		case "change", "neutral", "sustain":
			return r.talk, nil
		}
		return "", errors.New("client_talk_type " + strconv.Quote(r.talk) + " is not change, neutral or sustain")
	}
	switch r.behaviour {
	case "reflection", "question", "other":
		return r.behaviour, nil
	case "therapist_input":
		return ally.CodeInput, nil
	}
	return "", errors.New("main_therapist_behaviour " + strconv.Quote(r.behaviour) + " is not reflection, question, therapist_input or other")
}

// subcode returns the row's gold subcode for its label, "" when absent.
func (r annomiRow) subcode(label string) string {
	var s string
	switch label {
	case ally.CodeReflection:
		s = r.reflection
	case ally.CodeQuestion:
		s = r.question
	case ally.CodeInput:
		s = r.input
	}
	if s == "n/a" {
		return ""
	}
	return s
}

// groupRows turns rows into sessions ordered by first appearance, utterances
// ordered by utterance_id, one example per utterance by majority vote.
func groupRows(rows []annomiRow) *Dataset {
	type key struct {
		transcript string
		utterance  int
	}
	byUtt := map[key][]annomiRow{}
	var sessions []string
	seen := map[string]bool{}
	for _, r := range rows {
		k := key{r.transcript, r.utterance}
		byUtt[k] = append(byUtt[k], r)
		if !seen[r.transcript] {
			seen[r.transcript] = true
			sessions = append(sessions, r.transcript)
		}
	}
	uttIDs := map[string][]int{}
	for k := range byUtt {
		uttIDs[k.transcript] = append(uttIDs[k.transcript], k.utterance)
	}
	ds := &Dataset{}
	for _, id := range sessions {
		ids := uttIDs[id]
		sort.Ints(ids)
		var s Recording
		for _, u := range ids {
			votes := byUtt[key{id, u}]
			sort.SliceStable(votes, func(i, j int) bool { return annotatorLess(votes[i].annotator, votes[j].annotator) })
			first := votes[0]
			s.ID, s.Group, s.Quality = first.transcript, first.video, first.quality
			if s.Group == "" {
				s.Group = first.transcript
			}
			label := majority(votes, func(r annomiRow) string { l, _ := r.label(); return l })
			sub := majority(votes, func(r annomiRow) string {
				if l, _ := r.label(); l == label {
					return r.subcode(label)
				}
				return ""
			})
			s.Utterances = append(s.Utterances, Example{Role: ally.Role(first.role), Text: first.text, Start: first.start, Label: label, Subcode: sub})
		}
		ds.Sessions = append(ds.Sessions, s)
	}
	return ds
}

// annotatorLess orders annotator ids numerically when they are numbers.
func annotatorLess(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return x < y
	}
	return a < b
}

// majority returns the most common non-empty value of f over votes; of
// values with equal counts, the one that reached that count first wins.
func majority(votes []annomiRow, f func(annomiRow) string) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, v := range votes {
		s := f(v)
		if s == "" {
			continue
		}
		count[s]++
		if count[s] > bestN {
			best, bestN = s, count[s]
		}
	}
	return best
}

// parseClock reads "hh:mm:ss" or "mm:ss" as seconds; nil when s is not a time.
func parseClock(s string) *float64 {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	secs := 0.0
	for _, p := range parts {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil || v < 0 {
			return nil
		}
		secs = secs*60 + v
	}
	return &secs
}
