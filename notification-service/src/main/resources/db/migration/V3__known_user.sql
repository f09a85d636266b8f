-- Users seen by this service with the unit or province their token named: a contact's userId must
-- be one of them, in the contact's scope, so nobody can route notices into a stranger's inbox.
CREATE TABLE known_user (
    subject       VARCHAR(200) PRIMARY KEY,
    unit_code     VARCHAR(10),
    province_code VARCHAR(10),
    seen_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_user_unit ON known_user (unit_code);
