-- First responses of POSTs sent with an Idempotency-Key, per caller, kept at least 24 h.
CREATE TABLE idempotency_key (
    subject    text        NOT NULL,
    key        text        NOT NULL,
    request    text        NOT NULL,
    status     int         NOT NULL,
    body       text,
    location   text,
    etag       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
