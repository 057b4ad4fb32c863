-- 罚缴分离 (《行政处罚法》第六十七条, 罚缴分离实施办法 国务院令第235号; domain.md §8.8). A payment notice (缴款书号 and
-- 缴款码) is made when a decision with a fine is served, and sent to the collecting bank through payment_outbox. A fine
-- is paid only on the bank's confirmation: a signed callback or a row of its reconciliation file, each kept once by
-- the bank's own reference (a replay changes nothing).
CREATE TABLE payment_number (
	year INT PRIMARY KEY,
	last_value INT NOT NULL CHECK (last_value > 0)
);

CREATE TABLE payment_notice (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	proceeding_number VARCHAR(12) NOT NULL,
	notice_no VARCHAR(20) NOT NULL UNIQUE,
	payment_code VARCHAR(20) NOT NULL UNIQUE,
	fine NUMERIC(14, 2) NOT NULL CHECK (fine > 0),
	due_on DATE NOT NULL,
	status VARCHAR(10) NOT NULL CHECK (status IN ('ISSUED', 'PAID')),
	paid_total NUMERIC(14, 2) NOT NULL DEFAULT 0 CHECK (paid_total >= 0),
	issued_at TIMESTAMPTZ NOT NULL,
	paid_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT payment_notice_paid CHECK ((status = 'PAID') = (paid_at IS NOT NULL))
);
CREATE UNIQUE INDEX payment_notice_one_open_idx ON payment_notice (proceeding_id) WHERE status = 'ISSUED';

CREATE TABLE payment_confirmation (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	notice_id BIGINT NOT NULL REFERENCES payment_notice (id),
	bank_ref VARCHAR(40) NOT NULL UNIQUE,
	amount NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
	fine_part NUMERIC(14, 2) NOT NULL CHECK (fine_part >= 0),
	surcharge_part NUMERIC(14, 2) NOT NULL CHECK (surcharge_part >= 0),
	paid_at TIMESTAMPTZ NOT NULL,
	source VARCHAR(10) NOT NULL CHECK (source IN ('CALLBACK', 'FILE')),
	received_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT payment_confirmation_parts CHECK (fine_part + surcharge_part = amount)
);
CREATE INDEX payment_confirmation_notice_idx ON payment_confirmation (notice_id);

CREATE TABLE payment_outbox (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	notice_id BIGINT NOT NULL REFERENCES payment_notice (id),
	kind VARCHAR(20) NOT NULL CHECK (kind IN ('NOTICE_ISSUED')),
	payload TEXT NOT NULL,
	idempotency_key VARCHAR(60) NOT NULL UNIQUE,
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMPTZ NOT NULL,
	sent_at TIMESTAMPTZ,
	receipt VARCHAR(500),
	last_error VARCHAR(500),
	created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX payment_outbox_due_idx ON payment_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- 财务人员: the payment ledger and the bank's reconciliation files. Fine totals are shown to finance and leadership only
-- (《行政处罚法》第七十四条; domain.md §9.4).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES ('payment:finance', 'payment', FALSE, 34);
INSERT INTO staff_role (code, name, built_in, sort_order) VALUES ('FINANCE_CLERK', '财务人员', TRUE, 18);
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'payment:finance' FROM staff_role WHERE code IN ('FINANCE_CLERK', 'DIRECTOR', 'DEPUTY_DIRECTOR',
	'LEADERSHIP_MEMBER');
