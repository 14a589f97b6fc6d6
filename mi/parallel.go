package mi

import (
	"maps"
	"runtime"
	"slices"
	"sync"
)

// fitJob is one linear model to fit: a task's data with a penalty.
type fitJob struct {
	task   string
	d      *taskData
	lambda float64
}

// fitAll fits every job, spread over the available cores, and returns the
// models in job order. Each fit depends only on its own job, so the result
// is the same however the work is scheduled.
func fitAll(jobs []fitJob, nFeat int, cfg Config) []*linear {
	out := make([]*linear, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = jobs[i].d.fit(nFeat, cfg, jobs[i].lambda)
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// sortedTasks returns the tasks of sets in name order, so jobs are listed
// the same way on every run.
func sortedTasks(sets map[string]*taskData) []string {
	return slices.Sorted(maps.Keys(sets))
}
