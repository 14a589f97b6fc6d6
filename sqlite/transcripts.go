package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/ally-mi/ally"
)

// A coded transcript quotes the client throughout, so it is sealed whole as
// JSON, and the analysis (which quotes moments) likewise. Corrections hold
// utterance indexes and codes only and stay in clear.

// SaveAnalysis stores a session's coded transcript and analysis, replacing
// any earlier ones. Without the client's active consent it is EFORBIDDEN
// and nothing is stored.
func (s *SessionService) SaveAnalysis(ctx context.Context, id int64, t *ally.Transcript, a *ally.Analysis, model string) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if t == nil {
		return ally.Errorf(ally.EINVALID, "no transcript to save")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if _, err := findConsentedSession(ctx, tx, me, id); err != nil {
		return err
	}
	if err := saveTranscript(ctx, tx, id, t, a, strings.TrimSpace(model)); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// AddCorrection records the signed-in professional's correction of one
// utterance's code and stores the transcript and analysis recomputed from
// the corrected codes. The session must have a transcript, and the client
// consent still active.
func (s *SessionService) AddCorrection(ctx context.Context, id int64, c ally.Correction, t *ally.Transcript, a *ally.Analysis) error {
	me, err := professionalID(ctx)
	if err != nil {
		return err
	}
	if t == nil {
		return ally.Errorf(ally.EINVALID, "no transcript to save")
	}
	if c.Utterance < 0 || c.Utterance >= len(t.Utterances) {
		return ally.Errorf(ally.EINVALID, "the transcript has no utterance %d", c.Utterance)
	}
	if c.Code = strings.TrimSpace(c.Code); c.Code == "" {
		return ally.Errorf(ally.EINVALID, "a correction needs a code")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	ss, err := findConsentedSession(ctx, tx, me, id)
	if err != nil {
		return err
	}
	if err := attachTranscript(ctx, tx, ss); err != nil {
		return err
	} else if ss.Transcript == nil {
		return ally.Errorf(ally.EINVALID, "the session has no transcript to correct")
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO corrections (session_id, utterance, code, subcode, professional_id, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`,
		id, c.Utterance, c.Code, strings.TrimSpace(c.Subcode), me, formatTime(tx.now)); err != nil {
		return mapError(err, "insert correction")
	}
	if err := saveTranscript(ctx, tx, id, t, a, ss.Model); err != nil {
		return err
	}
	return mapError(tx.Commit(), "commit")
}

// findConsentedSession returns session id of professional me, EFORBIDDEN
// when its client's consent is not active.
func findConsentedSession(ctx context.Context, tx *Tx, me, id int64) (*ally.Session, error) {
	ss, err := findSessionByID(ctx, tx, me, id)
	if err != nil {
		return nil, err
	}
	c, err := findClientByID(ctx, tx, me, ss.ClientID)
	if err != nil {
		return nil, err
	}
	if !c.Consent.Active() {
		return nil, ally.Errorf(ally.EFORBIDDEN,
			"%s has not consented to analysis: record their consent first", c.Name)
	}
	return ss, nil
}

// saveTranscript writes the sealed transcript and analysis of session id.
func saveTranscript(ctx context.Context, tx *Tx, id int64, t *ally.Transcript, a *ally.Analysis, model string) error {
	tx.analysesChanged = true
	sealedT, err := tx.db.sealJSON("transcripts", "transcript", id, t)
	if err != nil {
		return err
	}
	var sealedA []byte
	if a != nil {
		if sealedA, err = tx.db.sealJSON("transcripts", "analysis", id, a); err != nil {
			return err
		}
	}
	now := formatTime(tx.now)
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO transcripts (session_id, model, transcript, analysis, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (session_id) DO UPDATE SET
			model = excluded.model, transcript = excluded.transcript,
			analysis = excluded.analysis, updated_at = excluded.updated_at`,
		id, model, sealedT, sealedA, now, now); err != nil {
		return mapError(err, "save transcript")
	}
	return nil
}

// attachTranscript fills ss's transcript, analysis and model; they stay nil
// when none is stored.
func attachTranscript(ctx context.Context, tx *Tx, ss *ally.Session) error {
	var (
		sealedT, sealedA []byte
		stored           string
	)
	err := tx.QueryRowContext(ctx, `SELECT model, transcript, analysis, updated_at FROM transcripts WHERE session_id = ?`, ss.ID).
		Scan(&ss.Model, &sealedT, &sealedA, &stored)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	} else if err != nil {
		return mapError(err, "find transcript")
	}
	if ss.AnalysedAt, err = parseTime(stored); err != nil {
		return err
	}
	ss.Transcript = new(ally.Transcript)
	if err := tx.db.unsealJSON("transcripts", "transcript", ss.ID, sealedT, ss.Transcript); err != nil {
		return err
	}
	if sealedA != nil {
		ss.Analysis = new(ally.Analysis)
		if err := tx.db.unsealJSON("transcripts", "analysis", ss.ID, sealedA, ss.Analysis); err != nil {
			return err
		}
	}
	return nil
}

// attachCorrections fills ss's corrections, oldest first.
func attachCorrections(ctx context.Context, tx *Tx, ss *ally.Session) error {
	rows, err := tx.QueryContext(ctx, `
		SELECT utterance, code, subcode, professional_id, created_at
		FROM corrections WHERE session_id = ? ORDER BY id`, ss.ID)
	if err != nil {
		return mapError(err, "find corrections")
	}
	defer rows.Close()
	for rows.Next() {
		var (
			c  ally.Correction
			at string
		)
		if err := rows.Scan(&c.Utterance, &c.Code, &c.Subcode, &c.By, &at); err != nil {
			return mapError(err, "scan correction")
		}
		if c.At, err = parseTime(at); err != nil {
			return err
		}
		ss.Corrections = append(ss.Corrections, c)
	}
	return mapError(rows.Err(), "find corrections")
}

// FindAnalyses returns the analysed sessions of a client, or of all the
// professional's clients when clientID is 0, oldest first, with their
// analyses and without their transcripts. Analyses decoded before are taken
// from memory while their row is unchanged (see analysisCache); callers
// share them and must not change them.
func (s *SessionService) FindAnalyses(ctx context.Context, clientID int64) ([]*ally.Session, error) {
	tx, me, err := s.db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	// The index holds model and updated_at: read from the table, they
	// would cost a walk over both blobs' overflow pages per session
	// (migration 0008).
	query := `SELECT ` + sessionColumns + `, transcripts.model, transcripts.updated_at
		FROM sessions JOIN clients ON clients.id = sessions.client_id
		JOIN transcripts INDEXED BY transcripts_analysed ON transcripts.session_id = sessions.id
		WHERE clients.professional_id = ? AND transcripts.analysis IS NOT NULL`
	args := []any{me}
	if clientID != 0 {
		if _, err := findClientByID(ctx, tx, me, clientID); err != nil {
			return nil, err
		}
		query += ` AND sessions.client_id = ?`
		args = append(args, clientID)
	}
	rows, err := tx.QueryContext(ctx, query+` ORDER BY sessions.date, sessions.id`, args...)
	if err != nil {
		return nil, mapError(err, "find analyses")
	}
	defer rows.Close()
	var (
		sessions []*ally.Session
		versions []string
	)
	for rows.Next() {
		var (
			ss                     ally.Session
			date, created, updated string
			status, version        string
		)
		if err := rows.Scan(&ss.ID, &ss.ClientID, &date, &status, &created, &updated, &ss.Model, &version); err != nil {
			return nil, mapError(err, "scan analysis")
		}
		ss.Status = ally.SessionStatus(status)
		for _, f := range []struct {
			dst *time.Time
			src string
		}{{&ss.Date, date}, {&ss.CreatedAt, created}, {&ss.UpdatedAt, updated}, {&ss.AnalysedAt, version}} {
			if *f.dst, err = parseTime(f.src); err != nil {
				return nil, err
			}
		}
		sessions = append(sessions, &ss)
		versions = append(versions, version)
	}
	if err := rows.Err(); err != nil {
		return nil, mapError(err, "find analyses")
	}
	rows.Close()
	for i, ss := range sessions {
		if ss.Analysis = s.db.analyses.get(ss.ID, versions[i]); ss.Analysis != nil {
			continue
		}
		var sealed []byte
		if err := tx.QueryRowContext(ctx, `SELECT analysis FROM transcripts WHERE session_id = ?`, ss.ID).Scan(&sealed); err != nil {
			return nil, mapError(err, "find analysis")
		}
		ss.Analysis = new(ally.Analysis)
		if err := tx.db.unsealJSON("transcripts", "analysis", ss.ID, sealed, ss.Analysis); err != nil {
			return nil, err
		}
		s.db.analyses.put(ss.ID, versions[i], ss.Analysis)
	}
	return sessions, nil
}
