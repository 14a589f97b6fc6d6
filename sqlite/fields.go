package sqlite

import (
	"encoding/json"
	"strconv"

	"github.com/ally-mi/ally"
	"github.com/ally-mi/ally/vault"
)

// sealedTables are the tables with sealed columns. Each has a key of its
// own, derived with the table's name as purpose, so that one kind of data
// never opens with another's key. Renaming a table here makes its values
// unreadable.
var sealedTables = []string{"key_check", "professionals", "clients", "goals", "transcripts", "notes",
	"journal_entries", "goal_maps", "worksheets", "offers", "checkins"}

// emailPurpose derives the key of the professionals' e-mail blind index.
const emailPurpose = "professionals.email_index"

// keyCheckAD binds the key check to its one row.
const keyCheckAD = "key_check.sealed:1"

// cipher returns the key of table; a table missing from sealedTables is a
// bug caught by the first test that touches it.
func (db *DB) cipher(table string) *vault.Cipher {
	c, ok := db.ciphers[table]
	if !ok {
		panic("sqlite: no cipher for table " + table)
	}
	return c
}

// ad is the associated data of a sealed value: its table, column and row id.
// A value moved to another row or column fails to open.
func ad(table, column string, id int64) string {
	return table + "." + column + ":" + strconv.FormatInt(id, 10)
}

// seal encrypts s for one cell.
func (db *DB) seal(table, column string, id int64, s string) []byte {
	return db.cipher(table).SealString(s, ad(table, column, id))
}

// unseal decrypts one cell sealed by seal.
func (db *DB) unseal(table, column string, id int64, b []byte) (string, error) {
	s, err := db.cipher(table).OpenString(b, ad(table, column, id))
	if err != nil {
		return "", ally.WrapError(ally.EINTERNAL, err, "sqlite: %s.%s of row %d does not open", table, column, id)
	}
	return s, nil
}

// sealJSON encrypts v, marshalled as JSON, for one cell.
func (db *DB) sealJSON(table, column string, id int64, v any) ([]byte, error) {
	buf, err := json.Marshal(v)
	if err != nil {
		return nil, ally.WrapError(ally.EINTERNAL, err, "sqlite: encode %s.%s", table, column)
	}
	return db.cipher(table).Seal(buf, []byte(ad(table, column, id))), nil
}

// unsealJSON decrypts one cell sealed by sealJSON into v.
func (db *DB) unsealJSON(table, column string, id int64, b []byte, v any) error {
	buf, err := db.cipher(table).Open(b, []byte(ad(table, column, id)))
	if err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: %s.%s of row %d does not open", table, column, id)
	}
	if err := json.Unmarshal(buf, v); err != nil {
		return ally.WrapError(ally.EINTERNAL, err, "sqlite: decode %s.%s of row %d", table, column, id)
	}
	return nil
}
