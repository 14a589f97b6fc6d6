-- sign_ins holds the practice app's signed-in browsers, so that a restart
-- signs nobody out and instances on one database share them. Only the
-- SHA-256 of a sign-in's id is kept, in hex: the id is 256 random bits, so
-- a copy of the file holds nothing that signs anyone in.
--
-- The app writes last_seen_at at most about once a minute per sign-in, and
-- removes expired rows at each sign-in: the table holds about one row per
-- signed-in browser, so sweeping it by time needs no index.
CREATE TABLE sign_ins (
	id_hash         TEXT PRIMARY KEY,
	professional_id INTEGER NOT NULL REFERENCES professionals (id) ON DELETE CASCADE,
	created_at      TEXT NOT NULL,
	last_seen_at    TEXT NOT NULL
);
CREATE INDEX sign_ins_professional_id ON sign_ins (professional_id);
