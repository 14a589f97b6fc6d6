package main

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"

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
			"draws the folds another way, to see how much the scores move with the draw.\n"+
			"MIBot's automatically coded file (mibot-utterances.csv) is read as weak\n"+
			"labels: trained on, never scored beside hand codes (its own out-of-fold\n"+
			"scores are printed apart). --weight FILE=W makes FILE's codes count W.\n\n"+
			"The embedded model is: "+embeddedCommand)
	cv := fs.Int("cv", 0, "run `K`-fold grouped cross-validation and print its scores")
	asJSON := fs.Bool("json", false, "print cross-validation scores as JSON")
	seed := fs.Uint64("seed", 0, "draw the cross-validation folds with `N` (0: the fixed draw)")
	output := fs.String("o", "", "write the trained model to `FILE`")
	weights := weightFlag{}
	fs.Var(weights, "weight", "make the codes of `FILE=W` count W in training (default 1); FILE=client:W\nor FILE=practitioner:W weights one role, 0 keeps its codes out; repeatable")
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
	for path := range weights {
		if !slices.Contains(files, path) {
			return usageErrorf("--weight names %s, which is not among the files to train on", path)
		}
	}
	if err := refuseOverwrite(*output, "the coded sessions in", files...); err != nil {
		return err
	}
	var ds *mi.Dataset
	if err := interruptible(ctx, func() (err error) {
		ds, err = readWeighted(files, weights, cfg.maxSize())
		return err
	}); err != nil {
		return err
	}
	m.printDatasetWarnings(ds)
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

// embeddedCommand is how mi/model.json is trained, run in the module's
// root beside ../shared/data (see MODEL.md).
const embeddedCommand = "ally train -o mi/model.json ../shared/data/annomi/AnnoMI-full.train.csv"

// weightFlag holds --weight: per file, the weight of each role's codes.
type weightFlag map[string]map[ally.Role]float64

func (w weightFlag) String() string { return "" }

// Set reads FILE=W, FILE=client:W or FILE=practitioner:W.
func (w weightFlag) Set(v string) error {
	path, spec, ok := strings.Cut(v, "=")
	if !ok || path == "" {
		return fmt.Errorf("want FILE=W, FILE=client:W or FILE=practitioner:W, not %q", v)
	}
	roles := []ally.Role{ally.RoleClient, ally.RolePractitioner}
	if r, num, ok := strings.Cut(spec, ":"); ok {
		if r != string(ally.RoleClient) && r != string(ally.RolePractitioner) {
			return fmt.Errorf("role %q is neither client nor practitioner", r)
		}
		roles, spec = []ally.Role{ally.Role(r)}, num
	}
	f, err := strconv.ParseFloat(spec, 64)
	if err != nil || f < 0 || f != f {
		return fmt.Errorf("weight %q is not a number ≥ 0", spec)
	}
	if w[path] == nil {
		w[path] = map[ally.Role]float64{}
	}
	for _, r := range roles {
		w[path][r] = f
	}
	return nil
}

// readWeighted reads and merges the coded sessions of files, each file's
// recordings weighted as weights says.
func readWeighted(files []string, weights weightFlag, limit int64) (*mi.Dataset, error) {
	var sets []*mi.Dataset
	for _, path := range files {
		ds, err := readDataset(path, limit)
		if err != nil {
			return nil, err
		}
		if w := weights[path]; w != nil {
			for i := range ds.Sessions {
				ds.Sessions[i].Weight = w
			}
		}
		sets = append(sets, ds)
	}
	return mi.Merge(sets...), nil
}
