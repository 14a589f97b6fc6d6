package web

import (
	"net/http"
	"net/netip"
	"strings"
)

// clientAddr is the address a request came from, for counting failed
// attempts by address. It is the peer's, unless the peer is a trusted
// proxy: then it is the right-most address in X-Forwarded-For that is not
// a trusted proxy's, the last hop no trusted proxy vouches for. Anyone can
// send X-Forwarded-For, so it is ignored from any other peer, and entries
// left of that hop are never read: the client wrote them.
func (s *Server) clientAddr(r *http.Request) string {
	peer, ok := parseAddr(r.RemoteAddr)
	if !ok {
		return r.RemoteAddr
	}
	if !s.trusted(peer) {
		return peer.String()
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	farthest := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := parseAddr(strings.TrimSpace(hops[i]))
		if !ok {
			// No header, or a proxy wrote something that is not an
			// address: count the request under the proxy, as without one.
			return peer.String()
		} else if !s.trusted(a) {
			return a.String()
		}
		farthest = a
	}
	// Every hop is a trusted proxy: the farthest is the nearest to the client.
	return farthest.String()
}

// trusted reports whether a is in one of the trusted proxies' networks.
func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseAddr reads an IP address with or without a port, IPv6 in brackets
// or not, as peers and proxies write them. An IPv4 address in IPv6 form
// reads as IPv4, and a zone is dropped, so that each compares with the
// trusted networks as the address it is.
func parseAddr(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if err != nil {
		ap, err := netip.ParseAddrPort(s)
		if err != nil {
			return netip.Addr{}, false
		}
		a = ap.Addr()
	}
	return a.Unmap().WithZone(""), true
}
