-- 案卷评查 (domain.md §8.6): the 法制股 draws a random sample of the files closed in a period (a file is sampled once)
-- and scores each against the checklist (ten criteria, 100 points), with its findings; the grade follows the score
-- (优秀 ≥ 90, 合格 ≥ 70, 不合格 below). No one reviews a case they worked.
CREATE TABLE review_batch (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	closed_from DATE NOT NULL,
	closed_to DATE NOT NULL,
	requested INT NOT NULL CHECK (requested BETWEEN 1 AND 50),
	drawn_by VARCHAR(60) NOT NULL,
	drawn_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT review_batch_period CHECK (closed_to >= closed_from)
);

CREATE TABLE review_file (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	batch_id BIGINT NOT NULL REFERENCES review_batch (id),
	proceeding_id BIGINT NOT NULL UNIQUE REFERENCES penalty_proceeding (id),
	proceeding_number VARCHAR(12) NOT NULL,
	closed_on DATE NOT NULL,
	status VARCHAR(8) NOT NULL CHECK (status IN ('PENDING', 'REVIEWED')),
	reviewer_id BIGINT REFERENCES staff_member (id),
	reviewer_name VARCHAR(100),
	total INT CHECK (total BETWEEN 0 AND 100),
	grade VARCHAR(12) CHECK (grade IN ('EXCELLENT', 'PASS', 'FAIL')),
	findings VARCHAR(4000),
	reviewed_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT review_file_done CHECK ((status = 'REVIEWED') = (reviewed_at IS NOT NULL AND total IS NOT NULL))
);
CREATE INDEX review_file_batch_idx ON review_file (batch_id);

CREATE TABLE review_score (
	file_id BIGINT NOT NULL REFERENCES review_file (id),
	criterion VARCHAR(20) NOT NULL,
	score INT NOT NULL CHECK (score >= 0),
	PRIMARY KEY (file_id, criterion)
);
