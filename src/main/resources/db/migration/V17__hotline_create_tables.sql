-- 12345 / 12319 热线工单 (domain.md §7): each platform's limits (configured per platform, local rules differ), and each
-- work order with the obligations owed back to its platform.
CREATE TABLE hotline_platform (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(10) NOT NULL UNIQUE CHECK (code IN ('12345', '12319')),
	name VARCHAR(100) NOT NULL,
	-- where replies go; NULL: not connected yet, messages wait in the outbox
	endpoint_url VARCHAR(500),
	sign_urgent_minutes INT NOT NULL DEFAULT 15 CHECK (sign_urgent_minutes BETWEEN 1 AND 1440),
	sign_working_days INT NOT NULL DEFAULT 1 CHECK (sign_working_days BETWEEN 1 AND 10),
	reply_working_days INT NOT NULL DEFAULT 5 CHECK (reply_working_days BETWEEN 1 AND 30),
	return_working_days INT NOT NULL DEFAULT 2 CHECK (return_working_days BETWEEN 1 AND 10),
	extension_max_working_days INT NOT NULL DEFAULT 10 CHECK (extension_max_working_days BETWEEN 1 AND 30),
	version BIGINT NOT NULL DEFAULT 0
);

INSERT INTO hotline_platform (code, name) VALUES
	('12345', '12345政务服务便民热线'),
	('12319', '12319城建服务热线');

CREATE TABLE hotline_order (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	platform_id BIGINT NOT NULL REFERENCES hotline_platform (id),
	order_no VARCHAR(64) NOT NULL,
	report_id BIGINT NOT NULL UNIQUE REFERENCES intake_report (id),
	case_id BIGINT NOT NULL REFERENCES caseflow_case (id),
	status VARCHAR(24) NOT NULL,
	urgent BOOLEAN NOT NULL,
	received_at TIMESTAMPTZ NOT NULL,
	-- the platform's own reply deadline, when it sent one
	platform_reply_due TIMESTAMPTZ,
	sign_due_at TIMESTAMPTZ NOT NULL,
	signed_at TIMESTAMPTZ,
	reply_due_at TIMESTAMPTZ NOT NULL,
	replied_at TIMESTAMPTZ,
	designated BOOLEAN NOT NULL DEFAULT FALSE,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT hotline_order_number UNIQUE (platform_id, order_no)
);
CREATE INDEX hotline_order_case_idx ON hotline_order (case_id);
