-- Schema version 4: what happened after a letter was sent, and on the survey's side.
-- - case_events: the product system's events of a case (LOGGED_IN, STARTED, RESPONDED), one row per case and kind,
--   the earliest time kept: the same event reported twice, or in any order, changes nothing. It takes over the
--   responses of version 2 (each case's first answer becomes its RESPONDED).
-- - process_events: what mailbox operators reported of a letter (DELIVERED, OPENED …), one row per message id and
--   kind, the earliest time kept, for the same reason.
-- - event_cursors: where the journal stands in each operator's event feed, so polling goes on where it stopped.
-- letter_data gets no index on case_id, though an import asks which case ids belong to a letter: an index page holds
-- its values uncompressed, and a case id may be an identity number (some systems use one), which would then lie in
-- the file in plain text. The import's question reads letter_data once per thousand events instead.

CREATE TABLE IF NOT EXISTS ${prefix}case_events (
    case_id TEXT NOT NULL,
    kind    TEXT NOT NULL,
    at      TIMESTAMPTZ NOT NULL,
    channel TEXT NOT NULL,
    PRIMARY KEY (case_id, kind)
);

-- @when-table-exists ${prefix}responses
INSERT INTO ${prefix}case_events (case_id, kind, at, channel)
    SELECT r.case_id, 'RESPONDED', r.at, r.channel FROM ${prefix}responses r
    WHERE r.id = (SELECT f.id FROM ${prefix}responses f WHERE f.case_id = r.case_id ORDER BY f.at, f.id FETCH FIRST 1 ROW ONLY)
      AND NOT EXISTS (SELECT 1 FROM ${prefix}case_events e WHERE e.case_id = r.case_id AND e.kind = 'RESPONDED');

-- @end
DROP TABLE IF EXISTS ${prefix}responses;

CREATE TABLE IF NOT EXISTS ${prefix}process_events (
    message_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    -- The operator's own id of the event, and what the kind needs besides (an attachment's name, a notification's channel).
    event_id    TEXT NOT NULL,
    detail      TEXT NOT NULL,
    PRIMARY KEY (message_id, kind)
);

CREATE TABLE IF NOT EXISTS ${prefix}event_cursors (
    source     TEXT NOT NULL PRIMARY KEY,
    position   TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
