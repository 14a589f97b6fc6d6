package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/ally-mi/ally/mi"
)

// runTrain implements `ally train`: fit the coder to hand-coded sessions,
// and cross-validate it.
func (m *Main) runTrain(ctx context.Context, args []string) error {
	fs := m.newFlagSet("train", "ally train [flags] FILE.csv...",
		"Train the utterance coder on hand-coded sessions: AnnoMI's CSV, or a\n"+
			"practice's own in the columns speaker,text,role,code[,subcode][,session].\n"+
			"Several files are trained on together, e.g. AnnoMI and your own sessions.\n"+
			"Training is seeded: the same files give the same model, byte for byte.\n"+
			"--cv K prints K-fold cross-validation scores, with folds grouped by video\n"+
			"(or session) so no recording is both trained and tested on; --seed N\n"+
			"draws the folds another way, to see how much the scores move with the draw.\n\n"+
			"The embedded model is: ally train -o mi/model.json AnnoMI-full.train.csv")
	cv := fs.Int("cv", 0, "run `K`-fold grouped cross-validation and print its scores")
	asJSON := fs.Bool("json", false, "print cross-validation scores as JSON")
	seed := fs.Uint64("seed", 0, "draw the cross-validation folds with `N` (0: the fixed draw)")
	output := fs.String("o", "", "write the trained model to `FILE`")
	cfg, err := m.config()
	if err != nil {
		return err
	}
	cfg.maxSizeFlag(fs)
	files, err := m.parseArgs(fs, args)
	switch {
	case err != nil:
		return err
	case cfg.MaxSizeMB < 1:
		return usageErrorf("--max-size must be at least 1 MB, not %d", cfg.MaxSizeMB)
	case len(files) == 0:
		return usageErrorf("no coded sessions given: name a CSV file")
	case *cv == 0 && *output == "":
		return usageErrorf("nothing to do: name the model file with -o FILE, or cross-validate with --cv K")
	case *cv == 1 || *cv < 0:
		return usageErrorf("--cv must be at least 2, not %d", *cv)
	case *asJSON && *cv == 0:
		return usageErrorf("--json prints cross-validation scores: add --cv K")
	case *seed != 0 && *cv == 0:
		return usageErrorf("--seed draws cross-validation folds: add --cv K")
	}
	if err := refuseOverwrite(*output, "the coded sessions in", files...); err != nil {
		return err
	}
	var ds *mi.Dataset
	if err := interruptible(ctx, func() (err error) {
		ds, err = readDatasets(files, cfg.maxSize())
		return err
	}); err != nil {
		return err
	}
	tc := mi.DefaultConfig()
	tc.FoldSeed = *seed
	if *cv > 0 {
		var r *mi.Report
		if err := interruptible(ctx, func() (err error) {
			r, err = mi.CrossValidate(ctx, ds, *cv, tc)
			return err
		}); err != nil {
			return err
		}
		if err := m.writeScores(r, *asJSON, ""); err != nil {
			return err
		}
	}
	if *output == "" {
		return nil
	}
	var b bytes.Buffer
	if err := interruptible(ctx, func() error {
		model, err := mi.Train(ctx, ds, tc)
		if err != nil {
			return err
		}
		_, err = model.WriteTo(&b)
		return err
	}); err != nil {
		return err
	}
	if err := m.writeOutput(*output, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "ally: trained on %d sessions; model written to %s\n", len(ds.Sessions), *output)
	return nil
}
