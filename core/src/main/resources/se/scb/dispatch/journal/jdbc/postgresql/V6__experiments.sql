-- Schema version 6: experiments with randomised arms.
-- - experiments: a dispatch's experiment (seed, strata, arms with each arm's template, channel and send time) as JSON,
--   so the runner renders each letter with its arm's template from any process, and reports name the arms.
-- - letter_data.arm: the arm a letter was given; written once by the plan, like the rest of letter_data. Not personal
--   data, so a purge keeps it and the experiment's figures still add up.
-- - arm_counts: each arm's letters as planned (state PLAN) and as they settled (their final state), counters that only
--   grow, written in the same transactions as the letters, so a status counts by arm without reading the letters.
-- Every statement may run again after a run cut short: only IF NOT EXISTS, nothing to carry over.

CREATE TABLE IF NOT EXISTS ${prefix}experiments (
    dispatch_id     TEXT NOT NULL PRIMARY KEY REFERENCES ${prefix}dispatches (id),
    -- Arm templates carry their attachments: TEXT holds them whole.
    experiment_json TEXT NOT NULL
);

ALTER TABLE ${prefix}letter_data ADD COLUMN IF NOT EXISTS arm TEXT;

CREATE TABLE IF NOT EXISTS ${prefix}arm_counts (
    dispatch_id TEXT NOT NULL REFERENCES ${prefix}dispatches (id),
    arm         TEXT NOT NULL,
    state       TEXT NOT NULL,
    letters     BIGINT NOT NULL,
    PRIMARY KEY (dispatch_id, arm, state)
);
