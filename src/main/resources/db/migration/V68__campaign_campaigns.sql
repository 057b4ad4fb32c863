-- 专项整治 (issue 13 §3): a campaign of the bureau with its period, scope (regions, road segments, categories),
-- participating units and targets stored as data — shares of points or streets 动态清零, complaint reduction against a
-- base period, counts of inspections or closed cases, area of 违法建设 removed: counts, rates and areas only, never fine
-- amounts (《行政处罚法》第七十四条; domain.md §9.4). Units file a 日报 each day; cases and hotspot inspections made in
-- the campaign's scope and period are tagged with it, so its figures come from the same facts as the dashboards.
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('campaign:view', 'campaign', FALSE, 39),
	('campaign:manage', 'campaign', FALSE, 40),
	('campaign:report', 'campaign', FALSE, 41);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'campaign:view' FROM staff_role WHERE code IN ('INTAKE_CLERK', 'DISPATCHER', 'SHIFT_LEADER', 'GRID_OFFICER',
	'INSPECTOR', 'ENFORCEMENT_OFFICER', 'AUXILIARY', 'SQUAD_LEADER', 'BRIGADE_LEADER', 'LEGAL_REVIEWER',
	'DEPUTY_DIRECTOR', 'DIRECTOR', 'LEADERSHIP_MEMBER', 'SUPERVISOR');
-- the 督查股 and the leaders set campaigns up; the squads and brigades report daily for their unit
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'campaign:manage' FROM staff_role WHERE code IN ('SUPERVISOR', 'DEPUTY_DIRECTOR', 'DIRECTOR');
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'campaign:report' FROM staff_role WHERE code IN ('SQUAD_LEADER', 'BRIGADE_LEADER');

CREATE TABLE campaign (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- ZX + year + '-' + a 3-digit sequence
	code VARCHAR(10) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	kind VARCHAR(24) NOT NULL CHECK (kind IN ('DUST', 'STREET_VENDING', 'OPEN_BARBECUE', 'OUTDOOR_ADS',
		'ILLEGAL_CONSTRUCTION', 'MUNICIPAL', 'ENERGY_SAFETY', 'OTHER')),
	starts_on DATE NOT NULL,
	ends_on DATE NOT NULL,
	-- 回头看: how many days after the end the rebound is watched
	revisit_days INT NOT NULL CHECK (revisit_days BETWEEN 7 AND 180),
	description VARCHAR(2000),
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT campaign_period CHECK (ends_on >= starts_on AND ends_on <= starts_on + 366)
);
CREATE INDEX campaign_period_idx ON campaign (starts_on, ends_on);

CREATE TABLE campaign_region (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	region_code VARCHAR(12) NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
	PRIMARY KEY (campaign_id, region_code)
);

CREATE TABLE campaign_road (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	segment_id BIGINT NOT NULL REFERENCES road_segment (id),
	PRIMARY KEY (campaign_id, segment_id)
);

CREATE TABLE campaign_category (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	category_key VARCHAR(6) NOT NULL,
	PRIMARY KEY (campaign_id, category_key)
);

CREATE TABLE campaign_unit (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	PRIMARY KEY (campaign_id, unit_id)
);

CREATE TABLE campaign_target (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	seq INT NOT NULL,
	metric VARCHAR(24) NOT NULL CHECK (metric IN ('POINTS_CLEARED_SHARE', 'STREETS_CLEARED_SHARE',
		'COMPLAINT_REDUCTION', 'INSPECTIONS', 'CASES_CLOSED', 'CLOSE_RATE', 'AREA_REMOVED')),
	target NUMERIC(12, 1) NOT NULL CHECK (target > 0),
	-- the base period a reduction is measured against
	base_from DATE,
	base_to DATE,
	PRIMARY KEY (campaign_id, seq),
	CONSTRAINT campaign_target_base CHECK ((metric = 'COMPLAINT_REDUCTION') = (base_from IS NOT NULL AND base_to IS NOT NULL))
);

-- 日报: one per unit and day of the campaign.
CREATE TABLE campaign_daily_report (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	day DATE NOT NULL,
	inspections INT NOT NULL CHECK (inspections BETWEEN 0 AND 10000),
	problems INT NOT NULL CHECK (problems BETWEEN 0 AND 10000),
	cases_opened INT NOT NULL CHECK (cases_opened BETWEEN 0 AND 10000),
	cases_closed INT NOT NULL CHECK (cases_closed BETWEEN 0 AND 10000),
	proceedings_opened INT NOT NULL CHECK (proceedings_opened BETWEEN 0 AND 10000),
	area_removed NUMERIC(10, 1) NOT NULL CHECK (area_removed BETWEEN 0 AND 1000000),
	note VARCHAR(1000),
	filed_by VARCHAR(60) NOT NULL,
	filed_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT campaign_daily_report_once UNIQUE (campaign_id, unit_id, day)
);

CREATE TABLE campaign_daily_photo (
	report_id BIGINT NOT NULL REFERENCES campaign_daily_report (id),
	position INT NOT NULL,
	evidence_id BIGINT NOT NULL REFERENCES evidence_file (id),
	PRIMARY KEY (report_id, position)
);

-- Cases received in a campaign's scope and period, and hotspot inspections made in them.
CREATE TABLE campaign_case (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	case_id BIGINT NOT NULL REFERENCES caseflow_case (id),
	received_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (campaign_id, case_id)
);

CREATE TABLE campaign_inspection (
	campaign_id BIGINT NOT NULL REFERENCES campaign (id),
	hotspot_id BIGINT NOT NULL,
	at TIMESTAMPTZ NOT NULL,
	violations INT NOT NULL CHECK (violations >= 0),
	PRIMARY KEY (campaign_id, hotspot_id, at)
);
