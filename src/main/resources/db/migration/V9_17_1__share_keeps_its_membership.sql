-- A reflection shared with "my managers" is shared with the managers of the membership the
-- learner had when sharing, and only while that membership lasts.
ALTER TABLE worksheet_response ADD COLUMN shared_membership_id BIGINT;

UPDATE worksheet_response SET shared_membership_id = (
    SELECT MAX(m.id) FROM membership m WHERE m.account_id = worksheet_response.account_id AND m.ended_at IS NULL)
WHERE shared_with_managers = TRUE;
