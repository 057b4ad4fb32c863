-- 受理: the platforms allowed to push reports (hotline, video, Open311), and every report exactly as it arrived from
-- any channel (domain.md §4.2). Reporter contact data is encrypted by the application (AES-GCM) and never stored plain.
CREATE TABLE intake_api_client (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(40) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	channel VARCHAR(20) NOT NULL CHECK (channel IN ('HOTLINE_12345', 'HOTLINE_12319', 'VIDEO_AI', 'OPEN311')),
	-- SHA-256 of the API key (hex); the key itself is shown once to the administrator and never stored.
	key_hash VARCHAR(64) NOT NULL UNIQUE,
	enabled BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE intake_report (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source VARCHAR(20) NOT NULL,
	-- 工单号 / alarm id / Open311 id: a platform's retry finds the first report by (source, external_ref).
	external_ref VARCHAR(80),
	client_id BIGINT REFERENCES intake_api_client (id),
	reported_at TIMESTAMPTZ NOT NULL,
	received_at TIMESTAMPTZ NOT NULL,
	category_id BIGINT REFERENCES category_item (id),
	category_text VARCHAR(100),
	urgent BOOLEAN NOT NULL,
	description VARCHAR(4000) NOT NULL,
	address VARCHAR(300),
	lon DOUBLE PRECISION CHECK (lon BETWEEN -180 AND 180),
	lat DOUBLE PRECISION CHECK (lat BETWEEN -90 AND 90),
	location_method VARCHAR(20) NOT NULL,
	unit_grid_code VARCHAR(15),
	community_code VARCHAR(12),
	street_code VARCHAR(9),
	district_code VARCHAR(6),
	reporter_name VARCHAR(400),
	reporter_phone VARCHAR(400),
	reporter_phone_hash VARCHAR(64),
	reported_by BIGINT REFERENCES staff_member (id),
	self_disposed BOOLEAN NOT NULL DEFAULT FALSE,
	CONSTRAINT intake_report_external_ref UNIQUE (source, external_ref),
	CONSTRAINT intake_report_point CHECK ((lon IS NULL) = (lat IS NULL)),
	CONSTRAINT intake_report_grid CHECK ((unit_grid_code IS NULL) = (street_code IS NULL))
);
CREATE INDEX intake_report_phone_idx ON intake_report (reporter_phone_hash) WHERE reporter_phone_hash IS NOT NULL;

-- Photos and files of a report: stored evidence, or a link the platform gave us (fetched later, never trusted as is).
CREATE TABLE intake_attachment (
	report_id BIGINT NOT NULL REFERENCES intake_report (id),
	position INT NOT NULL,
	stage VARCHAR(10) NOT NULL CHECK (stage IN ('BEFORE', 'AFTER')),
	evidence_id BIGINT REFERENCES evidence_file (id),
	url VARCHAR(1000),
	name VARCHAR(200) NOT NULL,
	PRIMARY KEY (report_id, position),
	CHECK (evidence_id IS NOT NULL OR url IS NOT NULL)
);
