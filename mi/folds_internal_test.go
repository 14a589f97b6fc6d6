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
	same, _ := drawFolds(ds, 5, 0, false)
	if !slices.Equal(fixed, same) {
		t.Errorf("seed 0 is not the fixed draw: %v against %v", same, fixed)
	}
	other, _ := drawFolds(ds, 5, 3, false)
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
	if _, err := drawFolds(ds, 21, 0, false); err == nil {
		t.Error("21 folds from 20 recordings did not fail")
	}
}

func TestDrawFoldsTrainOnly(t *testing.T) {
	ds := foldsData(20)
	fixed, _ := groupFolds(ds, 5)
	weak := foldsData(7)
	for i := range weak.Sessions {
		weak.Sessions[i].Group = "weak-" + weak.Sessions[i].Group
		weak.Sessions[i].TrainOnly = true
	}
	both := Merge(ds, weak)
	n := len(ds.Sessions)
	inner, _ := groupFolds(both, 5)
	if !slices.Equal(inner[:n], fixed) {
		t.Errorf("weak sessions changed the draw: %v against %v", inner[:n], fixed)
	}
	for _, f := range inner[n:] {
		if f != -1 {
			t.Fatalf("inside training a weak session got fold %d, want -1 (always trained on)", f)
		}
	}
	spread, _ := drawFolds(both, 5, 0, true)
	if !slices.Equal(spread[:n], fixed) {
		t.Errorf("dealing out weak sessions changed the draw: %v against %v", spread[:n], fixed)
	}
	for i := n; i < len(spread); i += 2 {
		if spread[i] < 0 || spread[i] >= 5 || spread[i] != spread[i+1] {
			t.Fatalf("weak folds %v: want each recording in one fold of [0,5)", spread[n:])
		}
	}
}
