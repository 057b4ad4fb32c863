-- 申诉 (domain.md §9.1: approved 申诉 give an adjusted view, the raw one is always kept): the handling unit of a
-- closed case appeals its 处置超时 with a reason; the 派遣员 reviews first, then a 受理员. Approved, the case leaves the
-- adjusted figures (its fact is marked) and stays in the raw ones. One appeal per case that is not rejected.
CREATE TABLE supervision_appeal (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	case_id BIGINT NOT NULL,
	case_number VARCHAR(16) NOT NULL,
	unit_id BIGINT NOT NULL,
	reason VARCHAR(1000) NOT NULL,
	status VARCHAR(12) NOT NULL CHECK (status IN ('SUBMITTED', 'FIRST_PASSED', 'APPROVED', 'REJECTED')),
	submitted_by VARCHAR(100) NOT NULL,
	submitted_at TIMESTAMPTZ NOT NULL,
	first_by VARCHAR(100),
	first_at TIMESTAMPTZ,
	first_opinion VARCHAR(500),
	second_by VARCHAR(100),
	second_at TIMESTAMPTZ,
	second_opinion VARCHAR(500),
	row_version BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX supervision_appeal_case_idx ON supervision_appeal (case_id) WHERE status <> 'REJECTED';
CREATE INDEX supervision_appeal_status_idx ON supervision_appeal (status, submitted_at);
