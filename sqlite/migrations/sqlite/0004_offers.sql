-- offers is the offers log (guideline 5): each practice, intervention,
-- interpretation, referral or between-session task offered to a client, the
-- client's answer and what followed. what, followed and quote are sealed with
-- the table's key; kind, answer, acted_on and the dates stay in clear, as
-- none of them quotes a client.
CREATE TABLE offers (
	id                INTEGER PRIMARY KEY,
	client_id         INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
	-- session_id is the session it was offered in, NULL outside one.
	session_id        INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
	kind              TEXT NOT NULL CHECK (kind IN ('practice', 'intervention', 'interpretation', 'referral', 'task')),
	what              BLOB NOT NULL,
	offered_at        TEXT NOT NULL,
	answer            TEXT NOT NULL CHECK (answer IN ('', 'yes', 'no', 'not_yet')),
	followed          BLOB NOT NULL,
	-- acted_on is NULL while unknown, 0 for a yes not acted on, 1 for one acted on.
	acted_on          INTEGER CHECK (acted_on IN (0, 1)),
	-- heard_session_id and heard_utterance name the utterance of a session
	-- report the answer was logged from; both NULL when it was logged by hand.
	heard_session_id  INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
	heard_utterance   INTEGER,
	quote             BLOB NOT NULL,
	created_at        TEXT NOT NULL,
	updated_at        TEXT NOT NULL
);
CREATE INDEX offers_client_id_offered_at ON offers (client_id, offered_at);
