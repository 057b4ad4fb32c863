-- Organisation tree (局 → 大队 / 股室 / 指挥中心 → 中队), staff, roles and their fine-grained authorities.
CREATE TABLE staff_org_unit (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(32) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	type VARCHAR(20) NOT NULL,
	parent_id BIGINT REFERENCES staff_org_unit (id),
	sort_order INT NOT NULL DEFAULT 0,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT staff_org_unit_root_is_bureau CHECK ((parent_id IS NULL) = (type = 'BUREAU'))
);
CREATE INDEX staff_org_unit_parent_idx ON staff_org_unit (parent_id);
-- Only one bureau root.
CREATE UNIQUE INDEX staff_org_unit_one_root ON staff_org_unit ((parent_id IS NULL)) WHERE parent_id IS NULL;

-- 辖区: administrative-division codes (district 6, street 9, community 12 digits) assigned to a unit.
CREATE TABLE staff_org_unit_region (
	org_unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id) ON DELETE CASCADE,
	region_code VARCHAR(12) NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
	PRIMARY KEY (org_unit_id, region_code)
);

CREATE TABLE staff_authority (
	code VARCHAR(64) PRIMARY KEY,
	module VARCHAR(32) NOT NULL,
	-- An enforcement authority is never held by a 协管员 and needs a valid 执法证.
	enforcement BOOLEAN NOT NULL DEFAULT FALSE,
	sort_order INT NOT NULL DEFAULT 0
);

CREATE TABLE staff_role (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(40) NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
	name VARCHAR(50) NOT NULL,
	built_in BOOLEAN NOT NULL DEFAULT FALSE,
	sort_order INT NOT NULL DEFAULT 0,
	version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE staff_role_authority (
	role_id BIGINT NOT NULL REFERENCES staff_role (id) ON DELETE CASCADE,
	authority_code VARCHAR(64) NOT NULL REFERENCES staff_authority (code),
	PRIMARY KEY (role_id, authority_code)
);

CREATE TABLE staff_member (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	username VARCHAR(40) NOT NULL,
	password_hash VARCHAR(200) NOT NULL,
	name VARCHAR(50) NOT NULL,
	phone VARCHAR(20),
	org_unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	auxiliary BOOLEAN NOT NULL DEFAULT FALSE,
	certificate_no VARCHAR(32),
	certificate_valid_from DATE,
	certificate_valid_to DATE,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	failed_attempts INT NOT NULL DEFAULT 0,
	locked_until TIMESTAMP WITH TIME ZONE,
	password_changed_at TIMESTAMP WITH TIME ZONE,
	demo_credentials BOOLEAN NOT NULL DEFAULT FALSE,
	version BIGINT NOT NULL DEFAULT 0,
	-- 协管员 hold no 执法证 (安阳市城市管理综合执法条例 第七条: auxiliary work only).
	CONSTRAINT staff_member_auxiliary_no_certificate CHECK (NOT auxiliary OR certificate_no IS NULL),
	CONSTRAINT staff_member_certificate_period CHECK (certificate_valid_to IS NULL OR certificate_valid_from IS NULL
		OR certificate_valid_to >= certificate_valid_from)
);
CREATE UNIQUE INDEX staff_member_username_idx ON staff_member (lower(username));
CREATE UNIQUE INDEX staff_member_certificate_idx ON staff_member (certificate_no) WHERE certificate_no IS NOT NULL;
CREATE INDEX staff_member_org_unit_idx ON staff_member (org_unit_id);

CREATE TABLE staff_member_role (
	member_id BIGINT NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
	role_id BIGINT NOT NULL REFERENCES staff_role (id),
	PRIMARY KEY (member_id, role_id)
);
CREATE INDEX staff_member_role_role_idx ON staff_member_role (role_id);
