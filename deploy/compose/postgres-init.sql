-- Runs once, on the first start of an empty PostgreSQL volume (docker-entrypoint-initdb.d).
-- One database and one owning role per service: no service can read another's data.
-- The passwords are local-development values only; docker-compose.yml uses the same ones.
CREATE ROLE plan LOGIN PASSWORD 'plan-dev-only';
CREATE DATABASE plan OWNER plan ENCODING 'UTF8' TEMPLATE template0;

CREATE ROLE notification LOGIN PASSWORD 'notification-dev-only';
CREATE DATABASE notification OWNER notification ENCODING 'UTF8' TEMPLATE template0;

CREATE ROLE aggregation LOGIN PASSWORD 'aggregation-dev-only';
CREATE DATABASE aggregation OWNER aggregation ENCODING 'UTF8' TEMPLATE template0;
