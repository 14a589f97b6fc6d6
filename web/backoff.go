package web

import (
	"net/netip"
	"strings"
	"sync"
	"time"
)

// Failed sign-ins are tolerated up to freeFailures per account and per
// address; after that each attempt waits firstDelay, doubling with every
// further failure up to maxDelay. Success clears both counts. Check-in
// links, whose tokens cannot be guessed anyway, tolerate freeLinkFailures
// per address: a client who opens a used link a few times is not held up.
const (
	freeFailures     = 5
	freeLinkFailures = 20
	firstDelay       = 30 * time.Second
	maxDelay         = 15 * time.Minute
)

// backoff slows down password guessing, by account (so spreading guesses
// over addresses does not help) and by address (so spreading them over
// accounts does not either). It keeps counts in memory.
type backoff struct {
	now func() time.Time
	// free is how many failures a key has before it waits.
	free int
	mu   sync.Mutex
	m    map[string]failures
}

// failures are the failed sign-ins of one key since its last success.
type failures struct {
	n    int
	last time.Time
}

func newBackoff(now func() time.Time, free int) *backoff {
	return &backoff{now: now, free: free, m: map[string]failures{}}
}

// keys returns the keys of an attempt: the account and the address.
func backoffKeys(email, addr string) []string {
	return []string{"account:" + strings.ToLower(strings.TrimSpace(email)), "addr:" + addrKey(addr)}
}

// addrKey is what attempts from addr are counted under: an IPv4 address
// itself, and for IPv6 its /64 network, since one household or host is
// given a whole /64 and can pick a new address in it for every attempt.
func addrKey(addr string) string {
	a, err := netip.ParseAddr(addr)
	if err != nil || !a.Is6() {
		return addr
	}
	p, err := a.Prefix(64)
	if err != nil {
		return addr
	}
	return p.String()
}

// retryAt returns when the next attempt for keys is allowed, the zero time
// when it is allowed now.
func (b *backoff) retryAt(keys ...string) time.Time {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	var at time.Time
	for _, k := range keys {
		f := b.m[k]
		if f.n < b.free {
			continue
		}
		if t := f.last.Add(delay(f.n - b.free)); t.After(now) && t.After(at) {
			at = t
		}
	}
	return at
}

// fail records a failed attempt for keys.
func (b *backoff) fail(keys ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	b.prune(now)
	for _, k := range keys {
		f := b.m[k]
		b.m[k] = failures{n: f.n + 1, last: now}
	}
}

// succeed clears the counts of keys.
func (b *backoff) succeed(keys ...string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, k := range keys {
		delete(b.m, k)
	}
}

// prune forgets keys whose last failure is older than the longest delay,
// so guessing from many addresses cannot fill memory for good.
func (b *backoff) prune(now time.Time) {
	for k, f := range b.m {
		if now.Sub(f.last) > 2*maxDelay {
			delete(b.m, k)
		}
	}
}

// delay is the wait after n failures beyond the free ones.
func delay(n int) time.Duration {
	d := firstDelay
	for i := 0; i < n && d < maxDelay; i++ {
		d *= 2
	}
	return min(d, maxDelay)
}
