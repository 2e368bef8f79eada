-- Local edits of an indicator's names, unit label and direction, beside V5's target and levels.
-- Null columns keep the synced value; a sync writes the indicator table only, so these survive it.
ALTER TABLE indicator_setting ADD COLUMN name_vi VARCHAR(200);
ALTER TABLE indicator_setting ADD COLUMN name_en VARCHAR(200);
ALTER TABLE indicator_setting ADD COLUMN unit_label VARCHAR(32);
ALTER TABLE indicator_setting ADD COLUMN direction VARCHAR(16);
