-- Notices about a penalty proceeding (its 90-day clock): they name the proceeding, not a loop case; its CF number is
-- shown as case_no. Summaries are those that name neither.
ALTER TABLE notification DROP CONSTRAINT notification_case_or_summary;
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
DROP INDEX notification_summary;
ALTER TABLE notification
	ALTER COLUMN kind TYPE VARCHAR(20),
	ADD COLUMN proceeding_id BIGINT REFERENCES penalty_proceeding (id),
	ADD CONSTRAINT notification_kind_check CHECK (kind IN ('WARNING', 'OVERDUE', 'SEVERE', 'SUPERVISION', 'REQUEST',
		'DECIDED', 'DISPATCHED', 'TASK', 'PENALTY_DEADLINE')),
	ADD CONSTRAINT notification_case_or_summary CHECK (
		(case_id IS NULL AND proceeding_id IS NULL) = (case_no IS NULL) AND (case_id IS NULL OR proceeding_id IS NULL));
CREATE UNIQUE INDEX notification_summary ON notification (recipient_id, kind, ref)
	WHERE case_id IS NULL AND proceeding_id IS NULL;
CREATE UNIQUE INDEX notification_proceeding_once ON notification (recipient_id, proceeding_id, kind, ref)
	WHERE proceeding_id IS NOT NULL;
