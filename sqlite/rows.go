package sqlite

import "context"

// queryAll runs query in tx and scans every row with scan; what names the
// query in errors.
func queryAll[T any](ctx context.Context, tx *Tx, what string, scan func(*Tx, scanner) (T, error),
	query string, args ...any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, mapError(err, what)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(tx, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, mapError(rows.Err(), what)
}

// findOfClient returns the records that query selects for one client of
// the professional signed in on ctx, in one read-only transaction; query's
// one argument is the client's id. Another professional's client is
// ENOTFOUND.
func findOfClient[T any](ctx context.Context, db *DB, clientID int64, what string, scan func(*Tx, scanner) (T, error),
	query string) ([]T, error) {
	tx, me, err := db.beginScoped(ctx, readOnly)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	if _, err := findClientByID(ctx, tx, me, clientID); err != nil {
		return nil, err
	}
	return queryAll(ctx, tx, what, scan, query, clientID)
}
