-- The gazetteer of a city besides its regions (issue 9 §4): roads and landmarks by name with a point, so that a
-- 受理员 finds where a caller means ("和平路与建设路口", "人民公园") and drops the pin there. Communities are found by
-- their region names already; a bureau may load 天地图 geocoding later instead.
CREATE TABLE grid_place (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name VARCHAR(100) NOT NULL,
	kind VARCHAR(10) NOT NULL CHECK (kind IN ('ROAD', 'LANDMARK')),
	lon DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
	lat DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
	CONSTRAINT grid_place_once UNIQUE (name, kind)
);
