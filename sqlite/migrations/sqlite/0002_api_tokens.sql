-- api_tokens holds each professional's personal API token, at most one.
-- Only the SHA-256 of the token is kept (vault.HashToken): the token is 256
-- random bits, so a copy of the file holds nothing that signs anyone in.

CREATE TABLE api_tokens (
	professional_id INTEGER PRIMARY KEY REFERENCES professionals (id) ON DELETE CASCADE,
	token_hash      BLOB NOT NULL UNIQUE,
	created_at      TEXT NOT NULL
);
