-- 信用推送 (domain.md §8.10). The 法制股 keeps credit_rule: ordered rules, the first enabled one that matches a
-- decision (its benchmark, its 裁量 level, whether the party removed the harm, a least fine) classifies it; none: 一般.
-- 简易程序 decisions are never 失信信息 (山东省社会信用条例第十三条第（四）项) whatever the table says. Each served decision
-- gets a credit_record with its class, the rule that decided it, the push due within 7 working days, the day 信用修复
-- becomes possible, and the platform's receipts; credit_outbox carries the pushes and the withdrawals to the platform.
CREATE TABLE credit_rule (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	seq INT NOT NULL CHECK (seq > 0),
	benchmark_code VARCHAR(20),
	discretion_level VARCHAR(12) CHECK (discretion_level IN ('NO_PENALTY', 'MITIGATED', 'LIGHT', 'GENERAL', 'SERIOUS')),
	harm_removed BOOLEAN,
	min_fine NUMERIC(14, 2) CHECK (min_fine >= 0),
	classification VARCHAR(10) NOT NULL CHECK (classification IN ('EXCLUDED', 'MINOR', 'GENERAL', 'SERIOUS')),
	note VARCHAR(200) NOT NULL,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	changed_by VARCHAR(60) NOT NULL,
	changed_at TIMESTAMPTZ NOT NULL
);

-- the bureau's starting table (the 法制股 changes it at /credit)
INSERT INTO credit_rule (seq, discretion_level, harm_removed, classification, note, changed_by, changed_at) VALUES
	(10, 'LIGHT', TRUE, 'EXCLUDED', '情节轻微且主动消除危害后果的，不作为失信信息（山东省社会信用条例第十三条第（四）项）', 'system', now()),
	(20, 'LIGHT', NULL, 'MINOR', '从轻处罚的，为轻微失信', 'system', now()),
	(30, 'SERIOUS', NULL, 'SERIOUS', '从重处罚的，为严重失信', 'system', now());

CREATE TABLE credit_record (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL UNIQUE REFERENCES penalty_proceeding (id),
	proceeding_number VARCHAR(12) NOT NULL,
	decision_number VARCHAR(60),
	party_shown VARCHAR(100) NOT NULL,
	classification VARCHAR(10) NOT NULL CHECK (classification IN ('EXCLUDED', 'MINOR', 'GENERAL', 'SERIOUS')),
	rule_id BIGINT REFERENCES credit_rule (id),
	reason VARCHAR(10) NOT NULL CHECK (reason IN ('SIMPLE', 'RULE', 'DEFAULT')),
	classified_at TIMESTAMPTZ NOT NULL,
	push_due DATE,
	pushed_at TIMESTAMPTZ,
	push_receipt VARCHAR(500),
	repairable_from DATE,
	withdraw_due DATE,
	withdraw_reason VARCHAR(20),
	withdrawn_at TIMESTAMPTZ,
	withdraw_receipt VARCHAR(500),
	CONSTRAINT credit_record_excluded CHECK ((classification = 'EXCLUDED') = (push_due IS NULL))
);

CREATE TABLE credit_outbox (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	record_id BIGINT NOT NULL REFERENCES credit_record (id),
	kind VARCHAR(10) NOT NULL CHECK (kind IN ('PUSH', 'WITHDRAW')),
	payload TEXT NOT NULL,
	idempotency_key VARCHAR(60) NOT NULL UNIQUE,
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMPTZ NOT NULL,
	sent_at TIMESTAMPTZ,
	receipt VARCHAR(500),
	last_error VARCHAR(500),
	created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX credit_outbox_due_idx ON credit_outbox (next_attempt_at) WHERE sent_at IS NULL;
