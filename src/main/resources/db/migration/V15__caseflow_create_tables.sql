-- 案卷: the case of every report through 受理 → 立案 → 派遣 → 处置 → 核查 → 结案 (domain.md §6), its timeline
-- (every transition, never changed) and its per-stage timers on the working calendar.
CREATE TABLE caseflow_case (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- AJ + yyyyMMdd + 6-digit daily sequence (domain.md §4.2)
	number VARCHAR(16) NOT NULL UNIQUE,
	report_id BIGINT NOT NULL UNIQUE REFERENCES intake_report (id),
	source VARCHAR(20) NOT NULL,
	status VARCHAR(20) NOT NULL,
	category_id BIGINT REFERENCES category_item (id),
	-- kind letter + code (E06010, C01037), as Open311 service codes; duplicate hints compare families by it
	category_key VARCHAR(6),
	condition_id BIGINT REFERENCES category_condition (id),
	priority VARCHAR(10),
	urgent BOOLEAN NOT NULL,
	summary VARCHAR(200) NOT NULL,
	address VARCHAR(300),
	lon DOUBLE PRECISION,
	lat DOUBLE PRECISION,
	unit_grid_code VARCHAR(15),
	community_code VARCHAR(12),
	street_code VARCHAR(9),
	district_code VARCHAR(6),
	unit_id BIGINT REFERENCES staff_org_unit (id),
	dispose_limit_amount INT,
	dispose_limit_unit VARCHAR(20),
	designated BOOLEAN NOT NULL DEFAULT FALSE,
	return_count INT NOT NULL DEFAULT 0,
	extension_count INT NOT NULL DEFAULT 0,
	rework_count INT NOT NULL DEFAULT 0,
	supervision_level VARCHAR(4),
	self_disposed BOOLEAN NOT NULL DEFAULT FALSE,
	overdue_level VARCHAR(10) NOT NULL DEFAULT 'NORMAL',
	duplicate_of_id BIGINT REFERENCES caseflow_case (id),
	-- the nearest open case of the same family found at intake (a hint for the 受理员, never merged automatically)
	suspected_duplicate_of_id BIGINT REFERENCES caseflow_case (id),
	received_at TIMESTAMPTZ NOT NULL,
	dispose_due_at TIMESTAMPTZ,
	hold_until DATE,
	closed_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX caseflow_case_received_idx ON caseflow_case (received_at DESC, id DESC);
CREATE INDEX caseflow_case_open_point_idx ON caseflow_case (lat, lon)
	WHERE status NOT IN ('CLOSED', 'REJECTED', 'DECLINED', 'CANCELLED', 'MERGED');
CREATE INDEX caseflow_case_status_idx ON caseflow_case (status, received_at DESC, id DESC);

CREATE TABLE caseflow_transition (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	case_id BIGINT NOT NULL REFERENCES caseflow_case (id),
	seq INT NOT NULL,
	action VARCHAR(24) NOT NULL,
	from_status VARCHAR(20),
	to_status VARCHAR(20) NOT NULL,
	-- NULL: the system or a platform, named in actor_name
	actor_id BIGINT REFERENCES staff_member (id),
	actor_name VARCHAR(100) NOT NULL,
	opinion VARCHAR(2000),
	evidence_ids BIGINT[] NOT NULL DEFAULT '{}',
	at TIMESTAMPTZ NOT NULL,
	UNIQUE (case_id, seq)
);

CREATE TABLE caseflow_timer (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	case_id BIGINT NOT NULL REFERENCES caseflow_case (id),
	stage VARCHAR(12) NOT NULL,
	limit_amount INT NOT NULL,
	limit_unit VARCHAR(20) NOT NULL,
	started_at TIMESTAMPTZ NOT NULL,
	due_at TIMESTAMPTZ NOT NULL,
	provisional BOOLEAN NOT NULL,
	paused_at TIMESTAMPTZ,
	stopped_at TIMESTAMPTZ,
	level VARCHAR(10) NOT NULL DEFAULT 'NORMAL'
);
CREATE INDEX caseflow_timer_case_idx ON caseflow_timer (case_id);
CREATE INDEX caseflow_timer_running_idx ON caseflow_timer (due_at) WHERE stopped_at IS NULL;
