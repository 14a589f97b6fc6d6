package mi_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ally-mi/ally/mi"
)

// dataDir is where the development data sits relative to this package:
// beside the module, as on the machines the model is built on.
var dataDir = filepath.Join("..", "..", "shared", "data", "annomi")

// mustDevData reads AnnoMI's development part, skipping the test when it is
// absent or when only short tests run, since training on it takes a while.
func mustDevData(t *testing.T) *mi.Dataset {
	t.Helper()
	if testing.Short() {
		t.Skip("trains on the development data; skipped with -short")
	}
	f, err := os.Open(filepath.Join(dataDir, "AnnoMI-full.train.csv"))
	if os.IsNotExist(err) {
		t.Skipf("no development data at %s", dataDir)
	} else if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := mi.ReadDataset(f, "AnnoMI-full.train.csv")
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestEmbeddedModelReproduced checks that mi/model.json is what training
// with the default settings writes, so the shipped model can be rebuilt.
func TestEmbeddedModelReproduced(t *testing.T) {
	t.Parallel()
	ds := mustDevData(t)
	m, err := mi.Train(context.Background(), ds, mi.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("model.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := modelBytes(t, m); !bytes.Equal(got, want) {
		t.Fatalf("training wrote %d bytes that differ from model.json (%d bytes); rebuild it with ally train -o mi/model.json", len(got), len(want))
	}
}

// TestCrossValidationFloor guards the grouped 5-fold cross-validation
// figures reported in MODEL.md against regressions. The macro-F1 floors are
// the levels the coder must reach (training is deterministic, so the figures
// do not wander between runs); the others sit a little under the reported
// figures.
func TestCrossValidationFloor(t *testing.T) {
	t.Parallel()
	ds := mustDevData(t)
	r, err := mi.CrossValidate(context.Background(), ds, 5, mi.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name        string
		got, lowest float64
	}{
		{"client macro-F1", r.Client.MacroF1, 0.52},
		{"therapist macro-F1", r.Therapist.MacroF1, 0.72},
		{"client kappa", r.Client.Kappa, 0.30},
		{"therapist kappa", r.Therapist.Kappa, 0.67},
	} {
		if c.got < c.lowest {
			t.Errorf("%s = %.4f, want ≥ %.2f", c.name, c.got, c.lowest)
		}
	}
	for name, s := range map[string]mi.Scores{"client": r.Client, "therapist": r.Therapist} {
		if s.ECE > 0.06 {
			t.Errorf("%s ECE = %.3f, want ≤ 0.06", name, s.ECE)
		}
	}
}
