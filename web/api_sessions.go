package web

import (
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// apiSessionInput is the body that creates or changes a session: date is
// a day (today when left out of a new session), status one of scheduled,
// attended, cancelled and no_show. A field left out of a change keeps its
// value.
type apiSessionInput struct {
	Date   *string `json:"date"`
	Status *string `json:"status"`
}

// apply sets the fields the input gives.
func (in apiSessionInput) apply(sess *ally.Session, now func() time.Time) error {
	if in.Date != nil {
		d, err := parseDate(*in.Date, now())
		if err != nil {
			return err
		}
		sess.Date = d
	} else if sess.Date.IsZero() {
		sess.Date = now()
	}
	if in.Status != nil {
		st, err := parseStatus(*in.Status)
		if err != nil {
			return err
		}
		sess.Status = st
	} else if sess.Status == "" {
		sess.Status = ally.SessionScheduled
	}
	return nil
}

func (s *Server) handleAPISessions(w http.ResponseWriter, r *http.Request) {
	clientID, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sessions, err := s.svc.Sessions.FindSessions(r.Context(), clientID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(sessions, newAPISession))
}

func (s *Server) handleAPISessionCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiSessionInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	sess := &ally.Session{ClientID: clientID}
	if err := in.apply(sess, s.cfg.Now); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Sessions.CreateSession(r.Context(), sess); err != nil {
		s.Error(w, r, err)
		return
	}
	created(w, "/api"+sessionURL(sess.ID), newAPISession(sess))
}

func (s *Server) handleAPISession(w http.ResponseWriter, r *http.Request) {
	sess, err := s.apiFindSession(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPISessionDetail(sess))
}

func (s *Server) handleAPISessionUpdate(w http.ResponseWriter, r *http.Request) {
	sess, err := s.apiFindSession(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiSessionInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := in.apply(sess, s.cfg.Now); err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Sessions.UpdateSessionStatus(r.Context(), sess.ID, sess.Date, sess.Status); err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeSession(w, r, sess.ID)
}

func (s *Server) handleAPISessionDelete(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Sessions.DeleteSession(r.Context(), id); err != nil {
		s.Error(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleAPITranscriptUpload stores and analyses a transcript sent as the
// raw request body (named by ?name=, its reader forced by ?format=) or as
// the "transcript" file of a multipart form, under the same consent rule
// and size limit as the upload page. It answers with the analysed session.
func (s *Server) handleAPITranscriptUpload(w http.ResponseWriter, r *http.Request) {
	sess, err := s.apiFindSession(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	c, err := s.svc.Clients.FindClientByID(r.Context(), sess.ClientID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if !c.Consent.Active() {
		s.Error(w, r, errNoConsent(c))
		return
	}
	q := r.URL.Query()
	opt := ally.AnalyzeOptions{Format: q.Get("format")}
	name := q.Get("name")
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		part, err := transcriptPart(r)
		if err != nil {
			s.Error(w, r, s.formError(err))
			return
		}
		if name == "" {
			name = part.FileName()
		}
		err = s.storeTranscript(r, sess.ID, part, opt, name)
	} else {
		if name == "" {
			name = "transcript"
		}
		err = s.storeTranscript(r, sess.ID, r.Body, opt, name)
	}
	if ally.ErrorCode(err) == ally.EFORBIDDEN {
		// Consent was revoked while the transcript was read.
		err = errNoConsent(c)
	}
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeSession(w, r, sess.ID)
}

// errNoConsent is the refusal of a transcript for a client whose consent
// to recording and analysis is not on record.
func errNoConsent(c *ally.Client) error {
	return ally.Errorf(ally.EFORBIDDEN, "ally stores and analyses a transcript only while the client's consent to "+
		"recording and analysis is on record, and %s's is not. Record it with POST /api/clients/%d/consent. Nothing was stored.",
		c.Name, c.ID)
}

// apiCorrectionInput corrects one utterance's code: code is a label such
// as "reflection" with subcode "complex", or both as "reflection/complex".
type apiCorrectionInput struct {
	Utterance *int   `json:"utterance"`
	Code      string `json:"code"`
	Subcode   string `json:"subcode"`
}

// handleAPICorrection corrects one utterance's code and answers with the
// session analysed again from the corrected codes.
func (s *Server) handleAPICorrection(w http.ResponseWriter, r *http.Request) {
	sess, err := s.apiFindSession(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var in apiCorrectionInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	i := -1
	if in.Utterance != nil {
		i = *in.Utterance
	}
	label, sub := in.Code, in.Subcode
	if sub == "" {
		label, sub, _ = strings.Cut(in.Code, "/")
	}
	if err := s.correct(r, sess, i, label, sub); err != nil {
		s.Error(w, r, err)
		return
	}
	s.writeSession(w, r, sess.ID)
}

// writeSession answers with the session as now stored.
func (s *Server) writeSession(w http.ResponseWriter, r *http.Request, id int64) {
	sess, err := s.svc.Sessions.FindSessionByID(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPISessionDetail(sess))
}

func (s *Server) apiFindSession(r *http.Request) (*ally.Session, error) {
	id, err := recordID(r, "id")
	if err != nil {
		return nil, err
	}
	return s.svc.Sessions.FindSessionByID(r.Context(), id)
}

func (s *Server) handleAPINotes(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	notes, err := s.svc.Notes.FindNotes(r.Context(), id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, list(notes, newAPINote))
}

// apiNoteInput is a note's sections by name, as ally.NoteSections names
// them; a section left out is saved empty.
type apiNoteInput struct {
	Sections []apiSection `json:"sections"`
}

// handleAPINoteSave creates or replaces the session's note of the path's
// format: soap, dap, birp or private.
func (s *Server) handleAPINoteSave(w http.ResponseWriter, r *http.Request) {
	id, err := recordID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	format := ally.NoteFormat(r.PathValue("format"))
	names := ally.NoteSections(format)
	if names == nil {
		s.Error(w, r, ally.Errorf(ally.ENOTFOUND, "There is no %q note; a note is soap, dap, birp or private.", format))
		return
	}
	var in apiNoteInput
	if err := s.decodeJSON(r, &in); err != nil {
		s.Error(w, r, err)
		return
	}
	n := &ally.Note{SessionID: id, Format: format, Sections: make([]string, len(names))}
	for _, sec := range in.Sections {
		i := sectionIndex(names, sec.Name)
		if i < 0 {
			s.Error(w, r, ally.Errorf(ally.EINVALID, "A %s note has no section %q; its sections are %s.",
				strings.ToUpper(string(format)), sec.Name, strings.Join(names, ", ")))
			return
		}
		n.Sections[i] = strings.TrimSpace(sec.Text)
	}
	if err := s.svc.Notes.SaveNote(r.Context(), n); err != nil {
		s.Error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, newAPINote(n))
}

// sectionIndex returns the index of the section called name, matched
// case-insensitively, or -1.
func sectionIndex(names []string, name string) int {
	for i, n := range names {
		if strings.EqualFold(n, strings.TrimSpace(name)) {
			return i
		}
	}
	return -1
}
