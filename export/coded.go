// Package export writes a practice's records in forms other programs read.
// For now that is the coded CSV that ally train learns from, so a practice
// can retrain the coder on its own corrections.
package export

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/ally-mi/ally"
)

// CodedHeader is the header of the coded CSV: the generic format that
// ally train and ally eval read (see mi.ReadDataset).
var CodedHeader = []string{"session", "speaker", "role", "code", "subcode", "text"}

// CodedCSV writes every analysed session of the practice signed in on ctx
// as the coded CSV, one row per utterance, with the codes as they stand:
// the coder's, and the professional's corrections where they made one. It
// writes transcript turns only: never a note, a client's name or contact,
// and no speaker's name, which a training file does not need (speakers are
// "client 1", "practitioner 1"…). Sessions whose client's consent is not
// active are left out: their transcripts are kept, not used. It returns the
// number of sessions written.
func CodedCSV(ctx context.Context, w io.Writer, clients ally.ClientService, sessions ally.SessionService) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CodedHeader); err != nil {
		return 0, err
	}
	list, err := clients.FindClients(ctx, ally.ClientFilter{})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, c := range list {
		if !c.Consent.Active() {
			continue
		}
		ss, err := sessions.FindSessions(ctx, c.ID)
		if err != nil {
			return n, err
		}
		// Oldest first, as the sessions happened.
		for i := len(ss) - 1; i >= 0; i-- {
			full, err := sessions.FindSessionByID(ctx, ss[i].ID)
			if err != nil {
				return n, err
			}
			if full.Transcript == nil {
				continue
			}
			if err := writeSession(cw, full); err != nil {
				return n, err
			}
			n++
		}
	}
	cw.Flush()
	return n, cw.Error()
}

// writeSession writes the coded utterances of one session.
func writeSession(cw *csv.Writer, s *ally.Session) error {
	id := strconv.FormatInt(s.ID, 10)
	alias := map[string]string{}
	count := map[ally.Role]int{}
	for _, u := range s.Transcript.Utterances {
		if u.Code.Label == "" || (u.Role != ally.RoleClient && u.Role != ally.RolePractitioner) || u.Text == "" {
			continue
		}
		speaker, ok := alias[u.Speaker]
		if !ok {
			count[u.Role]++
			speaker = string(u.Role) + " " + strconv.Itoa(count[u.Role])
			alias[u.Speaker] = speaker
		}
		if err := cw.Write([]string{id, speaker, string(u.Role), u.Code.Label, u.Code.Subcode, u.Text}); err != nil {
			return err
		}
	}
	return nil
}
