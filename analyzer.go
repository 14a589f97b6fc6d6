package ally

import (
	"context"
	"io"
)

// AnalyzeOptions say how to read, code and analyse one session.
type AnalyzeOptions struct {
	// Format forces a transcript reader ("vtt", "srt", "txt", "csv",
	// "json"); "" detects the format from the content, then the name.
	Format string
	// Practitioner names the practitioner, overriding the role detection.
	Practitioner string
	// MaxSize is the largest transcript read, in bytes; 0 is the reader's
	// default.
	MaxSize int64
	// TenderSpots are the professional's tender spots, measured under
	// guideline 1.
	TenderSpots []string
	// Coder codes the utterances; nil is the analyzer's own coder.
	Coder Coder
	// KeepCodes analyses a transcript with the codes it carries (hand-coded
	// or corrected) instead of coding it again.
	KeepCodes bool
	// Corrections are set on top of the coder's codes before the analysis,
	// so a professional's corrections outlive a change of model. One that
	// names no utterance of the transcript is EINVALID.
	Corrections []Correction
}

// Result is everything one analysis gives: the coded transcript and what
// ally made of it.
type Result struct {
	Transcript *Transcript
	Analysis   *Analysis
}

// Summary returns the result's row in a table of many sessions.
func (r *Result) Summary() SessionSummary { return Summarize(r.Transcript, r.Analysis) }

// Document returns the result as the JSON document reports and programs read.
func (r *Result) Document() Document { return NewDocument(r.Transcript, r.Analysis) }

// Analyzer is ally's one pipeline from transcript to analysis: read, code,
// analyse. The command line and the practice app both call it.
type Analyzer interface {
	// Analyze reads a transcript named name from r, codes it and analyses
	// it. A transcript that cannot be read is EINVALID, one over the size
	// limit ETOOLARGE; a cancelled ctx returns its error.
	Analyze(ctx context.Context, r io.Reader, name string, opt AnalyzeOptions) (*Result, error)
	// AnalyzeTranscript codes t in place (unless opt.KeepCodes) and
	// analyses it; Format, Practitioner and MaxSize do not apply.
	AnalyzeTranscript(ctx context.Context, t *Transcript, opt AnalyzeOptions) (*Result, error)
}
