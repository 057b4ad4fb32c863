-- 门前三包 (domain.md §3.2): a shop or organisation signs a 责任书 for its frontage and hangs a 责任牌 whose 共治码 (QR)
-- opens a public page where anyone may report a problem there. Violations found at the frontage link to the unit; how
-- many in 12 months is part of the 裁量 (domain.md §8.18) and of the party's history.
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('frontage:view', 'frontage', FALSE, 35),
	('frontage:manage', 'frontage', FALSE, 36);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'frontage:view' FROM staff_role WHERE code IN ('INTAKE_CLERK', 'DISPATCHER', 'SHIFT_LEADER', 'GRID_OFFICER',
	'INSPECTOR', 'ENFORCEMENT_OFFICER', 'AUXILIARY', 'SQUAD_LEADER', 'BRIGADE_LEADER', 'LEGAL_REVIEWER',
	'DEPUTY_DIRECTOR', 'DIRECTOR', 'LEADERSHIP_MEMBER', 'SUPERVISOR');
-- The squads keep their 台账: they sign units up, import them and print the 责任牌.
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'frontage:manage' FROM staff_role WHERE code IN ('GRID_OFFICER', 'ENFORCEMENT_OFFICER', 'SQUAD_LEADER',
	'BRIGADE_LEADER');

CREATE TABLE frontage_unit (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- 责任牌编号: MQ + the street's code (9 digits) + a 4-digit sequence within the street
	code VARCHAR(20) NOT NULL UNIQUE,
	-- the 共治码's path: random and unguessable, so the public page cannot be walked by id
	token VARCHAR(24) NOT NULL UNIQUE CHECK (token ~ '^[A-Za-z0-9_-]{16,24}$'),
	name VARCHAR(100) NOT NULL,
	credit_code VARCHAR(18) CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
	licence_no VARCHAR(40),
	contact_name VARCHAR(50) NOT NULL,
	contact_phone VARCHAR(20) NOT NULL,
	address VARCHAR(200) NOT NULL,
	unit_grid_code VARCHAR(15) NOT NULL REFERENCES grid_unit_grid (code),
	squad_id BIGINT REFERENCES staff_org_unit (id),
	-- the frontage in WGS84 lon/lat as WKB: a line along the kerb, a polygon, or (imported without one) a point
	frontage BYTEA NOT NULL,
	-- its envelope, for the "which frontage is this case at" query
	min_lon DOUBLE PRECISION NOT NULL,
	min_lat DOUBLE PRECISION NOT NULL,
	max_lon DOUBLE PRECISION NOT NULL,
	max_lat DOUBLE PRECISION NOT NULL,
	-- the three 包 as the local rule words them (市容、环境卫生、秩序)
	duty_appearance VARCHAR(300) NOT NULL,
	duty_sanitation VARCHAR(300) NOT NULL,
	duty_order VARCHAR(300) NOT NULL,
	-- the signed 责任书 (承诺书), scanned, in the evidence store
	pledge_file_id BIGINT REFERENCES evidence_file (id),
	signed_on DATE,
	active BOOLEAN NOT NULL DEFAULT TRUE,
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT frontage_unit_identity CHECK (credit_code IS NOT NULL OR licence_no IS NOT NULL),
	CONSTRAINT frontage_unit_pledge CHECK (pledge_file_id IS NULL OR signed_on IS NOT NULL)
);
CREATE INDEX frontage_unit_grid_idx ON frontage_unit (unit_grid_code);
CREATE INDEX frontage_unit_credit_idx ON frontage_unit (credit_code);
CREATE INDEX frontage_unit_envelope_idx ON frontage_unit (min_lat, max_lat);

-- A case found at a frontage: linked by its place and category (AUTO), by a report through the 共治码 (QR), or by
-- a person (MANUAL). One link per case. The reporter's client is kept only as a hash, for the public form's limits.
CREATE TABLE frontage_violation (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	unit_id BIGINT NOT NULL REFERENCES frontage_unit (id),
	case_id BIGINT NOT NULL UNIQUE REFERENCES caseflow_case (id),
	case_number VARCHAR(16) NOT NULL,
	category_key VARCHAR(6),
	found_at TIMESTAMPTZ NOT NULL,
	link VARCHAR(8) NOT NULL CHECK (link IN ('AUTO', 'QR', 'MANUAL')),
	client_hash VARCHAR(64),
	CONSTRAINT frontage_violation_client CHECK ((link = 'QR') = (client_hash IS NOT NULL))
);
CREATE INDEX frontage_violation_unit_idx ON frontage_violation (unit_id, found_at);
CREATE INDEX frontage_violation_client_idx ON frontage_violation (client_hash, found_at) WHERE client_hash IS NOT NULL;

-- A report through a 共治码 is told at once to the squad of the frontage (before 受理 routes its case).
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('WARNING', 'OVERDUE', 'SEVERE',
	'SUPERVISION', 'REQUEST', 'DECIDED', 'DISPATCHED', 'TASK', 'PENALTY_DEADLINE', 'PENALTY_ALERT', 'FRONTAGE_REPORT'));
