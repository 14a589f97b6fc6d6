package mi

import (
	"fmt"
	"slices"
	"testing"
)

// foldsData is a dataset of n recordings, two sessions each.
func foldsData(n int) *Dataset {
	ds := &Dataset{}
	for g := range n {
		for s := range 2 {
			ds.Sessions = append(ds.Sessions, Recording{ID: fmt.Sprintf("g%d-s%d", g, s), Group: fmt.Sprintf("g%d", g),
				Utterances: make([]Example, 1+g%3)})
		}
	}
	return ds
}

func TestDrawFolds(t *testing.T) {
	ds := foldsData(20)
	fixed, err := groupFolds(ds, 5)
	if err != nil {
		t.Fatal(err)
	}
	same, _ := drawFolds(ds, 5, 0)
	if !slices.Equal(fixed, same) {
		t.Errorf("seed 0 is not the fixed draw: %v against %v", same, fixed)
	}
	other, _ := drawFolds(ds, 5, 3)
	if slices.Equal(fixed, other) {
		t.Errorf("seed 3 drew the same folds as the fixed draw: %v", other)
	}
	for _, folds := range [][]int{fixed, other} {
		for i := 0; i < len(folds); i += 2 {
			if folds[i] != folds[i+1] {
				t.Fatalf("sessions of one recording in folds %d and %d", folds[i], folds[i+1])
			}
		}
		for f := range 5 {
			if !slices.Contains(folds, f) {
				t.Errorf("fold %d is empty in %v", f, folds)
			}
		}
	}
	if _, err := drawFolds(ds, 21, 0); err == nil {
		t.Error("21 folds from 20 recordings did not fail")
	}
}
