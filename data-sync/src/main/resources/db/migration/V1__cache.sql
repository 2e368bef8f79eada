-- The local cache every view reads. Portable between H2 and PostgreSQL: vendor-specific
-- types come in as Flyway placeholders, set in one place (CacheDialect).
-- Instants are TIMESTAMP WITH TIME ZONE written in UTC.

-- Administrative units with their validity; codes are reused across periods, so the
-- natural key is (level, code, valid_from) and the API gives it as unit_id.
CREATE TABLE admin_unit (
    unit_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    code         VARCHAR(16)  NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    name_vi      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200),
    full_name    VARCHAR(250),
    name_ascii   VARCHAR(200),
    unit_type    VARCHAR(64),
    parent_code  VARCHAR(16),
    valid_from   DATE,
    valid_to     DATE,
    geometry     ${text_type},
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX admin_unit_code ON admin_unit (level, code);
CREATE INDEX admin_unit_parent ON admin_unit (parent_code);

-- Lineage of the July 2025 reform (and later ones): old unit -> new unit.
CREATE TABLE unit_change (
    change_id      VARCHAR(80)  NOT NULL PRIMARY KEY,
    level          VARCHAR(16)  NOT NULL,
    old_code       VARCHAR(16)  NOT NULL,
    old_name       VARCHAR(250),
    new_code       VARCHAR(16)  NOT NULL,
    new_name       VARCHAR(250),
    relation       VARCHAR(16)  NOT NULL,
    effective_date DATE         NOT NULL,
    legal_basis    VARCHAR(250),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX unit_change_old ON unit_change (old_code);
CREATE INDEX unit_change_new ON unit_change (new_code);

CREATE TABLE indicator (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(250) NOT NULL,
    name_en     VARCHAR(250),
    category    VARCHAR(64),
    unit        VARCHAR(32),
    direction   VARCHAR(16)  NOT NULL,
    periodicity VARCHAR(16)  NOT NULL,
    target      DOUBLE PRECISION,
    warning     DOUBLE PRECISION,
    critical    DOUBLE PRECISION,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Figures stay attached to the unit they were reported for (old codes before the reform).
CREATE TABLE observation (
    indicator_code VARCHAR(64) NOT NULL,
    unit_code      VARCHAR(16) NOT NULL,
    period         VARCHAR(10) NOT NULL,
    period_start   DATE        NOT NULL,
    obs_value      DOUBLE PRECISION,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator_code, unit_code, period)
);
CREATE INDEX observation_unit ON observation (unit_code, period_start);

-- Public-service dossiers (thủ tục hành chính) per unit, agency and month.
CREATE TABLE dossier_stat (
    unit_code        VARCHAR(16)  NOT NULL,
    agency           VARCHAR(200) NOT NULL,
    period           VARCHAR(10)  NOT NULL,
    period_start     DATE         NOT NULL,
    received         INTEGER      NOT NULL,
    resolved         INTEGER      NOT NULL,
    resolved_on_time INTEGER      NOT NULL,
    overdue          INTEGER      NOT NULL,
    online           INTEGER      NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unit_code, agency, period)
);

-- E-documents (văn bản điện tử) per unit, agency and month.
CREATE TABLE document_stat (
    unit_code         VARCHAR(16)  NOT NULL,
    agency            VARCHAR(200) NOT NULL,
    period            VARCHAR(10)  NOT NULL,
    period_start      DATE         NOT NULL,
    incoming          INTEGER      NOT NULL,
    outgoing          INTEGER      NOT NULL,
    processed_on_time INTEGER      NOT NULL,
    overdue           INTEGER      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unit_code, agency, period)
);

-- Citizen reports: every Open311 GeoReport v2 field, then our extensions.
CREATE TABLE citizen_report (
    service_request_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    status             VARCHAR(16)  NOT NULL,
    status_notes       ${text_type},
    service_name       VARCHAR(200),
    service_code       VARCHAR(64),
    description        ${text_type},
    agency_responsible VARCHAR(200),
    service_notice     VARCHAR(1000),
    requested_at       TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE,
    expected_at        TIMESTAMP WITH TIME ZONE,
    address            VARCHAR(500),
    address_id         VARCHAR(64),
    zipcode            VARCHAR(16),
    lat                DOUBLE PRECISION,
    lon                DOUBLE PRECISION,
    media_url          VARCHAR(1000),
    priority           VARCHAR(16),
    workflow_status    VARCHAR(32),
    commune_code       VARCHAR(16),
    channel            VARCHAR(32),
    duplicate_of       VARCHAR(64),
    history            ${text_type},
    synced_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX citizen_report_requested ON citizen_report (requested_at);
CREATE INDEX citizen_report_status ON citizen_report (workflow_status, expected_at);
CREATE INDEX citizen_report_commune ON citizen_report (commune_code);

CREATE TABLE camera (
    camera_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    group_name   VARCHAR(200),
    unit_code    VARCHAR(16),
    stream_kind  VARCHAR(16)  NOT NULL,
    stream_url   VARCHAR(1000),
    snapshot_url VARCHAR(1000),
    status       VARCHAR(16)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE facility (
    facility_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    name        VARCHAR(250) NOT NULL,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    unit_code   VARCHAR(16),
    address     VARCHAR(500),
    capacity    INTEGER,
    phone       VARCHAR(32),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX facility_kind ON facility (kind);

-- One row per configured source; its cursor moves in the same transaction as the rows it covers.
CREATE TABLE sync_state (
    source_id            VARCHAR(64) NOT NULL PRIMARY KEY,
    contract             VARCHAR(32) NOT NULL,
    cursor_value         VARCHAR(500),
    etag                 VARCHAR(500),
    last_attempt_at      TIMESTAMP WITH TIME ZONE,
    last_success_at      TIMESTAMP WITH TIME ZONE,
    last_error           VARCHAR(2000),
    last_error_at        TIMESTAMP WITH TIME ZONE,
    rows_total           BIGINT      NOT NULL,
    consecutive_failures INTEGER     NOT NULL
);

-- Operator actions waiting to be pushed, in order, with their idempotency key.
CREATE TABLE outbox (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    idempotency_key VARCHAR(64)  NOT NULL UNIQUE,
    kind            VARCHAR(64)  NOT NULL,
    target_id       VARCHAR(64)  NOT NULL,
    payload         ${text_type} NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    base_updated_at TIMESTAMP WITH TIME ZONE,
    state           VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    sent_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_state ON outbox (state, id);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE audit_log (
    id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(64)  NOT NULL,
    action    VARCHAR(64)  NOT NULL,
    target_id VARCHAR(64),
    detail    ${text_type}
);
CREATE INDEX audit_log_at ON audit_log (at);
