package main

import (
	"flag"
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
}

// Environment variables that set Config.
const (
	envModel   = "ALLY_MODEL"
	envMaxSize = "ALLY_MAX_SIZE_MB"
)

// defaultConfig returns the built-in defaults.
func defaultConfig() Config {
	return Config{MaxSizeMB: transcript.MaxFileSize >> 20}
}

// loadConfig returns the defaults overridden by the environment that
// getenv reads. A malformed value is a usage error naming the variable.
func loadConfig(getenv func(string) string) (Config, error) {
	cfg := defaultConfig()
	if v := getenv(envModel); v != "" {
		cfg.Model = v
	}
	if v := strings.TrimSpace(getenv(envMaxSize)); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return cfg, usageErrorf("%s=%q: want a whole number of megabytes, at least 1", envMaxSize, v)
		}
		cfg.MaxSizeMB = n
	}
	return cfg, nil
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
