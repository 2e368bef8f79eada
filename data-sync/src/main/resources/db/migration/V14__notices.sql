-- What a province tells its operators beside the data (the notices contract): alerts, affected areas and messages.
-- A drill's notices come from its scenario. Portable between H2 and PostgreSQL (see V1).
-- polygon: an area's corners as "lon lat,lon lat,...".
CREATE TABLE notice (
    notice_id  VARCHAR(128)  NOT NULL PRIMARY KEY,
    kind       VARCHAR(16)   NOT NULL,
    level      VARCHAR(16),
    area_kind  VARCHAR(32),
    title_vi   VARCHAR(1000),
    title_en   VARCHAR(1000),
    text_vi    VARCHAR(4000),
    text_en    VARCHAR(4000),
    sender     VARCHAR(300),
    unit_code  VARCHAR(16),
    polygon    ${text_type},
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_at TIMESTAMP WITH TIME ZONE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notice_issued ON notice (issued_at);
