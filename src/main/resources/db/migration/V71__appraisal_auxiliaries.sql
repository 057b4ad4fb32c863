-- 协管员考核 (issue 13 §5, domain.md §9.3): each squad's auxiliaries appraised monthly from patrol, report and attendance
-- metrics only, under a scheme stored as data, computed and reviewed by the 执法股 and published; ranked within the
-- squad, with a pay-grade suggestion and the 末位 shown to the squad's and the bureau's leaders only. No fine, no
-- penalty and no amount can enter it: the metrics are a closed list (《行政处罚法》第七十四条).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('appraisal:view', 'appraisal', FALSE, 44),
	('appraisal:manage', 'appraisal', FALSE, 45),
	('appraisal:grades', 'appraisal', FALSE, 46);

INSERT INTO staff_role (code, name, built_in, sort_order) VALUES ('ENFORCEMENT_SECTION', '执法股', TRUE, 19);

-- the appraised and those who lead them read the published appraisals of their own squads
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'appraisal:view' FROM staff_role WHERE code IN ('AUXILIARY', 'GRID_OFFICER', 'ENFORCEMENT_OFFICER',
	'SQUAD_LEADER', 'BRIGADE_LEADER', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'LEADERSHIP_MEMBER', 'ENFORCEMENT_SECTION');
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'appraisal:grades' FROM staff_role WHERE code IN ('SQUAD_LEADER', 'BRIGADE_LEADER', 'DEPUTY_DIRECTOR',
	'DIRECTOR', 'LEADERSHIP_MEMBER');
-- the 执法股 checks the auxiliaries' work across the city: their cases, rosters and grids
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT r.id, a.code FROM staff_role r CROSS JOIN (VALUES ('appraisal:manage'), ('data:citywide'), ('case:view'),
	('grid:view'), ('duty:roster')) AS a (code) WHERE r.code = 'ENFORCEMENT_SECTION';

CREATE TABLE appraisal_scheme (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(40) NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
	version INT NOT NULL CHECK (version > 0),
	name VARCHAR(100) NOT NULL,
	valid_from DATE NOT NULL,
	-- 末位: how many of a squad's lowest totals are listed, where the squad has more ranked than that
	bottom_count INT NOT NULL CHECK (bottom_count BETWEEN 0 AND 10),
	reason VARCHAR(500),
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	UNIQUE (code, version)
);

CREATE TABLE appraisal_scheme_item (
	scheme_id BIGINT NOT NULL REFERENCES appraisal_scheme (id),
	position INT NOT NULL,
	metric VARCHAR(30) NOT NULL CHECK (metric IN ('SHIFTS_KEPT', 'GRID_COVERAGE', 'REPORTS', 'REPORTS_VERIFIED',
		'TASKS_DONE', 'SELF_DISPOSED', 'COMPLAINTS')),
	weight NUMERIC(6, 2) NOT NULL CHECK (weight > 0),
	transform VARCHAR(20) NOT NULL CHECK (transform IN ('RATE', 'PER_UNIT', 'PENALTY_PER_UNIT')),
	per_unit NUMERIC(6, 2) NOT NULL DEFAULT 0 CHECK (per_unit >= 0),
	cap NUMERIC(6, 2) NOT NULL CHECK (cap >= 0 AND cap <= weight),
	PRIMARY KEY (scheme_id, position)
);

-- 绩效档次: the suggestion for a total at or above min_total (the highest such grade)
CREATE TABLE appraisal_scheme_grade (
	scheme_id BIGINT NOT NULL REFERENCES appraisal_scheme (id),
	position INT NOT NULL,
	label VARCHAR(40) NOT NULL,
	min_total NUMERIC(6, 2) NOT NULL CHECK (min_total >= 0),
	PRIMARY KEY (scheme_id, position)
);

-- Complaints against an auxiliary (from the public, a hotline order, an inspection), recorded by the 执法股 with
-- whether they were found true (查实); only those found true count.
CREATE TABLE appraisal_complaint (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	staff_id BIGINT NOT NULL REFERENCES staff_member (id),
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	received_on DATE NOT NULL,
	source VARCHAR(20) NOT NULL CHECK (source IN ('HOTLINE', 'VISIT', 'LETTER', 'INSPECTION')),
	summary VARCHAR(500) NOT NULL,
	case_number VARCHAR(40),
	upheld BOOLEAN NOT NULL,
	recorded_by VARCHAR(60) NOT NULL,
	recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX appraisal_complaint_staff_idx ON appraisal_complaint (staff_id, received_on);
CREATE INDEX appraisal_complaint_unit_idx ON appraisal_complaint (unit_id, received_on);

-- One version of one squad's month. Once published nothing in it changes; a correction is the next version.
CREATE TABLE appraisal (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	month DATE NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	version INT NOT NULL CHECK (version > 0),
	status VARCHAR(12) NOT NULL CHECK (status IN ('COMPUTED', 'REVIEWED', 'PUBLISHED', 'SUPERSEDED')),
	scheme_code VARCHAR(40) NOT NULL,
	scheme_version INT NOT NULL,
	bottom_count INT NOT NULL,
	reason VARCHAR(500),
	computed_by VARCHAR(60) NOT NULL,
	computed_at TIMESTAMPTZ NOT NULL,
	reviewed_by VARCHAR(60),
	reviewed_at TIMESTAMPTZ,
	review_opinion VARCHAR(500),
	published_by VARCHAR(60),
	published_at TIMESTAMPTZ,
	row_version BIGINT NOT NULL DEFAULT 0,
	UNIQUE (month, unit_id, version),
	FOREIGN KEY (scheme_code, scheme_version) REFERENCES appraisal_scheme (code, version)
);
-- at most one version of a squad's month is being worked on at a time
CREATE UNIQUE INDEX appraisal_open_idx ON appraisal (month, unit_id) WHERE status IN ('COMPUTED', 'REVIEWED');

CREATE TABLE appraisal_line (
	appraisal_id BIGINT NOT NULL REFERENCES appraisal (id),
	staff_id BIGINT NOT NULL REFERENCES staff_member (id),
	staff_name VARCHAR(100) NOT NULL,
	-- NULL: not ranked (no shift rostered in the month)
	rank INT,
	total NUMERIC(6, 2),
	grade VARCHAR(40),
	bottom BOOLEAN NOT NULL,
	PRIMARY KEY (appraisal_id, staff_id)
);

CREATE TABLE appraisal_item (
	appraisal_id BIGINT NOT NULL REFERENCES appraisal (id),
	staff_id BIGINT NOT NULL,
	position INT NOT NULL,
	metric VARCHAR(30) NOT NULL,
	numerator BIGINT NOT NULL,
	denominator BIGINT NOT NULL,
	-- NULL: no data in the month (the total is scaled to the items that had data)
	points NUMERIC(6, 2),
	PRIMARY KEY (appraisal_id, staff_id, position)
);

INSERT INTO appraisal_scheme (code, name, version, valid_from, bottom_count, created_by, created_at)
VALUES ('AUXILIARY', '协管员月度绩效考核', 1, DATE '2026-01-01', 1, 'system', TIMESTAMPTZ '2026-01-01 00:00:00+08');
INSERT INTO appraisal_scheme_item (scheme_id, position, metric, weight, transform, per_unit, cap)
SELECT s.id, i.position, i.metric, i.weight, i.transform, i.per_unit, i.cap FROM appraisal_scheme s CROSS JOIN (VALUES
	(1, 'SHIFTS_KEPT', 25, 'RATE', 0, 25),
	(2, 'GRID_COVERAGE', 20, 'RATE', 0, 20),
	(3, 'REPORTS', 15, 'PER_UNIT', 0.75, 15),
	(4, 'REPORTS_VERIFIED', 15, 'RATE', 0, 15),
	(5, 'TASKS_DONE', 10, 'RATE', 0, 10),
	(6, 'SELF_DISPOSED', 5, 'PER_UNIT', 0.5, 5),
	(7, 'COMPLAINTS', 10, 'PENALTY_PER_UNIT', 5, 10)) AS i (position, metric, weight, transform, per_unit, cap)
WHERE s.code = 'AUXILIARY' AND s.version = 1;
INSERT INTO appraisal_scheme_grade (scheme_id, position, label, min_total)
SELECT s.id, g.position, g.label, g.min_total FROM appraisal_scheme s CROSS JOIN (VALUES
	(1, '一档（绩效工资全额）', 90),
	(2, '二档（绩效工资90%）', 80),
	(3, '三档（绩效工资70%）', 60),
	(4, '四档（不发绩效工资，约谈）', 0)) AS g (position, label, min_total)
WHERE s.code = 'AUXILIARY' AND s.version = 1;
