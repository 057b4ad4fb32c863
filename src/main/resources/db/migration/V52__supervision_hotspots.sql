-- 热点台账 (domain.md §3.3): points with recurring problems, listed (上账) with a responsible unit and a target,
-- inspected until they are clear, de-listed (销账) after at least three inspections in a row without a violation over
-- at least 14 days with a supervisor's approval, then inspected monthly for six months (回头看) before they retire; a
-- violation during 回头看 is a rebound and the point is listed again. Complaint clusters (≥ 5 within 50 m in 30 days)
-- are proposed automatically.
CREATE TABLE supervision_hotspot (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(12) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}-[0-9]{4}$'),
	name VARCHAR(200) NOT NULL,
	lon DOUBLE PRECISION NOT NULL,
	lat DOUBLE PRECISION NOT NULL,
	unit_grid_code VARCHAR(15),
	street_code VARCHAR(9),
	categories VARCHAR(200),
	origin VARCHAR(20) NOT NULL CHECK (origin IN ('COMPLAINT_CLUSTER', 'INSPECTION', 'LEADERSHIP', 'SUPERVISION_NOTICE')),
	responsible_unit_id BIGINT,
	target VARCHAR(300),
	status VARCHAR(12) NOT NULL
		CHECK (status IN ('PROPOSED', 'LISTED', 'REMEDIATING', 'CLEARED', 'REVISIT', 'REBOUNDED', 'RETIRED')),
	proposed_by VARCHAR(100) NOT NULL,
	proposed_at TIMESTAMPTZ NOT NULL,
	listed_by VARCHAR(100),
	listed_at TIMESTAMPTZ,
	cleared_by VARCHAR(100),
	cleared_at TIMESTAMPTZ,
	retired_at TIMESTAMPTZ,
	row_version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX supervision_hotspot_status_idx ON supervision_hotspot (status, street_code);

CREATE TABLE supervision_hotspot_inspection (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	hotspot_id BIGINT NOT NULL REFERENCES supervision_hotspot (id),
	at TIMESTAMPTZ NOT NULL,
	inspector VARCHAR(100) NOT NULL,
	violations INT NOT NULL CHECK (violations >= 0),
	note VARCHAR(500),
	case_id BIGINT
);
CREATE INDEX supervision_hotspot_inspection_idx ON supervision_hotspot_inspection (hotspot_id, at);
