-- Notices stay readable (issue 9 §2): one per case and warning level (the stage no longer multiplies them), a summary
-- per desk for the centre's staff instead of one notice per case ("12 件受理环节超期": no case, a count that grows while
-- unread), and the notices of the loop's requests and hand-overs: a request arrived for its decider, a decision for its
-- requester, a case dispatched to a unit, a field task sent to a person.
ALTER TABLE notification DROP CONSTRAINT notification_once;
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification
	ALTER COLUMN case_id DROP NOT NULL,
	ALTER COLUMN case_no DROP NOT NULL,
	ADD COLUMN detail VARCHAR(40),
	ADD COLUMN count INT NOT NULL DEFAULT 1 CHECK (count > 0),
	ADD CONSTRAINT notification_kind_check
		CHECK (kind IN ('WARNING', 'OVERDUE', 'SEVERE', 'SUPERVISION', 'REQUEST', 'DECIDED', 'DISPATCHED', 'TASK')),
	ADD CONSTRAINT notification_case_or_summary CHECK ((case_id IS NULL) = (case_no IS NULL));
-- The stage a warning was about is kept for display; the notice is once per case and level from now on.
UPDATE notification SET detail = ref WHERE kind IN ('WARNING', 'OVERDUE', 'SEVERE');
CREATE UNIQUE INDEX notification_once ON notification (recipient_id, case_id, kind, ref) WHERE case_id IS NOT NULL;
CREATE UNIQUE INDEX notification_summary ON notification (recipient_id, kind, ref) WHERE case_id IS NULL;
