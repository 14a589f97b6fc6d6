package web

import (
	"context"
	"slices"

	"github.com/ally-mi/ally"
)

// reanalyzed returns sess as the model now serving reads it. A session
// analysed by another model version is coded afresh, the professional's
// corrections set on top, analysed with their tender spots, and stored
// under this version. Without the client's active consent nothing new is
// made of a transcript, so the stored analysis stays as it is.
func (s *Server) reanalyzed(ctx context.Context, sess *ally.Session, c *ally.Client) (*ally.Session, error) {
	if sess.Transcript == nil || sess.Model == s.cfg.Model || !c.Consent.Active() {
		return sess, nil
	}
	// The coder writes codes in place; keep the stored ones intact until
	// the new analysis is stored.
	t := *sess.Transcript
	t.Utterances = slices.Clone(t.Utterances)
	me := ally.ProfessionalFromContext(ctx)
	res, err := s.svc.Analyzer.AnalyzeTranscript(ctx, &t, ally.AnalyzeOptions{TenderSpots: me.TenderSpots, Corrections: sess.Corrections})
	if err != nil {
		return nil, err
	}
	err = s.svc.Sessions.SaveAnalysis(ctx, sess.ID, res.Transcript, res.Analysis, s.cfg.Model)
	if ally.ErrorCode(err) == ally.EFORBIDDEN {
		// Consent was revoked meanwhile.
		return sess, nil
	} else if err != nil {
		return nil, err
	}
	fresh := *sess
	fresh.Transcript, fresh.Analysis, fresh.Model = res.Transcript, res.Analysis, s.cfg.Model
	return &fresh, nil
}
