-- KPI dashboards and alerts. Portable between H2 and PostgreSQL, like V1.

-- How an indicator's monthly figures add up to a quarter or a year (sum, mean, last); from the catalog.
ALTER TABLE indicator ADD COLUMN aggregation VARCHAR(8);

-- Local edits of the catalog: a sync never overwrites them. Null columns keep the synced value.
-- known_unit is the unit the figures were last seen in, to notice an indicator that changes unit.
CREATE TABLE indicator_setting (
    code        VARCHAR(64) NOT NULL PRIMARY KEY,
    target      DOUBLE PRECISION,
    warning     DOUBLE PRECISION,
    critical    DOUBLE PRECISION,
    valid_min   DOUBLE PRECISION,
    valid_max   DOUBLE PRECISION,
    known_unit  VARCHAR(32),
    edited_by   VARCHAR(64),
    edited_at   TIMESTAMP WITH TIME ZONE
);

-- An indicator's unit changed: figures of months before from_month are in the old unit.
CREATE TABLE indicator_unit_change (
    code        VARCHAR(64) NOT NULL,
    old_unit    VARCHAR(32),
    new_unit    VARCHAR(32),
    from_month  DATE        NOT NULL,
    detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (code, from_month)
);

-- Dashboards as data: the tiles and charts of each, in order, saved for a role.
CREATE TABLE dashboard (
    dashboard_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    role          VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    layout        ${text_type} NOT NULL,
    dwell_seconds INTEGER      NOT NULL,
    position      INTEGER      NOT NULL,
    updated_by    VARCHAR(64),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dashboard_role ON dashboard (role, position);

-- Alert rules: on an indicator's status, or on an operational count against a threshold.
-- kind: indicator, overdue_reports, cameras_offline_share, source_stale.
CREATE TABLE alert_rule (
    rule_id   VARCHAR(64)      NOT NULL PRIMARY KEY,
    kind      VARCHAR(32)      NOT NULL,
    subject   VARCHAR(64),
    threshold DOUBLE PRECISION,
    severity  VARCHAR(16)      NOT NULL,
    enabled   BOOLEAN          NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Alerts raised by the rules; one open alert per rule and subject at a time.
CREATE TABLE alert (
    alert_id        VARCHAR(160)     NOT NULL PRIMARY KEY,
    rule_id         VARCHAR(64)      NOT NULL,
    kind            VARCHAR(32)      NOT NULL,
    subject         VARCHAR(64),
    severity        VARCHAR(16)      NOT NULL,
    observed        DOUBLE PRECISION,
    threshold       DOUBLE PRECISION,
    state           VARCHAR(16)      NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by VARCHAR(64),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    cleared_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alert_state ON alert (state, raised_at);

-- Default rules; a province edits them locally.
INSERT INTO alert_rule (rule_id, kind, subject, threshold, severity, enabled, updated_at) VALUES
    ('overdue-reports', 'overdue_reports', NULL, 50, 'warning', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
    ('overdue-reports-critical', 'overdue_reports', NULL, 200, 'critical', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
    ('cameras-offline', 'cameras_offline_share', NULL, 10, 'warning', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
    ('source-stale', 'source_stale', NULL, 6, 'warning', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
    ('indicators', 'indicator', NULL, NULL, 'warning', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');
