package web

import (
	"bytes"
	"html/template"
	"net/http"
	"strconv"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/report"
)

// sessionPage is one session: its date and status, the transcript upload,
// the report with the correction form, and the notes.
type sessionPage struct {
	layout
	Session  *ally.Session
	Client   *ally.Client
	Statuses []ally.SessionStatus
	// Report is the embedded HTML report, empty without an analysis.
	Report template.HTML
	// Utterances number the transcript for the correction form.
	Utterances []ally.Utterance
	// Corrected marks the utterances the professional corrected.
	Corrected map[int]bool
	// Codes are the codes a correction can choose from.
	Codes []codeChoice
	// Note is the structured note being written, in NoteFormat; Private
	// the private note. Either may be new (no ID).
	NoteFormat ally.NoteFormat
	Note       *ally.Note
	Private    *ally.Note
	Formats    []ally.NoteFormat
	MaxUpload  int64
	// Touched is where the session touched a tender spot, nil when it
	// touched none.
	Touched *touchedSession
}

func (s *Server) handleSessionCreate(w http.ResponseWriter, r *http.Request) {
	clientID, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	date, err := parseDate(r.PostFormValue("date"), s.cfg.Now())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	st, err := parseStatus(r.PostFormValue("status"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	sess := &ally.Session{ClientID: clientID, Date: date, Status: st}
	if err := s.svc.Sessions.CreateSession(r.Context(), sess); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, sessionURL(sess.ID))
}

func (s *Server) handleSession(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sess, c, err := s.sessionAndClient(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if sess, err = s.reanalyzed(ctx, sess, c); err != nil {
		s.Error(w, r, err)
		return
	}
	notes, err := s.svc.Notes.FindNotes(ctx, sess.ID)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p := &sessionPage{layout: layout{Title: c.Name + ", " + sess.Date.Format("2 Jan 2006")}, Session: sess, Client: c,
		Statuses: statuses(), Codes: codeChoices(), MaxUpload: s.cfg.MaxUploadBytes >> 20,
		Formats: []ally.NoteFormat{ally.NoteSOAP, ally.NoteDAP, ally.NoteBIRP}}
	if spots, touches := touchesOf(sess, ally.ProfessionalFromContext(ctx).TenderSpots); len(touches) > 0 {
		p.Touched = &touchedSession{SessionID: sess.ID, ClientName: c.Name, Date: sess.Date, Spots: spots, Touches: touches}
	}
	p.NoteFormat, p.Note, p.Private = pickNotes(notes, ally.NoteFormat(r.URL.Query().Get("note")))
	if sess.Transcript != nil {
		p.Utterances = sess.Transcript.Utterances
		p.Corrected = map[int]bool{}
		for _, c := range sess.Corrections {
			p.Corrected[c.Utterance] = true
		}
		var buf bytes.Buffer
		opt := report.HTMLOptions{Title: c.Name, TenderSpotsHint: "Name yours in your journal.", Corrected: p.Corrected}
		if opt.NoForm, err = s.noForms(ctx, sess); err != nil {
			s.Error(w, r, err)
			return
		}
		if err := report.HTMLFragment(&buf, sess.Transcript, sess.Analysis, opt); err != nil {
			s.Error(w, r, err)
			return
		}
		// The report, rendered by its own html/template, is written into the
		// page where the marker stands rather than copied into it: for the
		// largest transcript it runs to tens of megabytes.
		allowStyleAttrs(w, buf.Bytes())
		p.Report = reportMarker
		s.renderSplice(w, r, http.StatusOK, "session", p, reportMarker, buf.Bytes())
		return
	}
	s.render(w, r, http.StatusOK, "session", p)
}

// reportMarker stands for the report in the session page's template.
const reportMarker template.HTML = "<!--ally:report-->"

func (s *Server) handleSessionUpdate(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	date, err := parseDate(r.PostFormValue("date"), s.cfg.Now())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	st, err := parseStatus(r.PostFormValue("status"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if err := s.svc.Sessions.UpdateSessionStatus(r.Context(), id, date, st); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, sessionURL(id))
}

// statuses are the session statuses a form offers, in order.
func statuses() []ally.SessionStatus {
	return []ally.SessionStatus{ally.SessionScheduled, ally.SessionAttended, ally.SessionCancelled, ally.SessionNoShow}
}

func parseStatus(v string) (ally.SessionStatus, error) {
	for _, st := range statuses() {
		if string(st) == v {
			return st, nil
		}
	}
	return "", ally.Errorf(ally.EINVALID, "Choose whether the session was scheduled, attended, cancelled or a no-show.")
}

// parseDate reads a form's yyyy-mm-dd date; blank is today.
func parseDate(v string, now time.Time) (time.Time, error) {
	if v == "" {
		return now, nil
	}
	t, err := time.ParseInLocation("2006-01-02", v, now.Location())
	if err != nil {
		return time.Time{}, ally.Errorf(ally.EINVALID, "%q is not a date; give one as year-month-day, such as 2026-03-14.", v)
	}
	return t, nil
}

func sessionURL(id int64) string { return "/sessions/" + strconv.FormatInt(id, 10) }

// sessionAndClient finds the session named by the path's id, with its
// transcript, and the client it belongs to.
func (s *Server) sessionAndClient(r *http.Request) (*ally.Session, *ally.Client, error) {
	id, err := pathID(r, "id")
	if err != nil {
		return nil, nil, err
	}
	sess, err := s.svc.Sessions.FindSessionByID(r.Context(), id)
	if err != nil {
		return nil, nil, err
	}
	c, err := s.svc.Clients.FindClientByID(r.Context(), sess.ClientID)
	if err != nil {
		return nil, nil, err
	}
	return sess, c, nil
}
