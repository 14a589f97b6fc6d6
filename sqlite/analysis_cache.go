package sqlite

import (
	"sync"

	"github.com/ally-mi/ally"
)

// analysisCacheSize is how many decoded analyses the cache holds: a large
// practice's trends and journal read every analysis of the professional's
// on each request, and decoding them is most of the cost.
const analysisCacheSize = 1000

// analysisCache keeps decoded analyses by session, each valid while its
// transcript row's updated_at is the one it was read at; a write in this
// process also drops what it changed (see Tx.Commit), so even two writes
// at one instant are seen. Entries hold decrypted client content in memory,
// as a request does while it runs, and are dropped when the cache is full
// or their session's transcript changes or goes.
type analysisCache struct {
	mu      sync.Mutex
	entries map[int64]cachedAnalysis
}

type cachedAnalysis struct {
	updated  string
	analysis *ally.Analysis
}

// get returns the analysis of session id read at updated, nil if none.
func (c *analysisCache) get(id int64, updated string) *ally.Analysis {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[id]; ok && e.updated == updated {
		return e.analysis
	}
	return nil
}

// put keeps a, the analysis of session id read at updated. A full cache
// is emptied first: the entries a page needs come back on its next read.
func (c *analysisCache) put(id int64, updated string, a *ally.Analysis) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) >= analysisCacheSize {
		c.entries = make(map[int64]cachedAnalysis)
	}
	c.entries[id] = cachedAnalysis{updated: updated, analysis: a}
}

// clear drops every entry.
func (c *analysisCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = nil
}
