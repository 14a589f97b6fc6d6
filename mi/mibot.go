package mi

import (
	"slices"
	"strings"

	"github.com/ally-mi/ally"
)

// MIBot's file (Mahmood et al., Findings of ACL 2025; CC BY-SA 4.0) holds
// real smokers' chats with a counsellor chatbot, each utterance coded by an
// automatic coder (AutoMISC), not by trained human coders. Its codes map
// onto ally's as follows:
//
//	client:     C → change, S → sustain, N → neutral
//	counsellor: R → reflection, Q → question, MICO (affirm, seek
//	            collaboration, emphasise autonomy) → other,
//	            Other → other, MIIN (MI-inconsistent) → input
//
// A client's turn (one volley, split by the authors into sentences) becomes
// one utterance, as AnnoMI codes whole turns: change if it holds change and
// no sustain talk, sustain if sustain and no change, neutral if all neutral,
// otherwise the code of the last of its change or sustain parts. The
// counsellor's parts stay separate utterances, each with its own code: its
// turns nearly all join a reflection or an affirmation to a question, which
// one code for the turn would hide.
var mibotCodes = map[string]string{
	"C": ally.CodeChange, "S": ally.CodeSustain, "N": ally.CodeNeutral,
	"R": ally.CodeReflection, "Q": ally.CodeQuestion, "MICO": ally.CodeOther,
	"Other": ally.CodeOther, "MIIN": ally.CodeInput,
}

// readMIBot reads MIBot's utterance file. Its recordings are marked
// TrainOnly: weak labels to learn from, never a standard to score against.
func readMIBot(text, name string) (*Dataset, error) {
	need := []string{"session", "volley", "speaker", "text", "automisc_label"}
	t, err := openTable(text, name, need, func(c string) string { return "not MIBot's utterance file: no " + c + " column" })
	if err != nil {
		return nil, err
	}
	ds := &Dataset{}
	index := map[string]int{}
	lastVolley := ""
	for {
		if ok, err := t.next(); err != nil {
			return nil, err
		} else if !ok {
			break
		}
		var role ally.Role
		switch t.get("speaker") {
		case "client":
			role = ally.RoleClient
		case "counsellor":
			role = ally.RolePractitioner
		default:
			return nil, t.errorf("speaker %q is neither client nor counsellor", t.get("speaker"))
		}
		code, ok := mibotCodes[t.get("automisc_label")]
		if !ok || (role == ally.RoleClient) != slices.Contains(ally.ClientCodes(), code) {
			return nil, t.errorf("%q is not a MIBot %s code", t.get("automisc_label"), t.get("speaker"))
		}
		id, text := t.get("session"), t.get("text")
		i, seen := index[id]
		if !seen {
			i = len(ds.Sessions)
			index[id] = i
			ds.Sessions = append(ds.Sessions, Recording{ID: "mibot#" + id, Group: "mibot#" + id, TrainOnly: true})
		}
		s := &ds.Sessions[i]
		volley := id + "/" + t.get("volley")
		if n := len(s.Utterances); role == ally.RoleClient && volley == lastVolley && n > 0 {
			u := &s.Utterances[n-1]
			u.Text += " " + text
			u.Label = joinClientCodes(u.Label, code)
		} else {
			s.Utterances = append(s.Utterances, Example{Role: role, Text: text, Label: code})
		}
		lastVolley = volley
	}
	if len(ds.Sessions) == 0 {
		return nil, ally.Errorf(ally.EINVALID, "%s: no utterances", name)
	}
	return ds, nil
}

// joinClientCodes returns the code of a client turn coded so far, then
// next: change or sustain talk outweighs neutral, and of the two the
// later wins.
func joinClientCodes(sofar, next string) string {
	if next == ally.CodeNeutral {
		return sofar
	}
	return next
}

// isMIBot reports whether a CSV header is MIBot's.
func isMIBot(header string) bool {
	return strings.Contains(header, "automisc_label")
}
