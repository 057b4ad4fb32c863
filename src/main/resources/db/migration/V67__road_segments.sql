-- 路长负责制 (domain.md §3.2): each road segment has a 路长 answerable for its 市容市貌, 环境卫生 and 市政设施. The grids
-- it crosses are kept with it; a case within the road's reach links to the segment (its 路长 is named on the case page,
-- sees its open cases and is assessed monthly by its figures: counts and rates only, 《行政处罚法》第七十四条).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('road:view', 'road', FALSE, 37),
	('road:manage', 'road', FALSE, 38);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'road:view' FROM staff_role WHERE code IN ('INTAKE_CLERK', 'DISPATCHER', 'SHIFT_LEADER', 'GRID_OFFICER',
	'INSPECTOR', 'ENFORCEMENT_OFFICER', 'AUXILIARY', 'SQUAD_LEADER', 'BRIGADE_LEADER', 'LEGAL_REVIEWER',
	'DEPUTY_DIRECTOR', 'DIRECTOR', 'LEADERSHIP_MEMBER', 'SUPERVISOR');
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'road:manage' FROM staff_role WHERE code IN ('SQUAD_LEADER', 'BRIGADE_LEADER', 'SUPERVISOR');

CREATE TABLE road_segment (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- LZ + the street's code (9 digits) + a 3-digit sequence within the street
	code VARCHAR(14) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	-- the centre line in WGS84 lon/lat as WKB, and its envelope for the nearby query
	centre_line BYTEA NOT NULL,
	min_lon DOUBLE PRECISION NOT NULL,
	min_lat DOUBLE PRECISION NOT NULL,
	max_lon DOUBLE PRECISION NOT NULL,
	max_lat DOUBLE PRECISION NOT NULL,
	length_metres INT NOT NULL CHECK (length_metres > 0),
	-- how far from the centre line the road reaches (half its width with the pavements)
	reach_metres INT NOT NULL CHECK (reach_metres BETWEEN 5 AND 100),
	street_code VARCHAR(9) NOT NULL,
	chief_id BIGINT NOT NULL REFERENCES staff_member (id),
	duty_appearance VARCHAR(300) NOT NULL,
	duty_sanitation VARCHAR(300) NOT NULL,
	duty_facilities VARCHAR(300) NOT NULL,
	active BOOLEAN NOT NULL DEFAULT TRUE,
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX road_segment_chief_idx ON road_segment (chief_id);
CREATE INDEX road_segment_envelope_idx ON road_segment (min_lat, max_lat);

-- The unit grids a segment crosses.
CREATE TABLE road_segment_grid (
	segment_id BIGINT NOT NULL REFERENCES road_segment (id),
	unit_grid_code VARCHAR(15) NOT NULL REFERENCES grid_unit_grid (code),
	PRIMARY KEY (segment_id, unit_grid_code)
);
CREATE INDEX road_segment_grid_code_idx ON road_segment_grid (unit_grid_code);

-- A case found on a segment (the nearest whose reach it lies in), when it opened or was located.
CREATE TABLE road_case (
	case_id BIGINT PRIMARY KEY REFERENCES caseflow_case (id),
	segment_id BIGINT NOT NULL REFERENCES road_segment (id),
	received_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX road_case_segment_idx ON road_case (segment_id, received_at);

-- The 路长 are assessed monthly like the streets and the handling units.
ALTER TABLE supervision_assessment DROP CONSTRAINT supervision_assessment_subject_check;
ALTER TABLE supervision_assessment ADD CONSTRAINT supervision_assessment_subject_check
	CHECK (subject IN ('STREET', 'UNIT', 'ROAD'));
