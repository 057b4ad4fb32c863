-- 执法记录仪与无人机 (issue 13 §6, domain.md §8.13): devices registered as enforcement devices only after their legal and
-- technical review (《行政处罚法》第四十一条, as video's cameras are); footage and photos imported by upload or from a
-- watched folder with the device, the captured time and position and who captured them, stored once in the evidence
-- store with their SHA-256; every import, viewing, download and link kept in an append-only chain of custody; linked
-- to a loop case, a penalty proceeding (as 视听资料, 第四十六条) or a campaign; a drone flight's located findings can
-- open cases.
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('footage:view', 'footage', FALSE, 47),
	('footage:upload', 'footage', FALSE, 48),
	('footage:manage', 'footage', FALSE, 49);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'footage:view' FROM staff_role WHERE code IN ('ENFORCEMENT_OFFICER', 'SQUAD_LEADER', 'BRIGADE_LEADER',
	'LEGAL_REVIEWER', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'SUPERVISOR', 'ENFORCEMENT_SECTION', 'AUXILIARY');
-- who wears a body camera or flies a drone brings its footage in; an auxiliary records, never decides (domain.md §2.2)
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'footage:upload' FROM staff_role WHERE code IN ('ENFORCEMENT_OFFICER', 'SQUAD_LEADER', 'BRIGADE_LEADER',
	'AUXILIARY', 'ENFORCEMENT_SECTION');
-- the 执法股 keeps the register of devices and their reviews
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'footage:manage' FROM staff_role WHERE code = 'ENFORCEMENT_SECTION';

CREATE TABLE footage_device (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- 设备编号 as the device writes it into its files and folders
	code VARCHAR(40) NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]*$'),
	kind VARCHAR(12) NOT NULL CHECK (kind IN ('BODY_CAMERA', 'DRONE')),
	name VARCHAR(60) NOT NULL,
	model VARCHAR(60) NOT NULL,
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	-- who wears it (a body camera is issued to a person); NULL: the unit's pool
	holder_id BIGINT REFERENCES staff_member (id),
	-- 《行政处罚法》第四十一条：经过法制和技术审核，确保符合标准、设置合理、标志明显，设置地点向社会公布
	review_ref VARCHAR(60) NOT NULL,
	review_approved_on DATE NOT NULL,
	published_on DATE NOT NULL,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT footage_device_review_order CHECK (published_on >= review_approved_on)
);

-- 无人机巡查: one flight of a drone, its pilot and purpose; its findings are located and may each open a case.
CREATE TABLE footage_flight (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	device_id BIGINT NOT NULL REFERENCES footage_device (id),
	pilot_id BIGINT NOT NULL REFERENCES staff_member (id),
	flown_on DATE NOT NULL,
	purpose VARCHAR(200) NOT NULL,
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE footage (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	device_id BIGINT NOT NULL REFERENCES footage_device (id),
	evidence_id BIGINT NOT NULL REFERENCES evidence_file (id),
	captured_at TIMESTAMPTZ NOT NULL,
	lon DOUBLE PRECISION,
	lat DOUBLE PRECISION,
	captured_by_id BIGINT NOT NULL REFERENCES staff_member (id),
	description VARCHAR(500),
	imported_via VARCHAR(8) NOT NULL CHECK (imported_via IN ('UPLOAD', 'FOLDER')),
	imported_by VARCHAR(60) NOT NULL,
	imported_at TIMESTAMPTZ NOT NULL,
	flight_id BIGINT REFERENCES footage_flight (id),
	CONSTRAINT footage_position CHECK ((lon IS NULL) = (lat IS NULL))
);
CREATE INDEX footage_captured_idx ON footage (captured_at DESC);
CREATE INDEX footage_device_idx ON footage (device_id, captured_at);

CREATE TABLE footage_link (
	footage_id BIGINT NOT NULL REFERENCES footage (id),
	target VARCHAR(12) NOT NULL CHECK (target IN ('CASE', 'PROCEEDING', 'CAMPAIGN')),
	target_id BIGINT NOT NULL,
	linked_by VARCHAR(60) NOT NULL,
	linked_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (footage_id, target, target_id)
);
CREATE INDEX footage_link_target_idx ON footage_link (target, target_id);

-- 证据保管链: who did what to a piece of footage, when; rows are never changed or removed.
CREATE TABLE footage_custody (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	footage_id BIGINT NOT NULL REFERENCES footage (id),
	at TIMESTAMPTZ NOT NULL,
	actor VARCHAR(60) NOT NULL,
	action VARCHAR(12) NOT NULL CHECK (action IN ('IMPORTED', 'VIEWED', 'DOWNLOADED', 'LINKED', 'VERIFIED')),
	detail VARCHAR(200)
);
CREATE INDEX footage_custody_footage_idx ON footage_custody (footage_id, id);

CREATE FUNCTION footage_custody_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'footage_custody is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER footage_custody_no_change BEFORE UPDATE OR DELETE ON footage_custody
	FOR EACH ROW EXECUTE FUNCTION footage_custody_append_only();

CREATE TABLE footage_finding (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	flight_id BIGINT NOT NULL REFERENCES footage_flight (id),
	lon DOUBLE PRECISION NOT NULL,
	lat DOUBLE PRECISION NOT NULL,
	category_id BIGINT NOT NULL REFERENCES category_item (id),
	description VARCHAR(500) NOT NULL,
	-- 违法建设: the area seen from above, in m²
	area_m2 NUMERIC(10, 2) CHECK (area_m2 > 0),
	footage_id BIGINT REFERENCES footage (id),
	-- the case it opened, once
	case_id BIGINT REFERENCES caseflow_case (id),
	recorded_by VARCHAR(60) NOT NULL,
	recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX footage_finding_flight_idx ON footage_finding (flight_id);
