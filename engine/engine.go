// Package engine is ally's one pipeline from a transcript to its analysis:
// it reads the transcript, codes every utterance and reads the session
// along the five guidelines. It is the only place that wires the readers,
// a coder and the analysis together; the command line and the practice app
// both go through it.
package engine

import (
	"context"
	"io"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/transcript"
)

// Engine implements ally.Analyzer. It is safe for concurrent use when its
// coder is.
type Engine struct {
	coder ally.Coder
}

// New returns an Engine that codes with coder unless a call names another.
func New(coder ally.Coder) *Engine { return &Engine{coder: coder} }

var _ ally.Analyzer = (*Engine)(nil)

// ModelVersion returns the version of the engine's coder, recorded with
// every analysis it makes.
func (e *Engine) ModelVersion() string { return ally.CoderVersion(e.coder) }

// Analyze implements ally.Analyzer.
func (e *Engine) Analyze(ctx context.Context, r io.Reader, name string, opt ally.AnalyzeOptions) (*ally.Result, error) {
	if err := check(opt); err != nil {
		return nil, err
	}
	t, err := transcript.Read(r, name, readOptions(opt))
	if err != nil {
		return nil, err
	}
	return e.AnalyzeTranscript(ctx, t, opt)
}

// AnalyzeTranscript implements ally.Analyzer.
func (e *Engine) AnalyzeTranscript(ctx context.Context, t *ally.Transcript, opt ally.AnalyzeOptions) (*ally.Result, error) {
	if err := check(opt); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !opt.KeepCodes {
		coder := opt.Coder
		if coder == nil {
			coder = e.coder
		}
		if coder == nil {
			return nil, ally.Errorf(ally.EINTERNAL, "engine: no coder")
		}
		coder.CodeTranscript(t)
	}
	for _, c := range opt.Corrections {
		if c.Utterance < 0 || c.Utterance >= len(t.Utterances) {
			return nil, ally.Errorf(ally.EINVALID, "a correction names utterance %d of a transcript of %d", c.Utterance, len(t.Utterances))
		}
		t.Utterances[c.Utterance].Code = ally.Code{Label: c.Code, Subcode: c.Subcode, Confidence: 1, SubConfidence: 1}
	}
	a := analysis.Analyze(t, analysis.Options{TenderSpots: opt.TenderSpots})
	return &ally.Result{Transcript: t, Analysis: a}, nil
}

// AnalyzeFile reads the transcript at path and analyses it, as Analyze
// does; a missing file is ENOTFOUND, a directory EINVALID.
func (e *Engine) AnalyzeFile(ctx context.Context, path string, opt ally.AnalyzeOptions) (*ally.Result, error) {
	if err := check(opt); err != nil {
		return nil, err
	}
	t, err := transcript.ReadFile(path, readOptions(opt))
	if err != nil {
		return nil, err
	}
	return e.AnalyzeTranscript(ctx, t, opt)
}

// readOptions are the reader's part of opt.
func readOptions(opt ally.AnalyzeOptions) transcript.Options {
	return transcript.Options{Format: opt.Format, Practitioner: opt.Practitioner, MaxSize: opt.MaxSize}
}

// check refuses options no analysis can use, before any reading or coding.
func check(opt ally.AnalyzeOptions) error {
	return analysis.CheckTenderSpots(opt.TenderSpots)
}
