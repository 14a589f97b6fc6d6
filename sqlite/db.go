// Package sqlite stores ally's practice data in an embedded SQLite database
// (modernc.org/sqlite, no cgo). Every field holding client or session
// content is sealed with the instance key before it reaches the file.
//
// Each service method runs in one transaction and acts for the professional
// signed in on its context; records of other professionals are not found.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/sqlite/*.sql
var migrationFS embed.FS

// MemoryPath is the path that opens a database in a temporary file, removed
// on Close: a fresh database for each test.
const MemoryPath = ":memory:"

// DB is an open ally database.
type DB struct {
	db      *sql.DB
	path    string
	tempDir string // removed on Close when opened with MemoryPath

	ciphers map[string]*vault.Cipher
	emails  *vault.Index

	busyTimeout time.Duration

	// analyses keeps decoded analyses for FindAnalyses.
	analyses analysisCache

	// Now returns the current time; tests replace it to get fixed times.
	Now func() time.Time

	dummyOnce sync.Once
	dummyHash string
}

// Option configures Open.
type Option func(*DB)

// WithClock makes the database take the time from now instead of the wall
// clock, from Open on.
func WithClock(now func() time.Time) Option {
	return func(db *DB) { db.Now = now }
}

// WithBusyTimeout sets how long a statement waits for another connection's
// lock before failing; the default is five seconds.
func WithBusyTimeout(d time.Duration) Option {
	return func(db *DB) { db.busyTimeout = d }
}

// Open opens or creates the database at path, runs the migrations it lacks
// and checks that keys is the key the database was written with.
func Open(ctx context.Context, path string, keys *vault.Keyring, opts ...Option) (*DB, error) {
	if keys == nil {
		return nil, ally.Errorf(ally.EINVALID, "sqlite: no key to open %s with", path)
	}
	db := &DB{
		path:        path,
		ciphers:     make(map[string]*vault.Cipher),
		emails:      keys.Index(emailPurpose),
		busyTimeout: 5 * time.Second,
		Now:         time.Now,
	}
	for _, table := range sealedTables {
		db.ciphers[table] = keys.Cipher(table)
	}
	for _, opt := range opts {
		opt(db)
	}
	if err := db.open(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func (db *DB) open(ctx context.Context) error {
	if db.path == MemoryPath {
		dir, err := os.MkdirTemp("", "ally-sqlite-")
		if err != nil {
			return ally.WrapError(ally.EINTERNAL, err, "sqlite: temporary directory")
		}
		db.tempDir = dir
		db.path = filepath.Join(dir, "ally.db")
	}
	if strings.ContainsAny(db.path, "?#") {
		return ally.Errorf(ally.EINVALID, "sqlite: database path %q may not contain ? or #", db.path)
	}
	if err := os.MkdirAll(filepath.Dir(db.path), 0o700); err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: data directory")
	}
	// Create the file readable by its owner only; SQLite gives the -wal and
	// -shm files the same mode.
	f, err := os.OpenFile(db.path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: open %s", db.path)
	}
	f.Close()

	dsn := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)"+
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate",
		db.path, db.busyTimeout.Milliseconds())
	if db.db, err = sql.Open("sqlite", dsn); err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: open %s", db.path)
	}
	if err := db.migrate(ctx); err != nil {
		return err
	}
	return db.checkKey(ctx)
}

// Close closes the database, and removes it when it was opened with
// MemoryPath.
func (db *DB) Close() error {
	var err error
	if db.db != nil {
		err = db.db.Close()
	}
	if db.tempDir != "" {
		if rerr := os.RemoveAll(db.tempDir); err == nil {
			err = rerr
		}
	}
	return err
}

// migrate runs, in name order, each embedded migration not yet recorded in
// schema_migrations, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		name       TEXT PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: create schema_migrations")
	}
	names, err := fs.Glob(migrationFS, "migrations/sqlite/*.sql")
	if err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: list migrations")
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return ally.WrapError(ally.EINTERNAL, err, "sqlite: migration %s", filepath.Base(name))
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE name = ?`,
		filepath.Base(name)).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(buf)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`,
		filepath.Base(name), formatTime(db.Now())); err != nil {
		return err
	}
	return tx.Commit()
}

// keyCheckText is sealed into key_check at first open.
const keyCheckText = "ally key check"

// errWrongKey is what Open returns when the key does not fit the database.
var errWrongKey = ally.Errorf(ally.EINVALID,
	"the key does not open this database: was ALLY_KEY or ally.key changed?")

// checkKey seals a known value on first open and opens it on every later
// one, so that a changed key fails here and never reads as garbage.
func (db *DB) checkKey(ctx context.Context) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var sealed []byte
	err = tx.QueryRowContext(ctx, `SELECT sealed FROM key_check WHERE id = 1`).Scan(&sealed)
	if errors.Is(err, sql.ErrNoRows) {
		sealed = db.cipher("key_check").SealString(keyCheckText, keyCheckAD)
		if _, err := tx.ExecContext(ctx, `INSERT INTO key_check (id, sealed, created_at) VALUES (1, ?, ?)`,
			sealed, formatTime(tx.now)); err != nil {
			return ally.WrapError(ally.EINTERNAL, err, "sqlite: store key check")
		}
		return tx.Commit()
	} else if err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: read key check")
	}
	if got, err := db.cipher("key_check").OpenString(sealed, keyCheckAD); err != nil || got != keyCheckText {
		return errWrongKey
	}
	return nil
}

// Tx is a transaction with the time it started, which every row it writes
// is stamped with.
type Tx struct {
	*sql.Tx
	db  *DB
	now time.Time
	// analysesChanged says the transaction wrote or deleted analyses, so
	// that Commit drops the decoded ones kept in memory.
	analysesChanged bool
}

// Commit commits the transaction, then drops the cached analyses it
// changed.
func (tx *Tx) Commit() error {
	err := tx.Tx.Commit()
	if tx.analysesChanged {
		tx.db.analyses.clear()
	}
	return err
}

// BeginTx starts a transaction. A read-only one does not take the write
// lock, so readers never wait for one another.
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	tx, err := db.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, mapError(err, "begin transaction")
	}
	return &Tx{Tx: tx, db: db, now: db.Now().UTC()}, nil
}

// readOnly are the options of transactions that only read.
var readOnly = &sql.TxOptions{ReadOnly: true}

// timeFormat is fixed-width UTC, so that stored times sort as they compare.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(timeFormat, s)
	if err != nil {
		return time.Time{}, ally.WrapError(ally.EINTERNAL, err, "sqlite: stored time %q", s)
	}
	return t, nil
}

// nullTime formats t for a nullable column: nil stays NULL.
func nullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return formatTime(*t)
}

// parseNullTime parses a nullable column.
func parseNullTime(s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	t, err := parseTime(s.String)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// beginScoped begins a transaction for the professional signed in on ctx
// and returns their ID with it; nobody signed in is EUNAUTHORIZED.
func (db *DB) beginScoped(ctx context.Context, opts *sql.TxOptions) (*Tx, int64, error) {
	me, err := professionalID(ctx)
	if err != nil {
		return nil, 0, err
	}
	tx, err := db.BeginTx(ctx, opts)
	return tx, me, err
}

// professionalID returns the professional signed in on ctx, EUNAUTHORIZED
// when there is none.
func professionalID(ctx context.Context) (int64, error) {
	if id := ally.ProfessionalIDFromContext(ctx); id > 0 {
		return id, nil
	}
	return 0, ally.Errorf(ally.EUNAUTHORIZED, "sign in first")
}
