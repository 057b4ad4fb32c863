-- 月考核 (domain.md §9.2, issue 11 §4): each month's assessment of the streets, or of the handling units, under the
-- scheme version in force, computed from the adjusted figures (approved 申诉 left out), reviewed by a second member
-- of the 督查股 and published. A published assessment is frozen — its scores are stored, never recomputed — and a
-- correction is a new version with its reason, which supersedes the old one when it is published.
CREATE TABLE supervision_assessment (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	month DATE NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
	subject VARCHAR(10) NOT NULL CHECK (subject IN ('STREET', 'UNIT')),
	version INT NOT NULL CHECK (version > 0),
	status VARCHAR(12) NOT NULL CHECK (status IN ('COMPUTED', 'REVIEWED', 'PUBLISHED', 'SUPERSEDED')),
	scheme_code VARCHAR(30) NOT NULL,
	scheme_version INT NOT NULL,
	reason VARCHAR(500),
	computed_by VARCHAR(100) NOT NULL,
	computed_at TIMESTAMPTZ NOT NULL,
	reviewed_by VARCHAR(100),
	reviewed_at TIMESTAMPTZ,
	review_opinion VARCHAR(500),
	published_by VARCHAR(100),
	published_at TIMESTAMPTZ,
	row_version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT supervision_assessment_version UNIQUE (month, subject, version),
	CONSTRAINT supervision_assessment_reason CHECK (version = 1 OR reason IS NOT NULL)
);
CREATE UNIQUE INDEX supervision_assessment_published_idx ON supervision_assessment (month, subject)
	WHERE status = 'PUBLISHED';

CREATE TABLE supervision_assessment_score (
	assessment_id BIGINT NOT NULL REFERENCES supervision_assessment (id) ON DELETE CASCADE,
	subject_key VARCHAR(20) NOT NULL,
	subject_name VARCHAR(100) NOT NULL,
	rank INT NOT NULL,
	total NUMERIC(7, 2) NOT NULL,
	complete BOOLEAN NOT NULL,
	cases INT NOT NULL,
	PRIMARY KEY (assessment_id, subject_key)
);

CREATE TABLE supervision_assessment_item (
	assessment_id BIGINT NOT NULL REFERENCES supervision_assessment (id) ON DELETE CASCADE,
	subject_key VARCHAR(20) NOT NULL,
	position INT NOT NULL,
	indicator VARCHAR(30) NOT NULL,
	numerator BIGINT NOT NULL,
	denominator BIGINT NOT NULL,
	points NUMERIC(6, 2),
	PRIMARY KEY (assessment_id, subject_key, position)
);
