-- Outbox: every event is retried on its own (attempts, backoff until next_attempt_at) and parked
-- after too many failures; the relay reads due events through outbox_due in bounded batches.
ALTER TABLE outbox RENAME COLUMN sent_at TO published_at;
ALTER TABLE outbox DROP COLUMN claimed_until;
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE outbox ADD COLUMN parked_at timestamptz;
DROP INDEX outbox_pending;
CREATE INDEX outbox_due ON outbox (seq) WHERE published_at IS NULL AND parked_at IS NULL;
-- "Is an earlier event of this key still pending?" (events of one key are published in order)
CREATE INDEX outbox_pending_key ON outbox (topic, message_key, seq) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_parked ON outbox (parked_at) WHERE parked_at IS NOT NULL;

-- Wake the relay when a transaction that wrote outbox rows commits (NOTIFY is delivered on commit).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('plan_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_written AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

-- Idempotency keys are inserted before the work (status NULL = in progress) and completed after it.
ALTER TABLE idempotency_key ALTER COLUMN status DROP NOT NULL;
ALTER TABLE idempotency_key ADD COLUMN started_at timestamptz NOT NULL DEFAULT now();
