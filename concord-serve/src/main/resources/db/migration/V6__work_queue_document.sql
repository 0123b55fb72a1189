-- Open work of one document, looked up once per document a commit writes (a newer version posted while the
-- document was analysed is queued again); without it the look-up scanned the whole queue.
CREATE INDEX work_queue_document ON work_queue (document_id, done_at);
