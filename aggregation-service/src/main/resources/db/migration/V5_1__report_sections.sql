-- What units wrote under each outline section (issue 13, the consolidated report's narrative), for the
-- latest submitted version (basis LATEST_SUBMITTED) and the accepted one (ACCEPTED). Kept beside
-- report_view rather than inside its snapshots, so that roll-ups and notes, which parse the snapshots,
-- never parse the narrative. Written by the same event and under the same revision as the snapshot
-- column it goes with. (Version 5.1: leaves 5 to a concurrent change.)
CREATE TABLE report_section_view (
    round_id  UUID    NOT NULL,
    unit_code TEXT    NOT NULL,
    basis     TEXT    NOT NULL,
    position  INT     NOT NULL,
    code      TEXT    NOT NULL,
    title     TEXT,
    body      TEXT    NOT NULL,
    PRIMARY KEY (round_id, basis, unit_code, position)
);
