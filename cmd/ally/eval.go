package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

// runEval implements `ally eval`: code hand-coded sessions with a model and
// score the codes against the hand codes.
func (m *Main) runEval(ctx context.Context, args []string) error {
	fs := m.newFlagSet("eval", "ally eval [flags] FILE.csv...",
		"Code hand-coded sessions (AnnoMI's CSV, or speaker,text,role,code) with the\n"+
			"embedded model, or another one, and compare the codes with the hand codes:\n"+
			"precision, recall, F1 and support per code, macro-F1, accuracy, Cohen's kappa\n"+
			"and the confusion matrix, for client talk and practitioner behaviour.")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	modelPath := fs.String("model", "", "evaluate the model in `FILE` (written by ally train) instead of the embedded one")
	output := fs.String("o", "", "write the scores to `FILE` instead of standard output")
	cfg, err := m.config()
	if err != nil {
		return err
	}
	cfg.maxSizeFlag(fs)
	files, err := m.parseArgs(fs, args)
	switch {
	case err != nil:
		return err
	case len(files) == 0:
		return usageErrorf("no coded sessions given: name a CSV file")
	case cfg.MaxSizeMB < 1:
		return usageErrorf("--max-size must be at least 1 MB, not %d", cfg.MaxSizeMB)
	}
	if err := refuseOverwrite(*output, "the coded sessions in", files...); err != nil {
		return err
	}
	if err := refuseOverwrite(*output, "the model", *modelPath); err != nil {
		return err
	}
	var r *mi.Report
	err = interruptible(ctx, func() error {
		ds, err := readDatasets(files, cfg.maxSize())
		if err != nil {
			return err
		}
		m.printDatasetWarnings(ds)
		model, err := loadModel(*modelPath)
		if err != nil {
			return err
		}
		r = mi.Evaluate(model, ds)
		return nil
	})
	if err != nil {
		return err
	}
	return m.writeScores(r, *asJSON, *output)
}

// printDatasetWarnings tells on stderr which rows of the coded sessions
// were skipped; each warning names its file and line.
func (m *Main) printDatasetWarnings(ds *mi.Dataset) {
	for _, w := range ds.Warnings {
		fmt.Fprintf(m.Stderr, "ally: warning: %s\n", w)
	}
}

// readDatasets reads and merges the coded sessions of files, each at most
// limit bytes.
func readDatasets(files []string, limit int64) (*mi.Dataset, error) {
	var sets []*mi.Dataset
	for _, path := range files {
		ds, err := readDataset(path, limit)
		if err != nil {
			return nil, err
		}
		sets = append(sets, ds)
	}
	return mi.Merge(sets...), nil
}

// readDataset reads the coded sessions of one file, at most limit bytes.
func readDataset(path string, limit int64) (*mi.Dataset, error) {
	data, err := readLimited(path, limit)
	if err != nil {
		return nil, err
	}
	return mi.ReadDataset(bytes.NewReader(data), path)
}

// readLimited reads the regular file at path whole, refusing one over
// limit bytes without holding more than that in memory.
func readLimited(path string, limit int64) ([]byte, error) {
	if err := checkInput(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &fileError{path: path, err: openError(err)}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, ally.Errorf(ally.EINVALID, "%s is a directory, not a file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &fileError{path: path, err: ally.Errorf(ally.EINVALID, "cannot read: %s", reason(err))}
	}
	if int64(len(data)) > limit {
		return nil, ally.Errorf(ally.ETOOLARGE, "%s is over %d MB, the most ally reads; --max-size raises the limit", path, limit>>20)
	}
	return data, nil
}

// openError turns an os.Open error into an ally error.
func openError(err error) error {
	if os.IsNotExist(err) {
		return ally.Errorf(ally.ENOTFOUND, "file not found")
	}
	return ally.Errorf(ally.EINVALID, "cannot read: %s", reason(err))
}

// loadModel returns the model in path, or the embedded one when path is "".
func loadModel(path string) (*mi.Model, error) {
	if path == "" {
		return mi.Default()
	}
	if err := checkInput(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &fileError{path: path, err: openError(err)}
	}
	defer f.Close()
	model, err := mi.Read(f)
	if err != nil {
		return nil, &fileError{path: path, err: err}
	}
	return model, nil
}

// writeScores writes a report as text or JSON.
func (m *Main) writeScores(r *mi.Report, asJSON bool, output string) error {
	var b bytes.Buffer
	if asJSON {
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else {
		writeScoresText(&b, r)
	}
	return m.writeOutput(output, b.Bytes())
}
