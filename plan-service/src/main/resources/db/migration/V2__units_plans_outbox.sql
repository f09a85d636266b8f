-- Administrative units (đơn vị hành chính). Offices and other structured details live in JSONB.
CREATE TABLE unit (
    code          varchar(5)  PRIMARY KEY,
    name          text        NOT NULL,
    full_name     text        NOT NULL,
    type          varchar(16) NOT NULL,
    parent_code   varchar(5)  REFERENCES unit (code),
    province_code varchar(5)  NOT NULL,
    details       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    active        boolean     NOT NULL DEFAULT true,
    revision      bigint      NOT NULL,
    version       bigint      NOT NULL,
    search_key    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX unit_parent ON unit (parent_code);
CREATE INDEX unit_province ON unit (province_code);

-- One row per version of a plan (Kế hoạch); plan_id is stable across versions.
-- The document's structured parts (legal bases, themes, channels, assignments, ...) are JSONB in content.
CREATE TABLE plan_version (
    id                    uuid        PRIMARY KEY,
    plan_id               uuid        NOT NULL,
    version_number        int         NOT NULL,
    replaces_version      int,
    latest                boolean     NOT NULL,
    status                varchar(16) NOT NULL,
    unit_code             varchar(5)  NOT NULL REFERENCES unit (code),
    province_code         varchar(5)  NOT NULL,
    number_symbol         text,
    issue_year            int,
    place                 text,
    issued_on             date,
    title                 text        NOT NULL,
    year                  int,
    period_from           date,
    period_to             date,
    parent_plan_id        uuid,
    superseded_by_plan_id uuid,
    content               jsonb       NOT NULL,
    search_text           text        NOT NULL,
    revision              bigint      NOT NULL,
    version               bigint      NOT NULL,
    created_by            text,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CONSTRAINT plan_version_number UNIQUE (plan_id, version_number)
);
-- Số/ký hiệu is unique per issuing unit and year.
CREATE UNIQUE INDEX plan_number_unique ON plan_version (unit_code, number_symbol, issue_year) WHERE number_symbol IS NOT NULL;
CREATE UNIQUE INDEX plan_one_latest ON plan_version (plan_id) WHERE latest;
CREATE INDEX plan_unit ON plan_version (unit_code);
CREATE INDEX plan_parent ON plan_version (parent_plan_id);
CREATE INDEX plan_province ON plan_version (province_code);

-- Transactional outbox: written in the same transaction as the change, published by OutboxRelay.
CREATE TABLE outbox (
    id            uuid        PRIMARY KEY,
    seq           bigserial   NOT NULL,
    topic         text        NOT NULL,
    message_key   text        NOT NULL,
    event_type    text        NOT NULL,
    payload       text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    claimed_until timestamptz,
    attempts      int         NOT NULL DEFAULT 0,
    last_error    text,
    sent_at       timestamptz
);
CREATE INDEX outbox_pending ON outbox (seq) WHERE sent_at IS NULL;
