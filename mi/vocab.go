package mi

import (
	"cmp"
	"slices"
	"sort"
)

// sparse is a feature vector: indexes into the vocabulary, ascending, with
// their values.
type sparse struct {
	idx []int32
	val []float32
}

// vocab maps feature names to indexes.
type vocab struct {
	names []string
	index map[string]int32
}

// newVocab indexes names, which must be sorted and unique.
func newVocab(names []string) *vocab {
	v := &vocab{names: names, index: make(map[string]int32, len(names))}
	for i, n := range names {
		v.index[n] = int32(i)
	}
	return v
}

// buildVocab keeps the features that occur in at least minCount turns, in
// sorted order so the same data always gives the same vocabulary.
func buildVocab(turns [][]feature, minCount int) *vocab {
	count := map[string]int{}
	for _, fs := range turns {
		seen := map[string]bool{}
		for _, f := range fs {
			if !seen[f.name] {
				seen[f.name] = true
				count[f.name]++
			}
		}
	}
	var names []string
	for n, c := range count {
		if c >= minCount {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return newVocab(names)
}

// vector looks fs up in the vocabulary, drops unknown features and adds up
// repeated ones.
func (v *vocab) vector(fs []feature) sparse {
	type kv struct {
		i int32
		v float32
	}
	known := make([]kv, 0, len(fs))
	for _, f := range fs {
		if i, ok := v.index[f.name]; ok {
			known = append(known, kv{i, f.value})
		}
	}
	// Stable, so repeated features add up in the same order every time.
	slices.SortStableFunc(known, func(a, b kv) int { return cmp.Compare(a.i, b.i) })
	x := sparse{idx: make([]int32, 0, len(known)), val: make([]float32, 0, len(known))}
	for _, k := range known {
		if n := len(x.idx); n > 0 && x.idx[n-1] == k.i {
			x.val[n-1] += k.v
			continue
		}
		x.idx = append(x.idx, k.i)
		x.val = append(x.val, k.v)
	}
	return x
}
