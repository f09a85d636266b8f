-- The daily clean-up deletes Idempotency-Key records by age: without this index it reads the whole table.
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
