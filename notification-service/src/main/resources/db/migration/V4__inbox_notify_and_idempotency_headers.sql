-- Every replica streams new inbox items to its open SSE connections: the row's id and recipient are
-- announced on channel nq57_inbox when the inserting transaction commits (whoever inserted it).
CREATE FUNCTION inbox_item_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('nq57_inbox', NEW.id::text || ' ' || NEW.recipient);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER inbox_item_notify AFTER INSERT ON inbox_item
    FOR EACH ROW EXECUTE FUNCTION inbox_item_notify();

-- An Idempotency-Key replays the first answer whole: status, body, Location and ETag.
ALTER TABLE idempotency_record ADD COLUMN location TEXT,
                               ADD COLUMN etag TEXT;
ALTER TABLE idempotency_record ALTER COLUMN body DROP NOT NULL;
-- What the key stood for (method, path and a SHA-256 of the body): the same key on another request is 422.
ALTER TABLE idempotency_record ADD COLUMN request TEXT;
