-- The word index of the reports, kept by the word indexer in the background instead of inside each sync page.
-- Portable between H2 and PostgreSQL (see V1).

-- Reports whose words are not indexed yet. A sync writes each report and a row here in one transaction; the indexer
-- then folds the words, so a first sync is not slowed by the dozens of word rows of every report. The stamp changes
-- with every write of the report: the indexer clears the row only if the report was not written again meanwhile.
CREATE TABLE report_word_pending (
    service_request_id VARCHAR(64) NOT NULL PRIMARY KEY,
    stamp              BIGINT      NOT NULL
);

-- The indexed words of each report as one line (" word word ..."): a query's commoner words are checked against it
-- with LIKE, and a report's old words are known when it is indexed again. It replaces the second index of report_word,
-- which cost a write for every word.
CREATE TABLE report_word_line (
    service_request_id VARCHAR(64) NOT NULL PRIMARY KEY,
    line               ${text_type} NOT NULL
);
DROP INDEX report_word_report;

-- Reports indexed before this migration are indexed again, lines and all.
DELETE FROM report_word;
INSERT INTO report_word_pending (service_request_id, stamp) SELECT service_request_id, 0 FROM citizen_report;
