-- 监管通知单 (domain.md §9.3): the 督查股 notifies a handling unit (a street's squad or a department) of problems,
-- item by item (description, place, category, photos, deadline); an item may open a loop case (source SUPERVISION).
-- The unit replies, the 督查股 verifies each item in the field; a failed item goes back to the unit. 问题整改率 = items
-- verified as rectified / items notified.
CREATE TABLE supervision_notice (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- 年度 + 4-digit sequence: 监管通知单〔2026〕0001号
	number VARCHAR(12) NOT NULL UNIQUE CHECK (number ~ '^[0-9]{4}-[0-9]{4}$'),
	target_unit_id BIGINT NOT NULL,
	title VARCHAR(200) NOT NULL,
	status VARCHAR(10) NOT NULL CHECK (status IN ('ISSUED', 'REPLIED', 'CLOSED')),
	issued_by VARCHAR(100) NOT NULL,
	issued_at TIMESTAMPTZ NOT NULL,
	reply VARCHAR(2000),
	replied_by VARCHAR(100),
	replied_at TIMESTAMPTZ,
	verified_by VARCHAR(100),
	verified_at TIMESTAMPTZ,
	row_version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX supervision_notice_unit_idx ON supervision_notice (target_unit_id, issued_at DESC);

CREATE TABLE supervision_notice_item (
	notice_id BIGINT NOT NULL REFERENCES supervision_notice (id) ON DELETE CASCADE,
	position INT NOT NULL,
	description VARCHAR(1000) NOT NULL,
	address VARCHAR(300) NOT NULL,
	category_key VARCHAR(6),
	deadline DATE NOT NULL,
	photo_ids BIGINT[] NOT NULL DEFAULT '{}',
	case_id BIGINT,
	rectified BOOLEAN,
	verification VARCHAR(10) CHECK (verification IN ('PASSED', 'FAILED')),
	verification_note VARCHAR(500),
	PRIMARY KEY (notice_id, position)
);
