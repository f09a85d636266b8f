-- plan-service schema starts here; features add their own migrations.
CREATE TABLE IF NOT EXISTS schema_info (name text PRIMARY KEY, value text NOT NULL);
INSERT INTO schema_info (name, value) VALUES ('service', 'plan-service') ON CONFLICT DO NOTHING;
