-- Deadline-day reads (see aggregation-service/README.md, "Speed").

-- Every write of a report or unit row takes the next number, so a reader can tell which rows
-- changed since it last computed a roll-up and re-read only those.
CREATE SEQUENCE read_model_seq;
ALTER TABLE report_view ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE unit_view ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

-- Rounds of one province (round list, trends) without reading every round's snapshot.
CREATE INDEX round_view_issuer ON round_view (issuer_unit_code, due_at, round_id);
-- Rounds that require one unit (a unit officer's round list).
CREATE INDEX round_view_required_units ON round_view USING gin ((snapshot -> 'requiredUnitCodes') jsonb_path_ops);
