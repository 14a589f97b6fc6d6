package main

import (
	"flag"
	"net/netip"
	"net/url"
	"strconv"
	"strings"

	"github.com/ally-mi/ally/transcript"
)

// Config is what ally's commands can be told beyond their arguments:
// built-in defaults, overridden by ALLY_* environment variables, overridden
// by flags. It is read here, in the command, and passed down; no other
// package reads the environment or flags.
type Config struct {
	// Model is a model file written by ally train that codes instead of
	// the embedded one; "" is the embedded model. ALLY_MODEL, --model.
	Model string
	// MaxSizeMB is the largest transcript read, in megabytes.
	// ALLY_MAX_SIZE_MB, --max-size.
	MaxSizeMB int
	// DataDir holds the practice's database and its key file.
	// ALLY_DATA, --data.
	DataDir string
	// Key is the master key, base64; "" keeps it in a key file in DataDir.
	// ALLY_KEY only: a flag would show it to anyone listing processes.
	Key string
	// Addr is where serve listens. ALLY_ADDR, --addr.
	Addr string
	// MaxUploadMB is the largest request serve accepts, an uploaded
	// transcript included. ALLY_MAX_UPLOAD_MB, --max-upload.
	MaxUploadMB int
	// BaseURL is the address clients reach ally by, which check-in links
	// start with; "" is the serve address. ALLY_BASE_URL, --base-url.
	BaseURL string
	// TrustedProxy lists, comma-separated, the networks (CIDR) or
	// addresses of the reverse proxies in front of serve, whose
	// X-Forwarded-For names the client; "" trusts none.
	// ALLY_TRUSTED_PROXY, --trusted-proxy.
	TrustedProxy string
}

// Environment variables that set Config.
const (
	envModel     = "ALLY_MODEL"
	envMaxSize   = "ALLY_MAX_SIZE_MB"
	envData      = "ALLY_DATA"
	envKey       = "ALLY_KEY"
	envAddr      = "ALLY_ADDR"
	envMaxUpload = "ALLY_MAX_UPLOAD_MB"
	envBaseURL   = "ALLY_BASE_URL"
	envTrusted   = "ALLY_TRUSTED_PROXY"
)

// defaultConfig returns the built-in defaults.
func defaultConfig() Config {
	return Config{MaxSizeMB: transcript.MaxFileSize >> 20, DataDir: "ally-data", Addr: "127.0.0.1:8080", MaxUploadMB: 20}
}

// loadConfig returns the defaults overridden by the environment that
// getenv reads. A malformed value is a usage error naming the variable.
func loadConfig(getenv func(string) string) (Config, error) {
	cfg := defaultConfig()
	if v := getenv(envModel); v != "" {
		cfg.Model = v
	}
	for _, mb := range []struct {
		env string
		to  *int
	}{{envMaxSize, &cfg.MaxSizeMB}, {envMaxUpload, &cfg.MaxUploadMB}} {
		if v := strings.TrimSpace(getenv(mb.env)); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return cfg, usageErrorf("%s=%q: want a whole number of megabytes, at least 1", mb.env, v)
			}
			*mb.to = n
		}
	}
	if v := getenv(envData); v != "" {
		cfg.DataDir = v
	}
	if v := getenv(envAddr); v != "" {
		cfg.Addr = v
	}
	if v := getenv(envBaseURL); v != "" {
		cfg.BaseURL = v
	}
	if v := getenv(envTrusted); v != "" {
		cfg.TrustedProxy = v
	}
	cfg.Key = getenv(envKey)
	return cfg, nil
}

// dataFlag binds --data to cfg.DataDir on fs.
func (cfg *Config) dataFlag(fs *flag.FlagSet) {
	fs.StringVar(&cfg.DataDir, "data", cfg.DataDir, "`directory` of the practice's database and key file (also "+envData+")")
}

// modelFlag binds --model to cfg.Model on fs.
func (cfg *Config) modelFlag(fs *flag.FlagSet, usage string) {
	fs.StringVar(&cfg.Model, "model", cfg.Model, usage+" (also "+envModel+")")
}

// maxSizeFlag binds --max-size to cfg.MaxSizeMB on fs.
func (cfg *Config) maxSizeFlag(fs *flag.FlagSet) {
	fs.IntVar(&cfg.MaxSizeMB, "max-size", cfg.MaxSizeMB, "largest transcript to read, in `MB` (also "+envMaxSize+")")
}

// maxSize returns the size limit in bytes.
func (cfg Config) maxSize() int64 { return int64(cfg.MaxSizeMB) << 20 }

// maxUpload returns the upload limit in bytes.
func (cfg Config) maxUpload() int64 { return int64(cfg.MaxUploadMB) << 20 }

// baseURLFlag binds --base-url to cfg.BaseURL on fs.
func (cfg *Config) baseURLFlag(fs *flag.FlagSet) {
	fs.StringVar(&cfg.BaseURL, "base-url", cfg.BaseURL, "the `URL` clients reach ally by, which check-in links start with (also "+envBaseURL+"; default the serve address)")
}

// baseURL returns the address check-in links start with: BaseURL, or else
// the serve address. A malformed one is a usage error, caught before a
// link is made that no one could open.
func (cfg Config) baseURL() (string, error) {
	base := strings.TrimSpace(cfg.BaseURL)
	if base == "" {
		return "http://" + cfg.Addr, nil
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", usageErrorf("--base-url %q: give the address clients reach ally by, such as https://ally.example.org", base)
	}
	return strings.TrimRight(base, "/"), nil
}

// trustedProxyFlag binds --trusted-proxy to cfg.TrustedProxy on fs.
func (cfg *Config) trustedProxyFlag(fs *flag.FlagSet) {
	fs.StringVar(&cfg.TrustedProxy, "trusted-proxy", cfg.TrustedProxy, "the networks, `CIDR[,CIDR]`, of reverse proxies in front of ally: "+
		"their X-Forwarded-For names the client, anyone else's is ignored (also "+envTrusted+")")
}

// trustedProxies returns the networks of TrustedProxy; a bare address is a
// network of that one address. A malformed entry is a usage error naming it.
func (cfg Config) trustedProxies() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, v := range strings.Split(cfg.TrustedProxy, ",") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		p, err := netip.ParsePrefix(v)
		if err != nil {
			a, aerr := netip.ParseAddr(v)
			if aerr != nil || a.Zone() != "" {
				return nil, usageErrorf("--trusted-proxy %q: give networks such as 10.0.0.0/8 or addresses such as 192.0.2.7, separated by commas", v)
			}
			a = a.Unmap()
			p = netip.PrefixFrom(a, a.BitLen())
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
