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
	files, err := m.parseArgs(fs, args)
	switch {
	case err != nil:
		return err
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
	ds, err := readDatasets(files)
	if err != nil {
		return err
	}
	cfg := mi.DefaultConfig()
	cfg.FoldSeed = *seed
	if *cv > 0 {
		r, err := mi.CrossValidate(ctx, ds, *cv, cfg)
		if err != nil {
			return err
		}
		if err := m.writeScores(r, *asJSON, ""); err != nil {
			return err
		}
	}
	if *output == "" {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	model, err := mi.Train(ctx, ds, cfg)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if _, err := model.WriteTo(&b); err != nil {
		return err
	}
	if err := m.writeOutput(*output, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "ally: trained on %d sessions; model written to %s\n", len(ds.Sessions), *output)
	return nil
}
