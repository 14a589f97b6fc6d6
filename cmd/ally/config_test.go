package main

import (
	"context"
	"net/netip"
	"reflect"
	"strings"
	"testing"
)

func TestTrustedProxies(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // nil: a usage error
	}{
		{"", []string{}},
		{"10.0.0.0/8", []string{"10.0.0.0/8"}},
		{" 10.0.0.0/8 , 192.168.1.7/24,", []string{"10.0.0.0/8", "192.168.1.0/24"}},
		{"192.0.2.7", []string{"192.0.2.7/32"}},
		{"::ffff:192.0.2.7", []string{"192.0.2.7/32"}},
		{"2001:db8::/32,::1", []string{"2001:db8::/32", "::1/128"}},
		{"10.0.0.0/33", nil},
		{"proxy.example.org", nil},
		{"10.0.0.0/8;192.0.2.0/24", nil},
		{"fe80::1%eth0", nil},
	} {
		got, err := Config{TrustedProxy: tc.in}.trustedProxies()
		if tc.want == nil {
			if err == nil || !strings.Contains(err.Error(), "--trusted-proxy") {
				t.Errorf("%q: got %v, %v; want a usage error naming --trusted-proxy", tc.in, got, err)
			}
			continue
		}
		gotS := []string{}
		for _, p := range got {
			gotS = append(gotS, p.String())
		}
		if err != nil || !reflect.DeepEqual(gotS, tc.want) {
			t.Errorf("%q: got %v, %v; want %v", tc.in, gotS, err, tc.want)
		}
	}
}

func TestTrustedProxyFromEnvironmentAndFlag(t *testing.T) {
	cfg, err := loadConfig(func(k string) string { return map[string]string{envTrusted: "10.0.0.0/8"}[k] })
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := cfg.trustedProxies(); len(got) != 1 || got[0] != netip.MustParsePrefix("10.0.0.0/8") {
		t.Errorf("%s=10.0.0.0/8: got %v", envTrusted, got)
	}
	// A malformed flag stops serve before it opens anything.
	r := runMain(t, context.Background(), &Main{}, "serve", "--data", t.TempDir(), "--trusted-proxy", "10.0.0.0/99")
	if r.code != exitUsage || !strings.Contains(r.stderr, "--trusted-proxy") {
		t.Errorf("serve --trusted-proxy 10.0.0.0/99: exit %d, stderr %q; want a usage error", r.code, r.stderr)
	}
}
