-- The statistics read model (domain.md §9.1, §10): one row of counted facts per case, kept by the supervision module
-- from the events of the case loop and the hotline in the transaction that moved the case, and narrow additive
-- rollups per day of receipt × one grouping (district, street, community, grid, unit, category, source), rebuilt
-- from the facts for every day with a changed fact. Every rate is computed from the rollups at query time; the
-- dashboards never read the workflow tables. Flags are 0/1 so that a rollup is a plain sum. No amount of money is kept
-- here (《行政处罚法》第七十四条).
CREATE TABLE supervision_case_fact (
	case_id BIGINT PRIMARY KEY,
	received_day DATE NOT NULL,
	district_code VARCHAR(6),
	street_code VARCHAR(9),
	community_code VARCHAR(12),
	unit_grid_code VARCHAR(15),
	unit_id BIGINT,
	category_key VARCHAR(6),
	source VARCHAR(20) NOT NULL,
	-- an approved 申诉 takes the case out of the adjusted figures; the raw ones keep it
	appealed BOOLEAN NOT NULL DEFAULT FALSE,
	cases SMALLINT NOT NULL DEFAULT 1,
	reported SMALLINT NOT NULL,
	accepted_on_time SMALLINT NOT NULL,
	registered SMALLINT NOT NULL,
	registered_on_time SMALLINT NOT NULL,
	cancelled SMALLINT NOT NULL,
	on_hold SMALLINT NOT NULL,
	closed SMALLINT NOT NULL,
	closed_on_time SMALLINT NOT NULL,
	dispatched SMALLINT NOT NULL,
	dispatched_on_time SMALLINT NOT NULL,
	dispatched_cancelled SMALLINT NOT NULL,
	misrouted SMALLINT NOT NULL,
	self_disposed SMALLINT NOT NULL,
	disposed SMALLINT NOT NULL,
	disposed_on_time SMALLINT NOT NULL,
	overdue_open SMALLINT NOT NULL,
	reworked SMALLINT NOT NULL,
	extended SMALLINT NOT NULL,
	checked SMALLINT NOT NULL,
	checked_on_time SMALLINT NOT NULL,
	passed_first_check SMALLINT NOT NULL,
	patrol_found SMALLINT NOT NULL,
	accept_minutes INT NOT NULL,
	accept_count SMALLINT NOT NULL,
	dispose_minutes INT NOT NULL,
	dispose_count SMALLINT NOT NULL,
	orders SMALLINT NOT NULL,
	orders_signed_on_time SMALLINT NOT NULL,
	orders_due SMALLINT NOT NULL,
	orders_replied SMALLINT NOT NULL,
	visits SMALLINT NOT NULL,
	resolved SMALLINT NOT NULL,
	satisfied SMALLINT NOT NULL,
	basically_satisfied SMALLINT NOT NULL,
	-- changed since its day was last rolled up
	dirty BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX supervision_case_fact_day_idx ON supervision_case_fact (received_day);
CREATE INDEX supervision_case_fact_dirty_idx ON supervision_case_fact (received_day) WHERE dirty;

CREATE TABLE supervision_rollup (
	grouping VARCHAR(10) NOT NULL
		CHECK (grouping IN ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'UNIT', 'CATEGORY', 'SOURCE')),
	-- the code, unit id or source; '' where the case has none yet (not located, not dispatched)
	group_key VARCHAR(20) NOT NULL,
	day DATE NOT NULL,
	appealed BOOLEAN NOT NULL,
	cases INT NOT NULL,
	reported INT NOT NULL,
	accepted_on_time INT NOT NULL,
	registered INT NOT NULL,
	registered_on_time INT NOT NULL,
	cancelled INT NOT NULL,
	on_hold INT NOT NULL,
	closed INT NOT NULL,
	closed_on_time INT NOT NULL,
	dispatched INT NOT NULL,
	dispatched_on_time INT NOT NULL,
	dispatched_cancelled INT NOT NULL,
	misrouted INT NOT NULL,
	self_disposed INT NOT NULL,
	disposed INT NOT NULL,
	disposed_on_time INT NOT NULL,
	overdue_open INT NOT NULL,
	reworked INT NOT NULL,
	extended INT NOT NULL,
	checked INT NOT NULL,
	checked_on_time INT NOT NULL,
	passed_first_check INT NOT NULL,
	patrol_found INT NOT NULL,
	accept_minutes BIGINT NOT NULL,
	accept_count INT NOT NULL,
	dispose_minutes BIGINT NOT NULL,
	dispose_count INT NOT NULL,
	orders INT NOT NULL,
	orders_signed_on_time INT NOT NULL,
	orders_due INT NOT NULL,
	orders_replied INT NOT NULL,
	visits INT NOT NULL,
	resolved INT NOT NULL,
	satisfied INT NOT NULL,
	basically_satisfied INT NOT NULL,
	PRIMARY KEY (grouping, group_key, day, appealed)
);
CREATE INDEX supervision_rollup_day_idx ON supervision_rollup (grouping, day);

-- The nightly check: the facts of the open months recomputed from the workflow tables and compared with the read
-- model, and the rollups with their facts. A difference is a bug; the run keeps a sample of it.
CREATE TABLE supervision_check_run (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	started_at TIMESTAMPTZ NOT NULL,
	finished_at TIMESTAMPTZ NOT NULL,
	from_day DATE NOT NULL,
	to_day DATE NOT NULL,
	cases INT NOT NULL,
	fact_differences INT NOT NULL,
	rollup_differences INT NOT NULL,
	sample VARCHAR(2000)
);
