package vault

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/ally-mi/ally"
	"golang.org/x/crypto/argon2"
)

// Argon2id parameters for new password hashes.
//
// OWASP's Password Storage Cheat Sheet recommends argon2id with at least
// 19 MiB of memory, 2 iterations and 1 degree of parallelism, or an
// equivalent trade of more memory for fewer iterations. These parameters are
// above that floor on both axes: 64 MiB and 3 iterations, RFC 9106's choice
// for when memory is limited, with 2 lanes rather than its 4 because ally
// runs on a counsellor's small server. The 16-byte salt and 32-byte hash are
// RFC 9106's sizes too.
//
// One hash takes 64 MiB and, on a two-core server, about 0.2 s when idle
// and up to a second when busy (BenchmarkHashPassword). That cost is the point, since it is an
// attacker's cost per guess too; it is also why whoever calls HashPassword
// or CheckPassword for a login form should bound how many run at once. The
// parameters are written into each hash, so raising them later leaves
// existing hashes checkable.
const (
	argonMemory  = 64 * 1024 // KiB
	argonTime    = 3
	argonThreads = 2
	argonSaltLen = 16
	argonKeyLen  = 32
)

// Bounds on the parameters CheckPassword accepts from a stored hash, so a
// corrupt or planted hash cannot ask for gigabytes or minutes.
const (
	maxArgonMemory = 1024 * 1024 // KiB, 1 GiB
	maxArgonTime   = 32
)

// HashPassword returns the argon2id hash of password with a new random
// salt, as a PHC string: "$argon2id$v=19$m=65536,t=3,p=2$<salt>$<hash>",
// salt and hash in base64 without padding.
func HashPassword(password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches encoded, a hash from
// HashPassword, comparing in constant time. A malformed hash is an
// EINTERNAL error: it comes from storage, not from the user.
func CheckPassword(encoded, password string) (bool, error) {
	h, err := parseHash(encoded)
	if err != nil {
		return false, err
	}
	key := argon2.IDKey([]byte(password), h.salt, h.time, h.memory, h.threads, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(key, h.key) == 1, nil
}

// argonHash is a parsed PHC string.
type argonHash struct {
	memory, time uint32
	threads      uint8
	salt, key    []byte
}

// parseHash parses and bounds-checks a PHC argon2id string.
func parseHash(encoded string) (argonHash, error) {
	malformed := func(why string) (argonHash, error) {
		return argonHash{}, ally.Errorf(ally.EINTERNAL, "malformed password hash: %s", why)
	}
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" {
		return malformed("want $argon2id$v=..$m=..,t=..,p=..$salt$hash")
	}
	if parts[1] != "argon2id" {
		return malformed(fmt.Sprintf("algorithm %q, want argon2id", parts[1]))
	}
	if parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return malformed(fmt.Sprintf("version %q, want v=%d", parts[2], argon2.Version))
	}
	var h argonHash
	m, t, p, ok := parseParams(parts[3])
	if !ok || t < 1 || t > maxArgonTime || p < 1 || m < 8*p || m > maxArgonMemory {
		return malformed(fmt.Sprintf("parameters %q", parts[3]))
	}
	h.memory, h.time, h.threads = uint32(m), uint32(t), uint8(p)
	var err error
	if h.salt, err = base64.RawStdEncoding.Strict().DecodeString(parts[4]); err != nil || len(h.salt) < 8 {
		return malformed("bad salt")
	}
	if h.key, err = base64.RawStdEncoding.Strict().DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return malformed("bad hash")
	}
	return h, nil
}

// parseParams parses "m=<memory>,t=<time>,p=<threads>" in that order.
func parseParams(s string) (m, t, p uint64, ok bool) {
	fields := strings.Split(s, ",")
	if len(fields) != 3 {
		return 0, 0, 0, false
	}
	var vals [3]uint64
	for i, name := range []string{"m=", "t=", "p="} {
		digits, found := strings.CutPrefix(fields[i], name)
		v, err := strconv.ParseUint(digits, 10, 32)
		if !found || err != nil {
			return 0, 0, 0, false
		}
		vals[i] = v
	}
	return vals[0], vals[1], vals[2], vals[2] <= 255
}
