package mi

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/transcript"
)

// ReadDataset reads hand-coded sessions from a CSV file: AnnoMI's format
// (simple or full), MIBot's (automatically coded; its recordings are
// TrainOnly, see readMIBot for how its codes map), or a practice's own in the generic format, with a header
// naming the columns speaker, text, role and code, and optionally subcode
// and session. Role is "practitioner" or "client" (therapist, counsellor,
// counselor and coach count as practitioner; patient as client). Code is one
// of ally's codes; therapist_input counts as input. Without a session
// column the file is one session. name is used in messages and as the
// session's id and group.
func ReadDataset(r io.Reader, name string) (*Dataset, error) {
	text, err := readText(r, name)
	if err != nil {
		return nil, err
	}
	header, _, _ := strings.Cut(text, "\n")
	cols := strings.ToLower(header)
	if strings.Contains(cols, "utterance_text") && strings.Contains(cols, "interlocutor") {
		return readAnnoMI(text, name)
	}
	if isMIBot(cols) {
		return readMIBot(text, name)
	}
	return readGeneric(text, name)
}

// readText reads r whole and decodes it as the transcript readers decode a
// file: UTF-8, UTF-16 or Windows-1252, line ends made "\n".
func readText(r io.Reader, name string) (string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return "", ally.Errorf(ally.EINVALID, "%s: %v", name, err)
	}
	return transcript.DecodeText(name, data)
}

// readGeneric reads the generic coded CSV format.
func readGeneric(text, name string) (*Dataset, error) {
	t, err := openTable(text, name, []string{"speaker", "text", "role", "code"}, func(c string) string {
		return fmt.Sprintf("no %q column; a coded CSV has the columns speaker,text,role,code (or is in AnnoMI's format)", c)
	})
	if err != nil {
		return nil, err
	}
	ds := &Dataset{}
	index := map[string]int{}
	for {
		if ok, err := t.next(); err != nil {
			return nil, err
		} else if !ok {
			break
		}
		ex, err := codedExample(t.get("role"), t.get("code"), t.get("subcode"))
		if err != nil {
			return nil, t.errorf("%s", err)
		}
		ex.Text = t.get("text")
		if ex.Text == "" {
			ds.Warnings = append(ds.Warnings, t.warnf("empty text; the row was skipped"))
			continue
		}
		id := name
		if s := t.get("session"); s != "" {
			id = name + "#" + s
		}
		i, ok := index[id]
		if !ok {
			i = len(ds.Sessions)
			index[id] = i
			ds.Sessions = append(ds.Sessions, Recording{ID: id, Group: id})
		}
		ds.Sessions[i].Utterances = append(ds.Sessions[i].Utterances, ex)
	}
	if len(ds.Sessions) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "%s: no utterances", name)
	}
	return ds, nil
}

// codedExample checks a role, code and subcode of the generic format.
func codedExample(role, code, subcode string) (Example, error) {
	var ex Example
	switch strings.ToLower(role) {
	case "practitioner", "therapist", "counsellor", "counselor", "coach":
		ex.Role = ally.RolePractitioner
	case "client", "patient":
		ex.Role = ally.RoleClient
	default:
		return ex, errors.New("role " + strconv.Quote(role) + " is neither practitioner nor client")
	}
	code = strings.ToLower(code)
	if code == "therapist_input" {
		code = ally.CodeInput
	}
	valid := ally.PractitionerCodes()
	if ex.Role == ally.RoleClient {
		valid = ally.ClientCodes()
	}
	if !slices.Contains(valid, code) {
		return ex, errors.New("code " + strconv.Quote(code) + " is not a " + string(ex.Role) + " code (" + strings.Join(valid, ", ") + ")")
	}
	ex.Label = code
	subcode = strings.ToLower(subcode)
	if subcode != "" && subcode != "n/a" {
		if !slices.Contains(subcodesOf(code), subcode) {
			return ex, errors.New("subcode " + strconv.Quote(subcode) + " does not refine " + code)
		}
		ex.Subcode = subcode
	}
	return ex, nil
}

// subcodesOf lists the subcodes of a practitioner code.
func subcodesOf(code string) []string {
	switch code {
	case ally.CodeReflection:
		return []string{ally.SubSimple, ally.SubComplex}
	case ally.CodeQuestion:
		return []string{ally.SubOpen, ally.SubClosed}
	case ally.CodeInput:
		return []string{ally.SubInformation, ally.SubAdvice, ally.SubOptions, ally.SubNegotiation}
	}
	return nil
}

// Merge returns one dataset with the recordings of all of them, in order.
func Merge(sets ...*Dataset) *Dataset {
	out := &Dataset{}
	for _, s := range sets {
		out.Sessions = append(out.Sessions, s.Sessions...)
		out.Warnings = append(out.Warnings, s.Warnings...)
	}
	return out
}
