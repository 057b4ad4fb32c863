-- 考核方案 (domain.md §9.2) as data: each item turns one indicator into points (RATE: rate × weight; ONE_MINUS_RATE:
-- (1 − rate) × weight; PENALTY_PER_UNIT: weight − count × per_unit, at most cap taken). A scheme changes only by a new
-- version with its reason; an assessment keeps the version it was computed with. Items name indicators, and no
-- indicator is an amount of money: no scheme can score fines, and no fine quota can be set (《行政处罚法》第七十四条).
CREATE TABLE supervision_scheme (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(30) NOT NULL CHECK (code ~ '^[A-Z0-9-]+$'),
	version INT NOT NULL CHECK (version > 0),
	name VARCHAR(100) NOT NULL,
	valid_from DATE NOT NULL,
	reason VARCHAR(500),
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT supervision_scheme_version UNIQUE (code, version),
	CONSTRAINT supervision_scheme_reason CHECK (version = 1 OR reason IS NOT NULL)
);

CREATE TABLE supervision_scheme_item (
	scheme_id BIGINT NOT NULL REFERENCES supervision_scheme (id),
	position INT NOT NULL,
	indicator VARCHAR(30) NOT NULL,
	weight NUMERIC(6, 2) NOT NULL CHECK (weight > 0),
	transform VARCHAR(20) NOT NULL CHECK (transform IN ('RATE', 'ONE_MINUS_RATE', 'PENALTY_PER_UNIT')),
	per_unit NUMERIC(6, 2) NOT NULL DEFAULT 0 CHECK (per_unit >= 0),
	cap NUMERIC(6, 2) NOT NULL CHECK (cap >= 0 AND cap <= weight),
	PRIMARY KEY (scheme_id, position)
);

-- 成都金牛 数字城管 100 分：处置率×30 + 按期处置率×20 + (1−返工率)×20 + (1−超期待处置率)×20 + (1−延期率)×10
INSERT INTO supervision_scheme (code, version, name, valid_from, created_by, created_at)
VALUES ('JINNIU', 1, '数字城管考核（100分，金牛区例）', DATE '2020-01-01', 'system', TIMESTAMPTZ '2026-12-01 00:00:00+08');
INSERT INTO supervision_scheme_item (scheme_id, position, indicator, weight, transform, cap)
SELECT id, p, i, w, t, w FROM supervision_scheme,
	(VALUES (1, 'DISPOSE_RATE', 30, 'RATE'), (2, 'ON_TIME_DISPOSE_RATE', 20, 'RATE'),
	        (3, 'REWORK_RATE', 20, 'ONE_MINUS_RATE'), (4, 'OVERDUE_OPEN_RATE', 20, 'ONE_MINUS_RATE'),
	        (5, 'EXTENSION_RATE', 10, 'ONE_MINUS_RATE')) AS items (p, i, w, t)
WHERE code = 'JINNIU';

-- 按时结案得分 = 常规案件按时结案数 / 常规案件应结案数 × 100 % × 60
INSERT INTO supervision_scheme (code, version, name, valid_from, created_by, created_at)
VALUES ('ON-TIME-60', 1, '按时结案（60分）', DATE '2020-01-01', 'system', TIMESTAMPTZ '2026-12-01 00:00:00+08');
INSERT INTO supervision_scheme_item (scheme_id, position, indicator, weight, transform, cap)
SELECT id, 1, 'ON_TIME_CLOSE_RATE', 60, 'RATE', 60 FROM supervision_scheme WHERE code = 'ON-TIME-60';
