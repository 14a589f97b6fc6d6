package mi_test

import (
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ally-mi/ally/mi"
)

// TestCodeMemory codes a long session while watching the heap: coding
// must not hold more than a few times the transcript's text, where the
// features of a whole session once took some 300 times it.
func TestCodeMemory(t *testing.T) {
	m, err := mi.Default()
	if err != nil {
		t.Fatal(err)
	}
	tr := benchTranscript(3000)
	text := 0
	for _, u := range tr.Utterances {
		text += len(u.Text)
	}
	// A first run fills what every run shares, whatever its length: the
	// scratch space of the vocabularies, the similar words met.
	m.CodeTranscript(benchTranscript(20))
	// Little garbage is let pile up, so the heap shows what is held.
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	// The heap is the process's: whatever else runs meanwhile (a test's
	// goroutine still finishing, the collector's own pace) only adds to
	// it. So the session is coded up to three times and the least growth
	// is the one judged: a coder that holds too much does so every time.
	var grown int64
	var before runtime.MemStats
	for attempt := 0; attempt < 3; attempt++ {
		g, b := heapGrowth(func() { m.CodeTranscript(tr) })
		if attempt == 0 || g < grown {
			grown, before = g, b
		}
		if grown <= int64(20*text)+int64(before.HeapAlloc/50) {
			break
		}
	}
	t.Logf("coding %d KB of text grew the heap by %.1f MB at its peak", text>>10, float64(grown)/(1<<20))
	// Garbage runs up to 1% of the live heap (the model, mostly) between
	// collections; twice that is allowed on top of 20 times the text.
	if limit := int64(20*text) + int64(before.HeapAlloc/50); grown > limit {
		t.Errorf("coding %d KB of text grew the heap by %.1f MB at its peak, over %.1f MB (20 times the text)", text>>10, float64(grown)/(1<<20), float64(limit)/(1<<20))
	}
}

// heapGrowth runs f while sampling the heap, and returns how far the heap
// grew above where it stood after a collection before f, and that start.
func heapGrowth(f func()) (int64, runtime.MemStats) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond): // a sampling pace, not a deadline
			}
		}
	})
	f()
	close(stop)
	wg.Wait()
	return int64(peak.Load()) - int64(before.HeapAlloc), before
}
