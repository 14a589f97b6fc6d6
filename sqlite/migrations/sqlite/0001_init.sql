-- The practice: professionals, their clients with consent, goals, sessions
-- with transcripts, corrections and notes.
--
-- Every BLOB column below but professionals.email_index (a keyed hash) holds
-- a value sealed with the table's key (see sqlite/fields.go); the associated
-- data of each binds it to its table, column and row id, so a value copied to
-- another row does not open. Ids, dates, statuses, note formats and utterance codes stay in clear:
-- the store sorts and joins on them, and none of them quotes a client.
-- Times are UTC text of one fixed width, so that they sort as they compare.

-- key_check holds one value sealed at first open; opening it proves the key
-- is the one the database was written with.
CREATE TABLE key_check (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	sealed     BLOB NOT NULL,
	created_at TEXT NOT NULL
);

CREATE TABLE professionals (
	id            INTEGER PRIMARY KEY,
	-- email_index is a keyed hash of the normalised e-mail: lookup without
	-- keeping the address in clear.
	email_index   BLOB NOT NULL UNIQUE,
	email         BLOB NOT NULL,
	name          BLOB NOT NULL,
	password_hash TEXT NOT NULL,
	-- tender_spots is sealed JSON: the professional's own history.
	tender_spots  BLOB NOT NULL,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
);

CREATE TABLE clients (
	id                 INTEGER PRIMARY KEY,
	professional_id    INTEGER NOT NULL REFERENCES professionals (id) ON DELETE CASCADE,
	name               BLOB NOT NULL,
	contact            BLOB NOT NULL,
	-- consent_given_at is NULL when consent was never recorded.
	consent_given_at   TEXT,
	consent_revoked_at TEXT,
	consent_note       BLOB,
	created_at         TEXT NOT NULL,
	updated_at         TEXT NOT NULL
);
CREATE INDEX clients_professional_id ON clients (professional_id);

CREATE TABLE goals (
	id          INTEGER PRIMARY KEY,
	client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	title       BLOB NOT NULL,
	description BLOB NOT NULL,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX goals_client_id ON goals (client_id);

CREATE TABLE sessions (
	id         INTEGER PRIMARY KEY,
	client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	date       TEXT NOT NULL,
	status     TEXT NOT NULL CHECK (status IN ('scheduled', 'attended', 'cancelled', 'no_show')),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE INDEX sessions_client_id_date ON sessions (client_id, date);

-- transcripts keeps a session's coded transcript and its analysis apart from
-- the session, so that listing sessions never reads them and revoking consent
-- deletes them without touching the session.
CREATE TABLE transcripts (
	session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
	model      TEXT NOT NULL,
	transcript BLOB NOT NULL,
	analysis   BLOB,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

CREATE TABLE corrections (
	id              INTEGER PRIMARY KEY,
	session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
	utterance       INTEGER NOT NULL,
	code            TEXT NOT NULL,
	subcode         TEXT NOT NULL,
	professional_id INTEGER NOT NULL REFERENCES professionals (id) ON DELETE CASCADE,
	created_at      TEXT NOT NULL
);
CREATE INDEX corrections_session_id ON corrections (session_id);

CREATE TABLE notes (
	id         INTEGER PRIMARY KEY,
	session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
	format     TEXT NOT NULL CHECK (format IN ('soap', 'dap', 'birp', 'private')),
	-- sections is sealed JSON, one string per section.
	sections   BLOB NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	UNIQUE (session_id, format)
);
