package sqlite_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/ally-mi/ally"
)

// TestConcurrentWrites checks that writers from many goroutines wait for
// one another instead of failing with a busy database.
func TestConcurrentWrites(t *testing.T) {
	t.Parallel()
	s := MustOpenStores(t)
	ctx, _ := MustSignIn(t, s, "a@example.org")
	const writers, each = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if err := s.Clients.CreateClient(ctx, &ally.Client{Name: fmt.Sprintf("W%d C%d", w, i)}); err != nil {
					errs <- err
				}
				if _, err := s.Clients.FindClients(ctx, ally.ClientFilter{Query: "w1"}); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if clients, err := s.Clients.FindClients(ctx, ally.ClientFilter{}); err != nil || len(clients) != writers*each {
		t.Errorf("got %d clients, %v; want %d", len(clients), err, writers*each)
	}
}
