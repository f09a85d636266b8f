-- What the city edits (not derived from events, so a rebuild keeps it): the theme catalogue and
-- the addressee aliases, per province, or under scope 'DEFAULT' for the platform default.
CREATE TABLE synthesis_catalogue (
    scope      TEXT        NOT NULL,
    kind       TEXT        NOT NULL,
    body       JSONB       NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT,
    PRIMARY KEY (scope, kind)
);
