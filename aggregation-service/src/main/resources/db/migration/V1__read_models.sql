-- Read models built only from the platform's events; see docs/aggregation-read-models.md.

CREATE TABLE processed_event (
    event_id     TEXT PRIMARY KEY,
    topic        TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE unit_view (
    code        TEXT PRIMARY KEY,
    revision    BIGINT NOT NULL,
    name        TEXT NOT NULL,
    full_name   TEXT,
    type        TEXT NOT NULL,
    parent_code TEXT,
    active      BOOLEAN NOT NULL
);
CREATE INDEX unit_view_parent ON unit_view (parent_code);

CREATE TABLE plan_view (
    plan_id        UUID PRIMARY KEY,
    revision       BIGINT NOT NULL,
    version_number INT NOT NULL,
    status         TEXT NOT NULL,
    unit_code      TEXT NOT NULL,
    number_symbol  TEXT,
    title          TEXT,
    issued_on      DATE,
    parent_plan_id UUID
);
CREATE INDEX plan_view_parent ON plan_view (parent_plan_id);

CREATE TABLE round_view (
    round_id         UUID PRIMARY KEY,
    revision         BIGINT NOT NULL,
    issuer_unit_code TEXT NOT NULL,
    due_at           TIMESTAMPTZ NOT NULL,
    snapshot         JSONB NOT NULL
);

-- One row per (round, unit). Each column group keeps the revision it was last written with,
-- so events applied in any order leave the same row.
CREATE TABLE report_view (
    round_id           UUID NOT NULL,
    unit_code          TEXT NOT NULL,
    revision           BIGINT NOT NULL DEFAULT -1,
    status             TEXT,
    version            INT,
    resubmit_by        TIMESTAMPTZ,
    submitted_revision BIGINT NOT NULL DEFAULT -1,
    submitted_at       TIMESTAMPTZ,
    submitted          JSONB,
    accepted_revision  BIGINT NOT NULL DEFAULT -1,
    accepted           JSONB,
    first_version      INT,
    first_submitted_at TIMESTAMPTZ,
    first_late         BOOLEAN,
    PRIMARY KEY (round_id, unit_code)
);
