-- transcripts_analysed lets the pages that list every analysed session (the
-- journal, the practice's trends) find them, and when and by which model
-- each was analysed, from the index alone. Those columns sit after the
-- transcript and analysis blobs in a row, so reading them from the table
-- walks every overflow page of both blobs: most of the time of those pages.
CREATE INDEX transcripts_analysed ON transcripts (session_id, model, updated_at) WHERE analysis IS NOT NULL;
