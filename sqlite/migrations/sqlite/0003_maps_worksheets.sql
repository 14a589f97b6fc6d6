-- The two-clients map of each goal and the "what does it give you?"
-- worksheets (guidelines 2 and 3).
--
-- Every BLOB column is sealed with its table's key, bound to its table,
-- column and row id (see sqlite/fields.go): a map's sides are sealed JSON,
-- and so are its dismissed needs and a worksheet's "gives", since which
-- needs a client's behaviour serves is as private as the words around them.

-- goal_maps holds at most one map per goal; a goal without a row has an
-- empty map. goal_id is the row id the sealed values are bound to.
CREATE TABLE goal_maps (
	goal_id    INTEGER PRIMARY KEY REFERENCES goals (id) ON DELETE CASCADE,
	motivation BLOB NOT NULL,
	resistance BLOB NOT NULL,
	dismissed  BLOB NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

-- worksheets are filled in by the professional, or by the client through a
-- check-in link (checkin_id, not a foreign key: check-ins have a table of
-- their own, and a worksheet outlives the link it came through).
CREATE TABLE worksheets (
	id                    INTEGER PRIMARY KEY,
	client_id             INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	behaviour             BLOB NOT NULL,
	gives                 BLOB NOT NULL,
	gives_words           BLOB NOT NULL,
	costs                 BLOB NOT NULL,
	would_have_to_be_true BLOB NOT NULL,
	filled_by             TEXT NOT NULL CHECK (filled_by IN ('professional', 'client')),
	checkin_id            INTEGER,
	created_at            TEXT NOT NULL,
	updated_at            TEXT NOT NULL
);
CREATE INDEX worksheets_client_id ON worksheets (client_id, created_at);
