package web

import (
	"strings"
	"sync"
	"time"
)

// touchCache keeps what touchesOf found in a session, by the session, the
// time its analysis was stored and the tender spots it was read against, so that
// the journal reads a session's transcript again only when one of those
// changed. It lives in memory only, like the decoded analyses the store
// keeps, and is reached only with a session id the signed-in
// professional's own list gave.
type touchCache struct {
	mu sync.Mutex
	m  map[touchKey]touchFound
}

// maxTouchCache bounds the cache; when full it starts again empty.
const maxTouchCache = 4096

type touchKey struct {
	session int64
	stored  int64 // UnixNano of when its analysis was stored
	spots   string
}

type touchFound struct {
	spots   []string
	touches []touchView
}

func newTouchKey(session int64, stored time.Time, spots []string) touchKey {
	return touchKey{session: session, stored: stored.UnixNano(), spots: strings.Join(spots, "\x00")}
}

// get returns what was found for k, if it is kept.
func (c *touchCache) get(k touchKey) (touchFound, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.m[k]
	return f, ok
}

// put keeps f for k.
func (c *touchCache) put(k touchKey, f touchFound) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxTouchCache {
		c.m = map[touchKey]touchFound{}
	}
	c.m[k] = f
}
