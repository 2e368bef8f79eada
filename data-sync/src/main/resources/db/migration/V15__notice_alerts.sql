-- A province's own alerts (notices of kind alert, docs/api/notices.md) become alerts like the rules' ones.
-- They carry their title and text in both languages; announced is false until the console has shown a new or
-- reopened one (toast, ticker, critical pre-emption). Portable between H2 and PostgreSQL (see V1).
ALTER TABLE alert ADD COLUMN title_vi VARCHAR(1000);
ALTER TABLE alert ADD COLUMN title_en VARCHAR(1000);
ALTER TABLE alert ADD COLUMN text_vi VARCHAR(4000);
ALTER TABLE alert ADD COLUMN text_en VARCHAR(4000);
ALTER TABLE alert ADD COLUMN announced BOOLEAN DEFAULT TRUE NOT NULL;
