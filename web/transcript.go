package web

import (
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
)

// handleTranscriptUpload reads an uploaded transcript, analyses it with the
// professional's tender spots and stores both, only while the client's
// consent holds. The file is streamed from the request into the reader,
// never written to a temporary file on disk.
func (s *Server) handleTranscriptUpload(w http.ResponseWriter, r *http.Request) {
	sess, c, err := s.sessionAndClient(r)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if !c.Consent.Active() {
		s.refuseWithoutConsent(w, r, c)
		return
	}
	part, err := transcriptPart(r)
	if err != nil {
		s.Error(w, r, s.formError(err))
		return
	}
	err = s.storeTranscript(r, sess.ID, part, ally.AnalyzeOptions{}, part.FileName())
	if ally.ErrorCode(err) == ally.EFORBIDDEN {
		// Consent was revoked while the file was read.
		s.refuseWithoutConsent(w, r, c)
		return
	} else if err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, sessionURL(sess.ID)+"#report")
}

// storeTranscript reads a transcript named name from body, analyses it
// with the professional's tender spots and stores both for session id; the
// store refuses with EFORBIDDEN unless the client's consent holds. A body
// past the upload limit is ETOOLARGE.
func (s *Server) storeTranscript(r *http.Request, id int64, body io.Reader, opt ally.AnalyzeOptions, name string) error {
	ctx := r.Context()
	watched := &watchedReader{r: body}
	opt.MaxSize = s.cfg.MaxUploadBytes
	opt.TenderSpots = ally.ProfessionalFromContext(ctx).TenderSpots
	res, err := s.svc.Analyzer.Analyze(ctx, watched, name, opt)
	var mb *http.MaxBytesError
	if errors.As(watched.err, &mb) {
		return s.tooLarge(watched.err)
	} else if err != nil {
		return err
	}
	return s.svc.Sessions.SaveAnalysis(ctx, id, res.Transcript, res.Analysis, s.cfg.Model)
}

// refuseWithoutConsent answers an upload for a client whose consent to
// recording and analysis is not on record with a page saying how to record it.
func (s *Server) refuseWithoutConsent(w http.ResponseWriter, r *http.Request, c *ally.Client) {
	s.render(w, r, http.StatusForbidden, "error", &errorPage{
		layout: layout{Title: "Consent needed"}, Status: http.StatusForbidden, ConsentClient: c,
		Message: "ally stores and analyses a transcript only while the client's consent to recording and analysis is on record, and " +
			c.Name + "'s is not. Nothing was stored.",
	})
}

// transcriptPart returns the file part of an upload form.
func transcriptPart(r *http.Request) (*multipart.Part, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil, ally.Errorf(ally.EINVALID, "Choose a transcript file to upload.")
		} else if err != nil {
			return nil, err
		}
		if p.FormName() == "transcript" && p.FileName() != "" {
			return p, nil
		}
	}
}

// watchedReader remembers the error its reader gave, which the transcript
// reader reports only as text: the upload limit must still read as 413.
type watchedReader struct {
	r   io.Reader
	err error
}

// Read implements io.Reader.
func (w *watchedReader) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if err != nil && err != io.EOF {
		w.err = err
	}
	return n, err
}

// handleCorrection sets one utterance's code, analyses the session again
// from the corrected codes and keeps the correction with who and when.
func (s *Server) handleCorrection(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r, "id")
	if err != nil {
		s.Error(w, r, err)
		return
	}
	ctx := r.Context()
	sess, err := s.svc.Sessions.FindSessionByID(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	i, err := strconv.Atoi(r.PostFormValue("utterance"))
	if err != nil {
		i = -1
	}
	label, sub, _ := strings.Cut(r.PostFormValue("code"), "/")
	if err := s.correct(r, sess, i, label, sub); err != nil {
		s.Error(w, r, err)
		return
	}
	redirect(w, r, sessionURL(id)+"#u"+strconv.Itoa(i))
}

// correct sets utterance i of sess to the code label/sub, analyses the
// session again from the corrected codes and stores both with the
// correction, who made it and when.
func (s *Server) correct(r *http.Request, sess *ally.Session, i int, label, sub string) error {
	if sess.Transcript == nil {
		return ally.Errorf(ally.EINVALID, "This session has no transcript to correct.")
	}
	if i < 0 || i >= len(sess.Transcript.Utterances) {
		return ally.Errorf(ally.EINVALID, "Choose an utterance of this transcript, from #0 to #%d.", len(sess.Transcript.Utterances)-1)
	}
	u := &sess.Transcript.Utterances[i]
	if !codeFits(u.Role, label, sub) {
		return ally.Errorf(ally.EINVALID, "Utterance #%d is the %s's; choose one of the %s codes.", i, u.Role, u.Role)
	}
	u.Code = ally.Code{Label: label, Subcode: sub, Confidence: 1, SubConfidence: 1}
	ctx := r.Context()
	me := ally.ProfessionalFromContext(ctx)
	res, err := s.svc.Analyzer.AnalyzeTranscript(ctx, sess.Transcript, ally.AnalyzeOptions{KeepCodes: true, TenderSpots: me.TenderSpots})
	if err != nil {
		return err
	}
	c := ally.Correction{Utterance: i, Code: label, Subcode: sub, By: me.ID, At: s.cfg.Now()}
	return s.svc.Sessions.AddCorrection(ctx, sess.ID, c, res.Transcript, res.Analysis)
}
