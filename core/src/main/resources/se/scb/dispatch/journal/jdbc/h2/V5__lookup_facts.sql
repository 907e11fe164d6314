-- Schema version 5: what the recipient directory said of each letter's recipient when it was planned, so reports
-- can count blocked recipients by operator and say since when. Written only where the plan does not already say
-- it: a digital letter's REACHABLE answer at its own mailbox leaves all five empty.
-- The operator columns hold the account's operator when the plan holds none (a blocked or pending account).

ALTER TABLE ${prefix}letter_data ADD COLUMN IF NOT EXISTS lookup_status VARCHAR;
ALTER TABLE ${prefix}letter_data ADD COLUMN IF NOT EXISTS lookup_operator_id VARCHAR;
ALTER TABLE ${prefix}letter_data ADD COLUMN IF NOT EXISTS lookup_operator_name VARCHAR;
ALTER TABLE ${prefix}letter_data ADD COLUMN IF NOT EXISTS lookup_service_address VARCHAR;
ALTER TABLE ${prefix}letter_data ADD COLUMN IF NOT EXISTS sender_accept_changed_at TIMESTAMP WITH TIME ZONE;
