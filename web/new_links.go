package web

import (
	"crypto/sha256"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// A new check-in link is shown once, on the client's page the form
// redirects to, so that reloading that page never makes another link. The
// link waits here, in memory, for the browser that made it: keyed by a hash
// of its sign-in cookie and the client, for newLinkLife at most.

// newLinkLife is how long a new link waits to be shown.
const newLinkLife = 5 * time.Minute

// newLinks holds links made and not yet shown.
type newLinks struct {
	now func() time.Time
	mu  sync.Mutex
	m   map[[sha256.Size]byte]newLink
}

type newLink struct {
	url     string
	expires time.Time
}

// key identifies the browser that made a link for client.
func (s *Server) newLinkKey(r *http.Request, clientID int64) ([sha256.Size]byte, bool) {
	c, err := r.Cookie(s.cookieName())
	if err != nil || c.Value == "" {
		return [sha256.Size]byte{}, false
	}
	return sha256.Sum256([]byte(c.Value + ":" + strconv.FormatInt(clientID, 10))), true
}

// put keeps url to be shown once to the browser of r on client's page.
func (l *newLinks) put(key [sha256.Size]byte, url string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for k, v := range l.m {
		if now.After(v.expires) {
			delete(l.m, k)
		}
	}
	l.m[key] = newLink{url: url, expires: now.Add(newLinkLife)}
}

// take returns the link waiting for key, once, "" when there is none.
func (l *newLinks) take(key [sha256.Size]byte) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.m[key]
	delete(l.m, key)
	if !ok || l.now().After(v.expires) {
		return ""
	}
	return v.url
}
