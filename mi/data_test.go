package mi_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/ally-mi/ally/internal/allytest"
	"github.com/ally-mi/ally/mi"
)

// mustDevData reads AnnoMI's development part. The tests that train on it
// take minutes, so they run only as long checks, and skip where the data is
// absent.
func mustDevData(t *testing.T) *mi.Dataset {
	t.Helper()
	allytest.Long(t)
	path := allytest.DataFile(t, "annomi", "AnnoMI-full.train.csv")
	f, err := os.Open(path)
	if err != nil {
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
