package web_test

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"github.com/ally-mi/ally/web"
)

// TestClientAddr finds which address a request is counted under, by the
// check-in link guard: after twenty misses, that address, and no other,
// waits for its next link.
func TestClientAddr(t *testing.T) {
	t.Parallel()
	svc := newServices(t)
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("2001:db8:aaaa::/48")}
	for _, tc := range []struct {
		name string
		peer string   // RemoteAddr
		xff  []string // X-Forwarded-For lines
		want string   // the address counted
	}{
		{"direct", "203.0.113.7:5000", nil, "203.0.113.7"},
		{"spoofed by an untrusted peer", "203.0.113.7:5000", []string{"198.51.100.1"}, "203.0.113.7"},
		{"untrusted peer claiming a proxy's address", "203.0.113.7:5000", []string{"198.51.100.1, 10.0.0.9"}, "203.0.113.7"},
		{"behind a proxy", "10.0.0.2:443", []string{"198.51.100.1"}, "198.51.100.1"},
		{"spoofed through a proxy", "10.0.0.2:443", []string{"192.0.2.66, 198.51.100.1"}, "198.51.100.1"},
		{"spoofed a proxy's address through a proxy", "10.0.0.2:443", []string{"10.0.0.9, 198.51.100.1"}, "198.51.100.1"},
		{"behind two proxies", "10.0.0.2:443", []string{"192.0.2.66, 198.51.100.1, 10.1.2.3"}, "198.51.100.1"},
		{"over several header lines", "10.0.0.2:443", []string{"192.0.2.66", "198.51.100.1", "10.1.2.3"}, "198.51.100.1"},
		{"with a port", "10.0.0.2:443", []string{"198.51.100.1:61234"}, "198.51.100.1"},
		{"IPv6 behind an IPv6 proxy", "[2001:db8:aaaa::5]:443", []string{"[2001:db8:bbbb::1]:61234"}, "2001:db8:bbbb::1"},
		{"IPv4 proxy in IPv6 form", "[::ffff:10.0.0.2]:443", []string{"198.51.100.1"}, "198.51.100.1"},
		{"a proxy with no header", "10.0.0.2:443", nil, "10.0.0.2"},
		{"a proxy that wrote no address", "10.0.0.2:443", []string{"198.51.100.1, unknown"}, "10.0.0.2"},
		{"only proxies", "10.0.0.2:443", []string{"10.9.9.9, 10.1.1.1"}, "10.9.9.9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := web.NewServer(web.Config{TrustedProxies: trusted}, svc)
			open := func(peer string, xff []string) int {
				r := httptest.NewRequest("GET", "/checkin/no-such-link", nil)
				r.RemoteAddr = peer
				for _, v := range xff {
					r.Header.Add("X-Forwarded-For", v)
				}
				w := httptest.NewRecorder()
				srv.ServeHTTP(w, r)
				return w.Code
			}
			for range 20 {
				if got := open(tc.peer, tc.xff); got != http.StatusNotFound {
					t.Fatalf("a miss: got %d, want 404", got)
				}
			}
			if got := open(netip.AddrPortFrom(netip.MustParseAddr(tc.want), 1).String(), nil); got != http.StatusTooManyRequests {
				t.Errorf("%s after its twentieth miss: got %d, want 429", tc.want, got)
			}
			peer, _ := netip.ParseAddrPort(tc.peer)
			if peer := peer.Addr().Unmap().String(); peer != tc.want {
				if got := open(tc.peer, nil); got != http.StatusNotFound {
					t.Errorf("the peer %s itself: got %d, want 404, not held up", peer, got)
				}
			}
		})
	}
}

// TestSignInBackoffBehindProxy signs in through a proxy on loopback after
// another visitor's wrong passwords through the same proxy: held up for
// the proxy's address when the proxy is not trusted, not when it is.
func TestSignInBackoffBehindProxy(t *testing.T) {
	t.Parallel() // mostly hashes passwords: overlap it with the tests that wait
	for _, tc := range []struct {
		name    string
		trusted []netip.Prefix
		want    int
	}{
		{"untrusted proxy", nil, http.StatusTooManyRequests},
		{"trusted proxy", []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}, http.StatusSeeOther},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := MustApp(t, web.Config{TrustedProxies: tc.trusted})
			a.MustOwner()
			a.post("/signout", nil)
			signIn := func(from, email, password string) int {
				form := url.Values{"email": {email}, "password": {password}}
				req, _ := http.NewRequest("POST", a.srv.URL+"/signin", strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("X-Forwarded-For", from)
				resp, _ := a.do(req)
				return resp.StatusCode
			}
			for range 5 {
				if got := signIn("198.51.100.1", "mallory@example.org", "a wrong guess"); got != http.StatusUnauthorized {
					t.Fatalf("a wrong password: got %d, want 401", got)
				}
			}
			if got := signIn("198.51.100.2", ownerEmail, ownerPassword); got != tc.want {
				t.Errorf("another visitor through the proxy: got %d, want %d", got, tc.want)
			}
		})
	}
}
