package mi

import (
	"slices"
	"sort"
	"sync"
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
// repeated ones, in the order they come, so the same features always give
// the same sums.
func (v *vocab) vector(fs []feature) sparse {
	s := vectorScratch.Get().(*scratch)
	defer vectorScratch.Put(s)
	if len(s.acc) < len(v.names) {
		s.acc = make([]float32, len(v.names))
		s.seen = make([]bool, len(v.names))
	}
	s.idx = s.idx[:0]
	for _, f := range fs {
		i, ok := v.index[f.name]
		if !ok {
			continue
		}
		if !s.seen[i] {
			s.seen[i] = true
			s.idx = append(s.idx, i)
		}
		s.acc[i] += f.value
	}
	slices.Sort(s.idx)
	x := sparse{idx: slices.Clone(s.idx), val: make([]float32, len(s.idx))}
	for k, i := range s.idx {
		x.val[k] = s.acc[i]
		s.acc[i], s.seen[i] = 0, false
	}
	return x
}

// scratch is the working space of vector: a sum and a mark per vocabulary
// feature, all zero between calls, and the features touched.
type scratch struct {
	acc  []float32
	seen []bool
	idx  []int32
}

// vectorScratch lends scratch space to vector, which may run on many
// goroutines at once.
var vectorScratch = sync.Pool{New: func() any { return new(scratch) }}
