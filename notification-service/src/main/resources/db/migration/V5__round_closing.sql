-- Closing a round (chốt số liệu): no reminders after it, except for the units it is reopened for,
-- which are chased against their own deadline.
ALTER TABLE round ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE round_unit ADD COLUMN reopened_due_at TIMESTAMPTZ;
