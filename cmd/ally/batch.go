package main

import (
	"bytes"
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/report"
)

// transcriptExts are the file extensions analyze looks for in directories.
func transcriptExts() []string { return []string{".vtt", ".srt", ".txt", ".csv", ".json"} }

// input is one file to analyse, or the reason an argument gave none.
type input struct {
	path string
	err  error
}

// outcome is what analysing one input gave.
type outcome struct {
	summary  ally.SessionSummary
	warnings []ally.Warning
	err      error
}

// analyzeMany summarises every transcript named or found in the directories
// named, one row per session in input order. A bad file is reported and
// skipped; the others are still analysed, and the command fails at the end.
func (m *Main) analyzeMany(ctx context.Context, cfg analyzeConfig, eng *engine.Engine) error {
	var inputs []input
	for _, arg := range cfg.inputs {
		for _, in := range expand(arg) {
			if in.err == nil && sameFile(in.path, cfg.output) {
				// A summary written into the folder it summarises by an
				// earlier run is not a transcript; anything else there is.
				if isSummary(in.path) {
					continue
				}
				return refuseOverwrite(cfg.output, "the transcript", in.path)
			}
			inputs = append(inputs, in)
		}
	}
	var outcomes []outcome
	err := interruptible(ctx, func() error {
		outcomes = m.analyzeAll(ctx, cfg, eng, inputs)
		return ctx.Err()
	})
	if err != nil {
		return err
	}

	var sessions []ally.SessionSummary
	var failures []report.Failure
	for i, o := range outcomes {
		if o.err != nil {
			err := &fileError{path: inputs[i].path, err: o.err}
			m.printError(err)
			failures = append(failures, report.Failure{Name: inputs[i].path, Message: errorLine(o.err)})
			continue
		}
		m.printWarnings(inputs[i].path, o.warnings)
		sessions = append(sessions, o.summary)
	}
	// A table of nothing but failures says no more than the error lines.
	if len(sessions) > 0 {
		if err := m.writeSummary(cfg, sessions, failures); err != nil {
			return err
		}
	}
	if len(failures) > 0 {
		return errReported
	}
	return nil
}

// analyzeAll analyses inputs on cfg.jobs workers and returns the outcomes in
// the order of inputs, however the work finished.
func (m *Main) analyzeAll(ctx context.Context, cfg analyzeConfig, eng *engine.Engine, inputs []input) []outcome {
	outcomes := make([]outcome, len(inputs))
	next := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range min(cfg.jobs, len(inputs)) {
		wg.Go(func() {
			for i := range next {
				// Each worker writes only the slots it was given.
				outcomes[i] = m.analyzeInput(ctx, cfg, eng, inputs[i])
				done <- struct{}{}
			}
		})
	}
	go func() {
		defer close(next)
		for i := range inputs {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(done)
	}()

	bar := newProgress(m.Stderr, len(inputs), m.StderrIsTerminal && len(inputs) > 1)
	for range done {
		bar.step()
	}
	bar.clear()
	return outcomes
}

// analyzeInput reads, codes and summarises one input.
func (m *Main) analyzeInput(ctx context.Context, cfg analyzeConfig, eng *engine.Engine, in input) outcome {
	if in.err != nil {
		return outcome{err: in.err}
	}
	if err := ctx.Err(); err != nil {
		return outcome{err: err}
	}
	res, err := m.analyzePath(ctx, cfg, eng, in.path)
	if err != nil {
		return outcome{err: err}
	}
	s := res.Summary()
	// The path as the user typed it or the walk found it tells sessions
	// of the same name in different folders apart.
	s.Name = in.path
	return outcome{summary: s, warnings: res.Transcript.Warnings}
}

// expand turns one argument into the inputs it names: a directory gives its
// transcript files in lexical order, skipping hidden files and folders; any
// other argument is taken as a file, and reading it will say if it is not one.
func expand(arg string) []input {
	if !isDir(arg) {
		return []input{{path: arg}}
	}
	var inputs []input
	err := filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable folder is one failure; the rest of the walk
			// goes on.
			inputs = append(inputs, input{path: path, err: ally.Errorf(ally.EINVALID, "cannot read %s: %v", path, reason(err))})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		hidden := strings.HasPrefix(d.Name(), ".") && path != arg
		switch {
		case d.IsDir() && hidden:
			return fs.SkipDir
		case d.IsDir() || hidden:
			return nil
		case hasTranscriptExt(path):
			inputs = append(inputs, input{path: path})
		}
		return nil
	})
	if err != nil {
		inputs = append(inputs, input{path: arg, err: ally.Errorf(ally.EINVALID, "cannot read %s: %v", arg, reason(err))})
	}
	if len(inputs) == 0 {
		return []input{{path: arg, err: ally.Errorf(ally.EINVALID, "%s: no transcripts found (looked for %s files)",
			arg, strings.Join(transcriptExts(), ", "))}}
	}
	return inputs
}

// hasTranscriptExt reports whether path ends in a transcript extension, in
// any case: Windows tools write .VTT as readily as .vtt.
func hasTranscriptExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range transcriptExts() {
		if ext == e {
			return true
		}
	}
	return false
}

// writeSummary renders a summary of sessions in the chosen format and writes it.
func (m *Main) writeSummary(cfg analyzeConfig, sessions []ally.SessionSummary, failures []report.Failure) error {
	render := report.SummaryText
	switch cfg.format {
	case "json":
		render = report.SummaryJSON
	case "csv":
		render = report.SummaryCSV
	case "html":
		render = report.SummaryHTML
	}
	var buf bytes.Buffer
	if err := render(&buf, sessions, failures); err != nil {
		return err
	}
	return m.writeOutput(cfg.output, buf.Bytes())
}
