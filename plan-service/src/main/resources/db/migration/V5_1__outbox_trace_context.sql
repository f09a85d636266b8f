-- The W3C trace context of the request that wrote each event: the relay sends it as the
-- traceparent/tracestate Kafka headers, so consumers continue the writer's trace.
-- (V5_1, not V5: another branch may claim V5 at the same time.)
ALTER TABLE outbox ADD COLUMN traceparent varchar(55);
ALTER TABLE outbox ADD COLUMN tracestate varchar(512);
