-- The citizen report queue: sort keys and filters answered from indexes, diacritic-insensitive search through a
-- word index, agency performance, saved filters. Portable between H2 and PostgreSQL (see V1).

-- Priority as a number, so "most urgent first" is an index order: urgent 4, high 3, normal 2, low 1, other 0.
ALTER TABLE citizen_report ADD COLUMN priority_rank INTEGER DEFAULT 0 NOT NULL;
-- When the report was first answered (resolved, closed, not in our remit or merged): agency performance.
ALTER TABLE citizen_report ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;

UPDATE citizen_report SET priority_rank = CASE priority
    WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 WHEN 'low' THEN 1 ELSE 0 END;
UPDATE citizen_report SET answered_at = updated_at WHERE status = 'closed';

-- Every sort of the queue pages by (key, id): one index each, so a page is a short index range whatever the depth.
-- A filter on one column pages through (column, key, id): the query orders by the filtered column first (a
-- constant under the filter), so the database reads that index in order instead of sorting the matches.
CREATE INDEX citizen_report_received_key ON citizen_report (requested_at, service_request_id);
CREATE INDEX citizen_report_due_key ON citizen_report (expected_at, service_request_id);
CREATE INDEX citizen_report_priority_key ON citizen_report (priority_rank, service_request_id);
CREATE INDEX citizen_report_open_due ON citizen_report (status, expected_at, service_request_id);
CREATE INDEX citizen_report_open_received ON citizen_report (status, requested_at, service_request_id);
CREATE INDEX citizen_report_workflow_received ON citizen_report (workflow_status, requested_at, service_request_id);
CREATE INDEX citizen_report_workflow_due ON citizen_report (workflow_status, expected_at, service_request_id);
CREATE INDEX citizen_report_service ON citizen_report (service_code, requested_at, service_request_id);
CREATE INDEX citizen_report_agency ON citizen_report (agency_responsible, requested_at, service_request_id);
CREATE INDEX citizen_report_agency_due ON citizen_report (agency_responsible, expected_at, service_request_id);
CREATE INDEX citizen_report_commune_received ON citizen_report (commune_code, requested_at, service_request_id);
CREATE INDEX citizen_report_answered ON citizen_report (answered_at);
-- Superseded by the indexes above; every index costs each write.
DROP INDEX citizen_report_requested;
DROP INDEX citizen_report_status;
DROP INDEX citizen_report_commune;

-- The folded words of each report (id, category, address, description), for search with or without diacritics:
-- a query word is a prefix range of this index.
CREATE TABLE report_word (
    word               VARCHAR(32) NOT NULL,
    service_request_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (word, service_request_id)
);
CREATE INDEX report_word_report ON report_word (service_request_id, word);

-- Filters an operator saved under a name; the definition is the console's JSON.
CREATE TABLE saved_filter (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    definition ${text_type} NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Reports cached before this migration have no words yet: the next sync of each Open311 source reads its history
-- again and writes them with their words.
UPDATE sync_state SET cursor_value = NULL WHERE contract = 'open311';
