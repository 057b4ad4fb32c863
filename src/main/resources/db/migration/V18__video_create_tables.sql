-- 视频告警 (domain.md §4.3): the video platforms, their cameras, the vendor alarm codes mapped to categories, and every
-- alarm as it arrived. An alarm either opens a case (the lead), joins an open lead of the same camera and category
-- within the platform's window (D4), or is filtered out below the type's confidence threshold.

-- Alarm ids are unique per platform, not per channel: two video platforms may both send alarm "1". The report's
-- external reference becomes unique per source and client (manual entries have none: client 0); reports without one
-- (Open311, patrol, manual entry) are not constrained.
ALTER TABLE intake_report DROP CONSTRAINT intake_report_external_ref;
CREATE UNIQUE INDEX intake_report_external_ref ON intake_report (source, coalesce(client_id, 0), external_ref)
	WHERE external_ref IS NOT NULL;

CREATE TABLE video_platform (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_id BIGINT NOT NULL UNIQUE REFERENCES intake_api_client (id),
	-- Whose alarm codes it sends: the key into video_alarm_type.
	vendor VARCHAR(20) NOT NULL,
	merge_window_minutes INT NOT NULL DEFAULT 30 CHECK (merge_window_minutes BETWEEN 1 AND 1440)
);

CREATE TABLE video_alarm_type (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	vendor VARCHAR(20) NOT NULL,
	alarm_code VARCHAR(40) NOT NULL,
	name VARCHAR(60) NOT NULL,
	-- NULL: no 06–10 事项 matches; the alarm arrives uncategorised and the 受理员 chooses.
	category_id BIGINT REFERENCES category_item (id),
	-- Alarms below this confidence are recorded but open no case.
	confidence_min NUMERIC(4, 3) NOT NULL DEFAULT 0 CHECK (confidence_min BETWEEN 0 AND 1),
	CONSTRAINT video_alarm_type_key UNIQUE (vendor, alarm_code)
);

CREATE TABLE video_camera (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	platform_id BIGINT NOT NULL REFERENCES video_platform (id),
	code VARCHAR(64) NOT NULL,
	name VARCHAR(100) NOT NULL,
	lon DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
	lat DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
	-- 行政处罚法 Art. 41: only a registered enforcement device (reviewed, signposted, location published) yields
	-- penalty evidence.
	enforcement_device BOOLEAN NOT NULL DEFAULT FALSE,
	review_approved_on DATE,
	published_on DATE,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT video_camera_code UNIQUE (platform_id, code),
	CONSTRAINT video_camera_enforcement CHECK (NOT enforcement_device
		OR (review_approved_on IS NOT NULL AND published_on IS NOT NULL))
);

CREATE TABLE video_alarm (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	platform_id BIGINT NOT NULL REFERENCES video_platform (id),
	alarm_id VARCHAR(64) NOT NULL,
	camera_id BIGINT NOT NULL REFERENCES video_camera (id),
	alarm_code VARCHAR(40) NOT NULL,
	-- Same camera + same merge key (the category, or the raw code when unmapped) within the window: one lead.
	merge_key VARCHAR(60) NOT NULL,
	category_id BIGINT REFERENCES category_item (id),
	occurred_at TIMESTAMPTZ NOT NULL,
	received_at TIMESTAMPTZ NOT NULL,
	confidence NUMERIC(4, 3) CHECK (confidence BETWEEN 0 AND 1),
	lon DOUBLE PRECISION NOT NULL,
	lat DOUBLE PRECISION NOT NULL,
	snapshot_evidence_id BIGINT REFERENCES evidence_file (id),
	snapshot_url VARCHAR(1000),
	status VARCHAR(12) NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'DISMISSED', 'CLOSED', 'MERGED', 'FILTERED')),
	-- The lead's report and case; a merged alarm points at its lead.
	report_id BIGINT REFERENCES intake_report (id),
	lead_id BIGINT REFERENCES video_alarm (id),
	-- The lead's latest occurrence (its own or a merged one's): the window runs from here.
	last_seen_at TIMESTAMPTZ NOT NULL,
	merged_count INT NOT NULL DEFAULT 0,
	dismiss_reason VARCHAR(500),
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT video_alarm_key UNIQUE (platform_id, alarm_id),
	CONSTRAINT video_alarm_lead CHECK ((status = 'MERGED') = (lead_id IS NOT NULL)),
	CONSTRAINT video_alarm_case CHECK ((status IN ('MERGED', 'FILTERED')) = (report_id IS NULL))
);
-- The open lead of a camera and category (D4): only PENDING/CONFIRMED leads are candidates.
CREATE INDEX video_alarm_open_lead_idx ON video_alarm (camera_id, merge_key, last_seen_at)
	WHERE status IN ('PENDING', 'CONFIRMED');
CREATE UNIQUE INDEX video_alarm_report_idx ON video_alarm (report_id) WHERE report_id IS NOT NULL;
CREATE INDEX video_alarm_lead_idx ON video_alarm (lead_id) WHERE lead_id IS NOT NULL;

-- Dahua DPSDK 智能城管 codes and the other vendor's names (domain.md §4.3), mapped to 事项 of GB/T 47678.5.
INSERT INTO video_alarm_type (vendor, alarm_code, name, category_id)
SELECT t.vendor, t.alarm_code, t.name,
	(SELECT c.id FROM category_item c WHERE c.kind = t.kind AND c.code = t.code AND NOT c.local_extension
		ORDER BY c.id LIMIT 1)
FROM (VALUES
	('DAHUA', '882', '商铺占道经营', 'EVENT', '09005'),
	('DAHUA', '883', '垃圾违章倾倒', 'EVENT', '06036'),
	('DAHUA', '887', '游摊小贩', 'EVENT', '09001'),
	('DAHUA', '890', '暴露垃圾', 'EVENT', '06010'),
	('DAHUA', '891', '违规撑伞', 'EVENT', '09006'),
	('DAHUA', '892', '门前脏乱', 'EVENT', '06012'),
	('DAHUA', '893', '机动车违停', 'EVENT', '09009'),
	('DAHUA', '894', '非机动车违停', 'EVENT', '09010'),
	('DAHUA', '895', '垃圾桶满溢', 'EVENT', '06042'),
	('GENERIC', 'GarbageExposed', '暴露垃圾', 'EVENT', '06010'),
	('GENERIC', 'GarbageOverflow', '垃圾满溢', 'EVENT', '06042'),
	('GENERIC', 'RoadOccupatedInOperation', '占道经营', 'EVENT', '09006'),
	('GENERIC', 'UnlicensedBusinessVendor', '无照经营游商', 'EVENT', '09001'),
	('GENERIC', 'RoadPonding', '道路积水', 'COMPONENT', '01004')
) AS t (vendor, alarm_code, name, kind, code);
