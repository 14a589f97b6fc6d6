package web_test

import (
	"testing"

	"github.com/ally-mi/ally/web"
)

// newServices returns the practice's services for a test.
func newServices(tb testing.TB) web.Services {
	m := newMemory()
	return web.Services{Professionals: m, Clients: m, Goals: m, Sessions: m, Notes: m}
}
