-- 管理部件 / 管理事项 category book (domain.md §5): categories, their 立案条件 with 处置时限 and 结案条件, and routing
-- rules (region or unit grid × category → responsible unit).
CREATE TABLE category_item (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind VARCHAR(10) NOT NULL CHECK (kind IN ('COMPONENT', 'EVENT')),
	-- 2-digit 大类 (a class header) or 2-digit 大类 + 3-digit 小类.
	code VARCHAR(5) NOT NULL CHECK (code ~ '^[0-9]{2}([0-9]{3})?$'),
	name VARCHAR(60) NOT NULL,
	standard_ref VARCHAR(80) NOT NULL,
	-- Local extensions live in 大类 90–99 (domain.md §5.1, [PROPOSAL]).
	local_extension BOOLEAN NOT NULL DEFAULT FALSE,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	version BIGINT NOT NULL DEFAULT 0,
	-- The same code exists as 部件 and as 事项: the key is (kind, code, standard).
	CONSTRAINT category_item_key UNIQUE (kind, code, standard_ref),
	CONSTRAINT category_item_local_range CHECK (NOT local_extension OR substring(code, 1, 2) BETWEEN '90' AND '99')
);

CREATE TABLE category_condition (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	category_id BIGINT NOT NULL REFERENCES category_item (id),
	description VARCHAR(200) NOT NULL,
	priority VARCHAR(10) NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL')),
	limit_amount INT NOT NULL CHECK (limit_amount BETWEEN 1 AND 3660),
	limit_unit VARCHAR(20) NOT NULL CHECK (limit_unit IN ('URGENT_HOUR', 'WORKING_HOUR', 'WORKING_DAY')),
	close_condition VARCHAR(200) NOT NULL,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX category_condition_category_idx ON category_condition (category_id);

CREATE TABLE category_route (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- NULL: every category in the region.
	category_id BIGINT REFERENCES category_item (id),
	-- A district, street, community (6, 9, 12 digits) or unit grid (15 digits) code; the longest match wins.
	region_code VARCHAR(15) NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
	org_unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id)
);
CREATE UNIQUE INDEX category_route_key ON category_route (region_code, coalesce(category_id, 0));
