-- checkins are the private links a client answers between sessions.
--
-- Only the SHA-256 of a link's token is kept (vault.HashToken): the token is
-- 256 random bits, so a copy of the file holds no link anyone could open.
-- What the link asks for, when it expires and when it was answered stay in
-- clear: the store looks links up and sorts them by them.
--
-- answers is sealed JSON (sqlite/fields.go), NULL until the client answers.
-- acknowledged is a sealed, fixed-width time, written for every check-in,
-- the zero time until the professional acknowledges a flag. It is sealed
-- and never NULL because an acknowledgement exists only for an answer above
-- "not at all" to PHQ-9's ninth item: in clear, it would tell anyone with
-- the file which clients reported thoughts of death or self-harm.

CREATE TABLE checkins (
	id            INTEGER PRIMARY KEY,
	client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	token_hash    BLOB NOT NULL UNIQUE,
	ask_phq9      INTEGER NOT NULL CHECK (ask_phq9 IN (0, 1)),
	ask_gad7      INTEGER NOT NULL CHECK (ask_gad7 IN (0, 1)),
	ask_worksheet INTEGER NOT NULL CHECK (ask_worksheet IN (0, 1)),
	expires_at    TEXT NOT NULL,
	answered_at   TEXT,
	answers       BLOB,
	acknowledged  BLOB NOT NULL,
	created_at    TEXT NOT NULL
);
CREATE INDEX checkins_client_id ON checkins (client_id);
CREATE INDEX checkins_answered_at ON checkins (answered_at);
