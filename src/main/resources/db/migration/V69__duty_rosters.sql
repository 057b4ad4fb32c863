-- 勤务 (issue 13 §4): a unit's roster (排班) of shifts with their staff and the responsibility grids they cover; each
-- officer reports going on and off duty from the phone with the position (单兵勤务报备); while on duty, and only after
-- the officer's consent, the phone may record the patrol track, kept per shift for a configured period. The grids the
-- track passed through are the shift's coverage (日巡查).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('duty:report', 'duty', FALSE, 42),
	('duty:roster', 'duty', FALSE, 43);

-- everyone who patrols reports on and off duty; the squads' leaders and the command centre's 值班长 keep rosters
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'duty:report' FROM staff_role WHERE code IN ('GRID_OFFICER', 'INSPECTOR', 'ENFORCEMENT_OFFICER', 'AUXILIARY',
	'SQUAD_LEADER', 'BRIGADE_LEADER');
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'duty:roster' FROM staff_role WHERE code IN ('SQUAD_LEADER', 'BRIGADE_LEADER', 'SHIFT_LEADER');

CREATE TABLE duty_shift (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	name VARCHAR(40) NOT NULL,
	day DATE NOT NULL,
	starts_at TIMESTAMPTZ NOT NULL,
	ends_at TIMESTAMPTZ NOT NULL,
	-- 带班: who leads the shift
	leader_id BIGINT NOT NULL REFERENCES staff_member (id),
	created_by VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT duty_shift_times CHECK (ends_at > starts_at AND ends_at <= starts_at + INTERVAL '16 hours')
);
CREATE INDEX duty_shift_unit_day_idx ON duty_shift (unit_id, day);

CREATE TABLE duty_shift_member (
	shift_id BIGINT NOT NULL REFERENCES duty_shift (id),
	staff_id BIGINT NOT NULL REFERENCES staff_member (id),
	PRIMARY KEY (shift_id, staff_id)
);
CREATE INDEX duty_shift_member_staff_idx ON duty_shift_member (staff_id);

CREATE TABLE duty_shift_grid (
	shift_id BIGINT NOT NULL REFERENCES duty_shift (id),
	responsibility_grid_id BIGINT NOT NULL REFERENCES grid_responsibility_grid (id),
	PRIMARY KEY (shift_id, responsibility_grid_id)
);

-- 单兵勤务报备: one per member and shift, from 上岗 to 下岗, with where each was reported.
CREATE TABLE duty_attendance (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	shift_id BIGINT NOT NULL REFERENCES duty_shift (id),
	staff_id BIGINT NOT NULL REFERENCES staff_member (id),
	on_at TIMESTAMPTZ NOT NULL,
	on_lon DOUBLE PRECISION,
	on_lat DOUBLE PRECISION,
	off_at TIMESTAMPTZ,
	off_lon DOUBLE PRECISION,
	off_lat DOUBLE PRECISION,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT duty_attendance_once UNIQUE (shift_id, staff_id),
	CONSTRAINT duty_attendance_order CHECK (off_at IS NULL OR off_at >= on_at)
);

-- The officer's consent to the patrol track (个人信息保护法 第十三条、第十四条: consent, informed and withdrawable).
CREATE TABLE duty_track_consent (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	staff_id BIGINT NOT NULL REFERENCES staff_member (id),
	given_at TIMESTAMPTZ NOT NULL,
	withdrawn_at TIMESTAMPTZ,
	CONSTRAINT duty_track_consent_order CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);
CREATE UNIQUE INDEX duty_track_consent_open_idx ON duty_track_consent (staff_id) WHERE withdrawn_at IS NULL;

CREATE TABLE duty_track_point (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	attendance_id BIGINT NOT NULL REFERENCES duty_attendance (id),
	at TIMESTAMPTZ NOT NULL,
	lon DOUBLE PRECISION NOT NULL,
	lat DOUBLE PRECISION NOT NULL,
	accuracy_m INT,
	unit_grid_code VARCHAR(15)
);
CREATE INDEX duty_track_point_attendance_idx ON duty_track_point (attendance_id, at);
CREATE INDEX duty_track_point_at_idx ON duty_track_point (at);
