package mi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/mi"
)

func TestTrainDeterministic(t *testing.T) {
	ds := mustSynthetic(t, 6)
	a, b := modelBytes(t, mustTrain(t, ds)), modelBytes(t, mustTrain(t, ds))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data wrote different model files")
	}
}

func TestTrainLearns(t *testing.T) {
	ds := mustSynthetic(t, 6)
	r := mi.Evaluate(mustTrain(t, ds), ds)
	if r.Client.Accuracy < 0.9 || r.Therapist.Accuracy < 0.9 {
		t.Errorf("training accuracy client %.2f, therapist %.2f; want ≥ 0.9", r.Client.Accuracy, r.Therapist.Accuracy)
	}
	if r.Client.N != 6*12 || r.Reflection == nil || r.Reflection.N != 2*12 {
		t.Errorf("scored %d client utterances and reflections %v; want 72 and 24", r.Client.N, r.Reflection)
	}
}

func TestTrainNeedsBothRoles(t *testing.T) {
	ds, err := mi.ReadDataset(strings.NewReader("speaker,text,role,code\nC,hi,client,neutral\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mi.Train(context.Background(), ds, mi.DefaultConfig()); ally.ErrorCode(err) != ally.EINVALID {
		t.Errorf("Train on client talk only: %v, want an EINVALID error", err)
	}
}

func TestCrossValidate(t *testing.T) {
	ds := mustSynthetic(t, 6)
	cfg := mi.DefaultConfig()
	cfg.MaxIter = 50
	r, err := mi.CrossValidate(context.Background(), ds, 3, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if r.Client.N != 6*12 || r.Therapist.N != 6*12 {
		t.Errorf("scored %d client and %d therapist utterances, want 72 each", r.Client.N, r.Therapist.N)
	}
	if r.Client.ECE < 0 || r.Client.ECE > 1 {
		t.Errorf("client ECE %v outside [0, 1]", r.Client.ECE)
	}
	if _, err := mi.CrossValidate(context.Background(), ds, 7, cfg); ally.ErrorCode(err) != ally.EINVALID {
		t.Errorf("7 folds of 6 sessions: %v, want an EINVALID error", err)
	}
}

// TestTrainFewRecordings checks that a practice with fewer recordings than
// the default inner folds can still train, with one inner fold per
// recording, and that a chained model refuses fewer than three.
func TestTrainFewRecordings(t *testing.T) {
	for _, tc := range []struct {
		recordings, stages, wantFolds int
	}{
		{6, 2, 5},
		{4, 2, 4},
		{3, 2, 3},
		{2, 1, 2},
		{2, 2, 0},
	} {
		cfg := mi.DefaultConfig()
		cfg.MaxIter, cfg.Stages = 50, tc.stages
		m, err := mi.Train(context.Background(), mustSynthetic(t, tc.recordings), cfg)
		if tc.wantFolds == 0 {
			if ally.ErrorCode(err) != ally.EINVALID {
				t.Errorf("%d recordings, %d stages: %v, want an EINVALID error", tc.recordings, tc.stages, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%d recordings, %d stages: %v", tc.recordings, tc.stages, err)
		}
		var f struct {
			Config struct {
				InnerFolds int `json:"inner_folds"`
			} `json:"config"`
		}
		if err := json.Unmarshal(modelBytes(t, m), &f); err != nil {
			t.Fatal(err)
		}
		if f.Config.InnerFolds != tc.wantFolds {
			t.Errorf("%d recordings, %d stages: inner folds %d, want %d", tc.recordings, tc.stages, f.Config.InnerFolds, tc.wantFolds)
		}
	}
}
