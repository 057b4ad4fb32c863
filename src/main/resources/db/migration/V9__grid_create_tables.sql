-- 网格: district → street → community (行政区划 codes of 6, 9 and 12 digits) → unit grid (万米单元网格, 15 digits),
-- and responsibility grids (责任网格) that group unit grids and have members (一格多员).
-- Polygons are WKB in WGS84/CGCS2000 lon/lat; point-in-polygon runs in Java (JTS), as PostGIS is not available.
CREATE TABLE grid_region (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(12) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	level VARCHAR(12) NOT NULL CHECK (level IN ('DISTRICT', 'STREET', 'COMMUNITY')),
	parent_id BIGINT REFERENCES grid_region (id),
	geometry BYTEA NOT NULL,
	area_m2 DOUBLE PRECISION NOT NULL,
	CONSTRAINT grid_region_code_format CHECK (code ~ ('^[0-9]{' ||
		CASE level WHEN 'DISTRICT' THEN 6 WHEN 'STREET' THEN 9 ELSE 12 END || '}$')),
	CONSTRAINT grid_region_parent CHECK ((level = 'DISTRICT') = (parent_id IS NULL))
);
CREATE INDEX grid_region_parent_idx ON grid_region (parent_id);

CREATE TABLE grid_unit_grid (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- 6-digit district + 3 street + 3 community + 3 sequence; codes never change (re-gridding makes new grids).
	code VARCHAR(15) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{15}$'),
	community_id BIGINT NOT NULL REFERENCES grid_region (id),
	geometry BYTEA NOT NULL,
	area_m2 DOUBLE PRECISION NOT NULL,
	centroid_lon DOUBLE PRECISION NOT NULL,
	centroid_lat DOUBLE PRECISION NOT NULL,
	valid_from DATE NOT NULL,
	valid_to DATE
);
CREATE INDEX grid_unit_grid_community_idx ON grid_unit_grid (community_id);

CREATE TABLE grid_responsibility_grid (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(32) NOT NULL UNIQUE,
	name VARCHAR(100) NOT NULL,
	-- A responsibility grid never crosses a street boundary (domain.md §3.1).
	street_id BIGINT NOT NULL REFERENCES grid_region (id),
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX grid_responsibility_grid_street_idx ON grid_responsibility_grid (street_id);

CREATE TABLE grid_responsibility_unit (
	responsibility_grid_id BIGINT NOT NULL REFERENCES grid_responsibility_grid (id) ON DELETE CASCADE,
	-- Each unit grid sits in at most one responsibility grid.
	unit_grid_id BIGINT NOT NULL UNIQUE REFERENCES grid_unit_grid (id),
	PRIMARY KEY (responsibility_grid_id, unit_grid_id)
);

CREATE TABLE grid_member (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	responsibility_grid_id BIGINT NOT NULL REFERENCES grid_responsibility_grid (id) ON DELETE CASCADE,
	staff_id BIGINT NOT NULL REFERENCES staff_member (id),
	role VARCHAR(30) NOT NULL CHECK (role IN ('GRID_OFFICER', 'ENFORCEMENT_OFFICER', 'AUXILIARY', 'INSPECTOR',
		'SANITATION', 'COMMUNITY_LIAISON')),
	since DATE NOT NULL,
	CONSTRAINT grid_member_once UNIQUE (responsibility_grid_id, staff_id, role)
);
CREATE INDEX grid_member_staff_idx ON grid_member (staff_id);

-- Bumped by every import, so that each instance rebuilds its in-memory point index.
CREATE TABLE grid_index_version (
	id INT PRIMARY KEY CHECK (id = 1),
	version BIGINT NOT NULL
);
INSERT INTO grid_index_version (id, version) VALUES (1, 0);
