package mi_test

import (
	"bytes"
	"context"
	"strconv"
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
// the default inner folds can still train: it gets one fold per recording.
func TestTrainFewRecordings(t *testing.T) {
	for _, n := range []int{3, 4, 6} {
		b := modelBytes(t, mustTrain(t, mustSynthetic(t, n)))
		want := min(n, mi.DefaultConfig().InnerFolds)
		if !bytes.Contains(b, []byte(`"inner_folds":`+strconv.Itoa(want)+`}`)) {
			t.Errorf("%d recordings: model config %.300s; want inner_folds %d", n, b, want)
		}
	}
}
