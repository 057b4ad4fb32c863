-- 救济与强制执行 (domain.md §8.11, §8.12). Each 复议 or 诉讼 the party brings is a row of penalty_remedy with its
-- outcome; no 加处罚款 accrues while one is pending (《行政处罚法》第七十三条第三款). For an unpaid fine the proceeding
-- keeps the 催告书's service, the application to the court (《行政强制法》第五十三条至第五十五条) with its materials, and
-- what the court did. penalty_alert records each hard alert once (送达 before its 7 days end, the court's window a month
-- before it closes), and notifications gain the kind that tells them.
ALTER TABLE penalty_proceeding
	ADD COLUMN reminder_served_on DATE,
	ADD COLUMN reminder_method VARCHAR(16),
	ADD COLUMN applied_on DATE,
	ADD COLUMN court VARCHAR(100),
	ADD COLUMN materials VARCHAR(100),
	ADD COLUMN accepted_on DATE,
	ADD COLUMN court_case_number VARCHAR(60),
	ADD COLUMN court_step VARCHAR(10) CHECK (court_step IN ('ACCEPTED', 'GRANTED', 'REFUSED', 'EXECUTED')),
	ADD COLUMN court_step_on DATE,
	ADD CONSTRAINT penalty_applied_after_reminder CHECK (applied_on IS NULL OR reminder_served_on IS NOT NULL);

CREATE TABLE penalty_remedy (
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	seq INT NOT NULL CHECK (seq > 0),
	kind VARCHAR(16) NOT NULL CHECK (kind IN ('RECONSIDERATION', 'SUIT')),
	filed_on DATE NOT NULL,
	body VARCHAR(100) NOT NULL,
	reference VARCHAR(60),
	outcome VARCHAR(10) CHECK (outcome IN ('UPHELD', 'CHANGED', 'REVOKED', 'ILLEGAL', 'WITHDRAWN')),
	decided_on DATE,
	note VARCHAR(2000),
	PRIMARY KEY (proceeding_id, seq),
	CONSTRAINT penalty_remedy_decided CHECK ((outcome IS NULL) = (decided_on IS NULL)),
	CONSTRAINT penalty_remedy_order CHECK (decided_on IS NULL OR decided_on >= filed_on)
);

CREATE TABLE penalty_alert (
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	kind VARCHAR(20) NOT NULL,
	due_on DATE NOT NULL,
	alerted_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (proceeding_id, kind, due_on)
);

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('WARNING', 'OVERDUE', 'SEVERE',
	'SUPERVISION', 'REQUEST', 'DECIDED', 'DISPATCHED', 'TASK', 'PENALTY_DEADLINE', 'PENALTY_ALERT'));
