-- Strings that arrive in events are bounded by the producing service when it accepts them, not by
-- this consumer's column widths: a width here would turn a valid event into a stopped consumer.
ALTER TABLE processed_event ALTER COLUMN event_id TYPE TEXT;

ALTER TABLE unit ALTER COLUMN code TYPE TEXT,
                 ALTER COLUMN name TYPE TEXT,
                 ALTER COLUMN full_name TYPE TEXT,
                 ALTER COLUMN parent_code TYPE TEXT;

ALTER TABLE round ALTER COLUMN title TYPE TEXT,
                  ALTER COLUMN issuer_unit_code TYPE TEXT,
                  ALTER COLUMN request_number TYPE TEXT;

ALTER TABLE round_unit ALTER COLUMN unit_code TYPE TEXT;

ALTER TABLE scheduled_notice ALTER COLUMN unit_code TYPE TEXT,
                             ALTER COLUMN dedup_key TYPE TEXT;

ALTER TABLE notification ALTER COLUMN dedup_key TYPE TEXT,
                         ALTER COLUMN unit_code TYPE TEXT,
                         ALTER COLUMN province TYPE TEXT,
                         ALTER COLUMN title TYPE TEXT;

ALTER TABLE inbox_item ALTER COLUMN title TYPE TEXT,
                       ALTER COLUMN unit_code TYPE TEXT;
