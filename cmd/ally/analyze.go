package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/analysis"
	"github.com/ally-mi/ally/engine"
	"github.com/ally-mi/ally/report"
	"github.com/ally-mi/ally/transcript"
)

// analyzeConfig is the command line of `ally analyze`.
type analyzeConfig struct {
	Config
	format string // of the report: text, json, csv or html
	// options say how to read, code and analyse each transcript.
	options ally.AnalyzeOptions
	output  string // file to write the report to; "" or "-" is stdout
	jobs    int    // files analysed at once
	model   string // a model written by ally train; "" is the embedded one
	inputs  []string
}

// reportFormats lists the values of analyze's --format flag.
func reportFormats() []string { return []string{"text", "json", "csv", "html"} }

// parseAnalyze parses and checks the command line of `ally analyze`.
func (m *Main) parseAnalyze(args []string) (analyzeConfig, error) {
	base, err := m.config()
	if err != nil {
		return analyzeConfig{}, err
	}
	cfg := analyzeConfig{Config: base}
	var tender string
	fs := m.newFlagSet("analyze", "ally analyze [flags] FILE|DIR...",
		"Code the utterances of session transcripts and read each session along the\n"+
			"five guidelines of working with resistance. One file gives its full report;\n"+
			"several files or a directory give one summary row per session.\n"+
			"Directories are searched for .vtt, .srt, .txt, .csv and .json files.\n"+
			"FILE may be - for standard input.")
	fs.StringVar(&cfg.format, "format", "text", "report format: "+strings.Join(reportFormats(), ", "))
	fs.StringVar(&cfg.options.Format, "input-format", "", "transcript format: "+strings.Join(transcript.Formats(), ", ")+" (default: detect)")
	fs.StringVar(&cfg.options.Practitioner, "practitioner", "", "name of the practitioner, overriding the detection")
	fs.StringVar(&tender, "tender-spots", "", "comma-separated `SUBJECTS` where you may react from your own history,\nsuch as \"drinking,my father\"; they are measured under guideline 1")
	fs.StringVar(&cfg.output, "o", "", "write the report to `FILE` instead of standard output")
	fs.IntVar(&cfg.jobs, "jobs", runtime.NumCPU(), "number of files to analyse at once")
	cfg.modelFlag(fs, "code with the model in `FILE`, written by ally train, instead of the embedded one")
	cfg.maxSizeFlag(fs)
	inputs, err := m.parseArgs(fs, args)
	if err != nil {
		return cfg, err
	}
	cfg.inputs = inputs
	cfg.options.MaxSize = cfg.maxSize()
	cfg.options.TenderSpots = splitList(tender)
	if err := analysis.CheckTenderSpots(cfg.options.TenderSpots); err != nil {
		return cfg, usageErrorf("--tender-spots: %s", ally.ErrorMessage(err))
	}
	switch {
	case len(cfg.inputs) == 0:
		return cfg, usageErrorf("no transcript given: name a FILE or a DIR")
	case !slices.Contains(reportFormats(), cfg.format):
		return cfg, usageErrorf("unknown --format %q; valid formats are %s", cfg.format, strings.Join(reportFormats(), ", "))
	case cfg.options.Format != "" && !slices.Contains(transcript.Formats(), strings.ToLower(cfg.options.Format)):
		return cfg, usageErrorf("unknown --input-format %q; valid formats are %s", cfg.options.Format, strings.Join(transcript.Formats(), ", "))
	case cfg.MaxSizeMB < 1:
		return cfg, usageErrorf("--max-size must be at least 1 MB, not %d", cfg.MaxSizeMB)
	case cfg.jobs < 1:
		return cfg, usageErrorf("--jobs must be at least 1, not %d", cfg.jobs)
	case countOf(cfg.inputs, "-") > 1:
		return cfg, usageErrorf("standard input (-) can be named only once")
	}
	for _, in := range cfg.inputs {
		if !isDir(in) {
			if err := refuseOverwrite(cfg.output, "the transcript", in); err != nil {
				return cfg, err
			}
		}
	}
	if err := refuseOverwrite(cfg.output, "the model", cfg.Model); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// countOf returns how many times s appears in list.
func countOf(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// runAnalyze implements `ally analyze`.
func (m *Main) runAnalyze(ctx context.Context, args []string) error {
	cfg, err := m.parseAnalyze(args)
	if err != nil {
		return err
	}
	coder, err := m.coder(cfg.Model)
	if err != nil {
		return err
	}
	eng := engine.New(coder)
	if len(cfg.inputs) == 1 && !isDir(cfg.inputs[0]) {
		return m.analyzeOne(ctx, cfg, eng)
	}
	return m.analyzeMany(ctx, cfg, eng)
}

// analyzeOne writes the full report of the one transcript named.
func (m *Main) analyzeOne(ctx context.Context, cfg analyzeConfig, eng *engine.Engine) error {
	path := cfg.inputs[0]
	var res *ally.Result
	err := interruptible(ctx, func() error {
		var err error
		if res, err = m.analyzePath(ctx, cfg, eng, path); err != nil {
			return &fileError{path: path, err: err}
		}
		return nil
	})
	if err != nil {
		return err
	}
	m.printWarnings(path, res.Transcript.Warnings)
	return m.writeRendered(ctx, cfg.output, func(w io.Writer) error { return render(w, cfg.format, res) })
}

// analyzePath analyses the transcript at path, or standard input for "-".
func (m *Main) analyzePath(ctx context.Context, cfg analyzeConfig, eng *engine.Engine, path string) (*ally.Result, error) {
	if path == "-" {
		return eng.Analyze(ctx, m.Stdin, "stdin", cfg.options)
	}
	return eng.AnalyzeFile(ctx, path, cfg.options)
}

// printWarnings tells on stderr what the reader read around in the file
// at path, which the report also shows.
func (m *Main) printWarnings(path string, warns []ally.Warning) {
	if path == "-" {
		path = "stdin"
	}
	for _, w := range warns {
		fmt.Fprintf(m.Stderr, "ally: warning: %s: %s\n", path, w)
	}
}

// render writes the full report of one analysed transcript in format.
func render(w io.Writer, format string, res *ally.Result) error {
	t, a := res.Transcript, res.Analysis
	switch format {
	case "json":
		return report.JSON(w, t, a)
	case "csv":
		return report.CSV(w, t)
	case "html":
		return report.HTML(w, t, a, report.HTMLOptions{})
	}
	return report.Text(w, t, a)
}

// splitList splits a comma-separated flag value into its trimmed, non-empty
// entries.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// isDir reports whether path names a directory.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
