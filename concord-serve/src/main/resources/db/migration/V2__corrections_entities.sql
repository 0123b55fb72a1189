-- Concord serve store, version 2 (one script for H2 and PostgreSQL, as version 1).

-- Speaker fixes are corrections too: the quote (its stable id, q-<hash of where it first appears>) and the speaker
-- it is given (NULL: the quote has no speaker). documents_json is '[]' for them.
ALTER TABLE corrections ADD COLUMN quote_id VARCHAR(200);
ALTER TABLE corrections ADD COLUMN speaker_name VARCHAR(1000);

-- A correction queues a re-analysis with no document: work that names the correction instead.
ALTER TABLE work_queue ADD COLUMN correction_id BIGINT;
ALTER TABLE work_queue ALTER COLUMN document_id DROP NOT NULL;

-- Every entity of every story (the report-v1 entity JSON), for /v1/entities. An entity's id (e-<its name>) is
-- the same in every story that names it, so the rows of one id are that entity across stories.
CREATE TABLE entities (
    story_id VARCHAR(600) NOT NULL,
    entity_id VARCHAR(200) NOT NULL,
    name VARCHAR(1000) NOT NULL,
    name_lower VARCHAR(1000) NOT NULL,
    entity_type VARCHAR(20) NOT NULL,
    mentions INTEGER NOT NULL,
    entity_json TEXT NOT NULL,
    PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX entities_entity ON entities (entity_id);
