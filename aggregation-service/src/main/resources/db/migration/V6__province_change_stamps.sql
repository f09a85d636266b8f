-- One change number per province (aggregation-service/README.md, "Speed"): every event that changes a
-- unit, round or report row of the province increments it in the same transaction, so a replica's
-- cached views of the province's rounds are checked with one small read and are never older than
-- the read models. Rows only grow (a rebuild increments them all rather than clearing them).
CREATE TABLE province_stamp (
    province_code TEXT PRIMARY KEY,
    stamp         BIGINT NOT NULL
);
