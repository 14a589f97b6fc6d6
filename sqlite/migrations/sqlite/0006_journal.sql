-- journal_entries is each professional's own reflective journal (guideline
-- 1): pre-session self-checks and reflections. alive, touches and text are
-- sealed with the table's key, like client content: they hold the
-- professional's own history.
--
-- client_id names the client a self-check was made before. Erasing the
-- client unlinks the entry rather than deleting it: the entry is the
-- professional's, about themselves.
CREATE TABLE journal_entries (
	id              INTEGER PRIMARY KEY,
	professional_id INTEGER NOT NULL REFERENCES professionals (id) ON DELETE CASCADE,
	kind            TEXT NOT NULL CHECK (kind IN ('self_check', 'reflection')),
	client_id       INTEGER REFERENCES clients (id) ON DELETE SET NULL,
	alive           BLOB NOT NULL,
	touches         BLOB NOT NULL,
	text            BLOB NOT NULL,
	created_at      TEXT NOT NULL,
	updated_at      TEXT NOT NULL
);
CREATE INDEX journal_entries_professional_id_created_at ON journal_entries (professional_id, created_at);
