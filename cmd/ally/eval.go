package main

import (
	"bytes"
	"context"
	"encoding/json"
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
	files, err := m.parseArgs(fs, args)
	if err != nil {
		return err
	} else if len(files) == 0 {
		return usageErrorf("no coded sessions given: name a CSV file")
	}
	ds, err := readDatasets(files)
	if err != nil {
		return err
	}
	model, err := loadModel(*modelPath)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return m.writeScores(mi.Evaluate(model, ds), *asJSON, *output)
}

// readDatasets reads and merges the coded sessions of files.
func readDatasets(files []string) (*mi.Dataset, error) {
	var sets []*mi.Dataset
	for _, path := range files {
		ds, err := readDataset(path)
		if err != nil {
			return nil, err
		}
		sets = append(sets, ds)
	}
	return mi.Merge(sets...), nil
}

// readDataset reads the coded sessions of one file.
func readDataset(path string) (*mi.Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &fileError{path: path, err: openError(err)}
	}
	defer f.Close()
	return mi.ReadDataset(f, path)
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
