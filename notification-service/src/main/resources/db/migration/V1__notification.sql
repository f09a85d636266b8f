-- Events already applied: consumers deduplicate by CloudEvent id in the transaction of the effect.
CREATE TABLE processed_event (
    event_id     VARCHAR(100) PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL
);

-- Local copy of administrative units (from unit.upserted).
CREATE TABLE unit (
    code        VARCHAR(10) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    full_name   VARCHAR(400),
    parent_code VARCHAR(10),
    active      BOOLEAN NOT NULL,
    revision    BIGINT NOT NULL
);

-- Local copy of reporting rounds (from round.*).
CREATE TABLE round (
    round_id          UUID PRIMARY KEY,
    title             VARCHAR(1000) NOT NULL,
    issuer_unit_code  VARCHAR(10) NOT NULL,
    request_number    VARCHAR(100),
    due_at            TIMESTAMPTZ NOT NULL,
    resubmission_days INTEGER,
    revision          BIGINT NOT NULL
);

-- One unit's duty in one round. No foreign key to round: topics are consumed independently, so a
-- report event may arrive before its round event and its state must not be lost.
CREATE TABLE round_unit (
    round_id        UUID NOT NULL,
    unit_code       VARCHAR(10) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    resubmit_by     TIMESTAMPTZ,
    report_revision BIGINT NOT NULL DEFAULT -1,
    PRIMARY KEY (round_id, unit_code)
);

-- The durable schedule: every notice to send later for a (round, unit).
CREATE TABLE scheduled_notice (
    id          UUID PRIMARY KEY,
    round_id    UUID NOT NULL REFERENCES round (round_id),
    unit_code   VARCHAR(10) NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    label       VARCHAR(30) NOT NULL,
    deadline    TIMESTAMPTZ NOT NULL,
    fire_at     TIMESTAMPTZ NOT NULL,
    status      VARCHAR(20) NOT NULL,
    dedup_key   VARCHAR(300) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    done_at     TIMESTAMPTZ
);
CREATE INDEX scheduled_notice_due ON scheduled_notice (status, fire_at);
CREATE INDEX scheduled_notice_round_unit ON scheduled_notice (round_id, unit_code);

-- A notice that was decided: sent once, whatever redeliveries and restarts happen.
CREATE TABLE notification (
    id          UUID PRIMARY KEY,
    dedup_key   VARCHAR(300) NOT NULL UNIQUE,
    kind        VARCHAR(30) NOT NULL,
    round_id    UUID,
    unit_code   VARCHAR(10),
    province    VARCHAR(10),
    title       VARCHAR(1000) NOT NULL,
    text_body   TEXT NOT NULL,
    html_body   TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- Delivery log: one row per (notification, channel, target), retried until sent or dead.
CREATE TABLE delivery (
    id              UUID PRIMARY KEY,
    notification_id UUID NOT NULL REFERENCES notification (id),
    channel         VARCHAR(20) NOT NULL,
    target          VARCHAR(500) NOT NULL,
    webhook_id      UUID,
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      VARCHAR(2000),
    last_status     INTEGER,
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (notification_id, channel, target)
);
CREATE INDEX delivery_due ON delivery (status, next_attempt_at);
CREATE INDEX delivery_webhook ON delivery (webhook_id, created_at);

-- In-app inbox: one row per (notification, user).
CREATE TABLE inbox_item (
    id              UUID PRIMARY KEY,
    notification_id UUID NOT NULL REFERENCES notification (id),
    recipient       VARCHAR(200) NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    body            TEXT NOT NULL,
    round_id        UUID,
    unit_code       VARCHAR(10),
    created_at      TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ,
    UNIQUE (notification_id, recipient)
);
CREATE INDEX inbox_item_recipient ON inbox_item (recipient, created_at DESC);

-- Recipients: officers of a unit or staff of a city department.
CREATE TABLE contact (
    id              UUID PRIMARY KEY,
    scope           VARCHAR(20) NOT NULL,
    unit_code       VARCHAR(10),
    province_code   VARCHAR(10) NOT NULL,
    department      VARCHAR(100),
    name            VARCHAR(300) NOT NULL,
    email           VARCHAR(300),
    phone           VARCHAR(50),
    user_id         VARCHAR(200),
    channels        VARCHAR(200) NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX contact_unit ON contact (unit_code);
CREATE INDEX contact_province ON contact (province_code, scope);

-- Webhook endpoints of the city's e-government platform.
CREATE TABLE webhook (
    id            UUID PRIMARY KEY,
    province_code VARCHAR(10) NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    description   VARCHAR(500),
    secret        VARCHAR(200) NOT NULL,
    kinds         VARCHAR(500) NOT NULL,
    active        BOOLEAN NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

-- Idempotency-Key replay store for POSTs.
CREATE TABLE idempotency_record (
    caller      VARCHAR(200) NOT NULL,
    idem_key    VARCHAR(200) NOT NULL,
    status      INTEGER NOT NULL,
    body        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
