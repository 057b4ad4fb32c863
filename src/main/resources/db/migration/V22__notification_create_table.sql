-- In-app notifications (the header bell): one per person, case, kind and reference (the stage of a warning, or the
-- 督办 it announces), so a level is announced once per person however often the job runs.
CREATE TABLE notification (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	recipient_id BIGINT NOT NULL REFERENCES staff_member (id),
	kind VARCHAR(12) NOT NULL CHECK (kind IN ('WARNING', 'OVERDUE', 'SEVERE', 'SUPERVISION')),
	case_id BIGINT NOT NULL REFERENCES caseflow_case (id),
	case_no VARCHAR(16) NOT NULL,
	ref VARCHAR(40) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	read_at TIMESTAMPTZ,
	CONSTRAINT notification_once UNIQUE (recipient_id, case_id, kind, ref)
);
CREATE INDEX notification_unread_idx ON notification (recipient_id, created_at) WHERE read_at IS NULL;
