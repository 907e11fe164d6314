-- Schema version 7: a plan written in parts, each part's letters sendable as soon as it commits.
-- - dispatches.plan_rows: the number of the last source row in the plan, written in the same transaction as the
--   part that planned it; after a crash the plan is continued from the next row, never planned again from the start.
-- - dispatches.plan_fingerprint: what the source's rows up to plan_rows hash to; a plan is continued only from a
--   source whose first rows hash the same.
-- - dispatches.plan_complete: every row is in the plan; until then the dispatch cannot complete.
-- All three are NULL for a dispatch planned whole before version 7 (and for one made by code that plans whole):
-- its plan is complete once it has left PLANNING, as the journal had it before.
-- Every statement may run again after a run cut short: only IF NOT EXISTS, nothing to carry over.

ALTER TABLE ${prefix}dispatches ADD COLUMN IF NOT EXISTS plan_rows BIGINT;

ALTER TABLE ${prefix}dispatches ADD COLUMN IF NOT EXISTS plan_fingerprint TEXT;

ALTER TABLE ${prefix}dispatches ADD COLUMN IF NOT EXISTS plan_complete BOOLEAN;
