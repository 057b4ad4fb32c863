-- 行政处罚案件 (domain.md §8.3–§8.6, §8.14–§8.16): one proceeding from the lead (or the on-the-spot decision) to the
-- decision. Every step is a row of penalty_step, every approval a row of penalty_approval, every period a row of
-- penalty_period with its legal basis and unit; records (笔录, evidence, 先行登记保存, 回避, education) are rows of
-- penalty_record signed by two certified officers.
CREATE TABLE penalty_proceeding (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- CF + year + six-digit sequence of the year
	number VARCHAR(12) NOT NULL UNIQUE,
	procedure VARCHAR(10) NOT NULL CHECK (procedure IN ('SIMPLE', 'ORDINARY')),
	status VARCHAR(24) NOT NULL,
	party_id BIGINT NOT NULL REFERENCES party_party (id),
	source VARCHAR(12) NOT NULL,
	source_case_id BIGINT REFERENCES caseflow_case (id),
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	-- the street and district of the place, for the data scope of squads and brigades
	street_code VARCHAR(9),
	district_code VARCHAR(6),
	handler_id BIGINT NOT NULL REFERENCES staff_member (id),
	co_handler_id BIGINT NOT NULL REFERENCES staff_member (id),
	-- the act (违法事实)
	place VARCHAR(300) NOT NULL,
	facts TEXT NOT NULL,
	act_started_on DATE NOT NULL,
	act_ended_on DATE,
	continuing BOOLEAN NOT NULL DEFAULT FALSE,
	discovered_on DATE NOT NULL,
	-- 《行政处罚法》第三十六条: five years where life, health, safety or financial security was involved and harmed
	grave_harm BOOLEAN NOT NULL DEFAULT FALSE,
	-- the proposal (the 调查终结报告's, then the 告知书's, then the decision's)
	outcome VARCHAR(12),
	benchmark_id BIGINT REFERENCES penalty_benchmark_entry (id),
	discretion_level VARCHAR(12),
	warning BOOLEAN NOT NULL DEFAULT FALSE,
	fine NUMERIC(14, 2),
	-- for a percentage range: the base (建设工程造价) and the percentage chosen
	fine_base NUMERIC(16, 2),
	fine_rate NUMERIC(6, 2),
	confiscation VARCHAR(300),
	confiscation_value NUMERIC(14, 2),
	measures VARCHAR(200),
	correction_order VARCHAR(500),
	correction_due_on DATE,
	mitigation VARCHAR(300),
	discretion_reasons VARCHAR(1000),
	major_flags VARCHAR(100),
	transfer_to VARCHAR(100),
	-- the penalty as the 告知书 stated it: the decision may not be heavier (第四十五条第二款)
	noticed_fine NUMERIC(14, 2),
	noticed_measures VARCHAR(200),
	-- the route as stored when submitted
	tier VARCHAR(2),
	route_reviews VARCHAR(120),
	route_after_notice VARCHAR(60),
	route_delegated BOOLEAN NOT NULL DEFAULT FALSE,
	thresholds_version VARCHAR(40),
	route_round INT NOT NULL DEFAULT 0,
	route_index INT NOT NULL DEFAULT 0,
	-- 《行政处罚法》第五十八条: an approved 法制审核 that still holds (a hearing or a changed penalty ends it)
	legal_review_current BOOLEAN NOT NULL DEFAULT FALSE,
	-- 告知 and the statement period
	notice_served_at TIMESTAMPTZ,
	notice_method VARCHAR(20),
	hearing_eligible BOOLEAN NOT NULL DEFAULT FALSE,
	statement_received BOOLEAN NOT NULL DEFAULT FALSE,
	waived_at TIMESTAMPTZ,
	-- 听证
	hearing_requested_at TIMESTAMPTZ,
	hearing_at TIMESTAMPTZ,
	hearing_place VARCHAR(200),
	hearing_host_id BIGINT REFERENCES staff_member (id),
	hearing_notified_on DATE,
	hearing_public BOOLEAN,
	hearing_outcome VARCHAR(10),
	-- 集体讨论
	discussion_on DATE,
	discussion_chair_id BIGINT REFERENCES staff_member (id),
	discussion_attendees VARCHAR(500),
	discussion_members INT,
	discussion_opinions TEXT,
	discussion_conclusion VARCHAR(1000),
	-- milestones
	opened_at TIMESTAMPTZ NOT NULL,
	filed_at TIMESTAMPTZ,
	concluded_at TIMESTAMPTZ,
	decided_at TIMESTAMPTZ,
	signed_by_id BIGINT REFERENCES staff_member (id),
	-- 简易程序: the pre-printed form's number and the on-the-spot payment
	form_number VARCHAR(30) UNIQUE,
	cash_on_spot BOOLEAN NOT NULL DEFAULT FALSE,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT penalty_two_officers CHECK (handler_id <> co_handler_id),
	CONSTRAINT penalty_act_dates CHECK (act_ended_on IS NULL OR act_ended_on >= act_started_on)
);
CREATE INDEX penalty_proceeding_party_idx ON penalty_proceeding (party_id);
CREATE INDEX penalty_proceeding_status_idx ON penalty_proceeding (status, opened_at DESC);
CREATE INDEX penalty_proceeding_unit_idx ON penalty_proceeding (unit_id, opened_at DESC);
CREATE INDEX penalty_proceeding_handler_idx ON penalty_proceeding (handler_id, opened_at DESC);
CREATE INDEX penalty_proceeding_case_idx ON penalty_proceeding (source_case_id) WHERE source_case_id IS NOT NULL;

CREATE TABLE penalty_step (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	seq INT NOT NULL,
	action VARCHAR(24) NOT NULL,
	from_status VARCHAR(24),
	to_status VARCHAR(24) NOT NULL,
	actor_id BIGINT REFERENCES staff_member (id),
	actor_name VARCHAR(100) NOT NULL,
	opinion VARCHAR(2000),
	at TIMESTAMPTZ NOT NULL,
	CONSTRAINT penalty_step_seq_key UNIQUE (proceeding_id, seq)
);

CREATE TABLE penalty_approval (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	round INT NOT NULL,
	level VARCHAR(24) NOT NULL,
	decision VARCHAR(16) NOT NULL CHECK (decision IN ('APPROVED', 'RETURNED', 'RETURNED_TO_NODE', 'REJECTED',
		'PASSED', 'FAILED')),
	approver_id BIGINT NOT NULL REFERENCES staff_member (id),
	approver_name VARCHAR(100) NOT NULL,
	opinion VARCHAR(2000),
	at TIMESTAMPTZ NOT NULL,
	-- 法制审核: the checklist (管辖权, 当事人, 事实证据, 定性, 适用法律, 处罚适当, 程序合法) as item=OK|ISSUE pairs
	checklist VARCHAR(500)
);
CREATE INDEX penalty_approval_proceeding_idx ON penalty_approval (proceeding_id);
CREATE INDEX penalty_approval_approver_idx ON penalty_approval (approver_id);

CREATE TABLE penalty_period (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	kind VARCHAR(24) NOT NULL,
	basis VARCHAR(200) NOT NULL,
	length INT NOT NULL CHECK (length > 0),
	unit VARCHAR(12) NOT NULL CHECK (unit IN ('WORKING_DAY', 'NATURAL_DAY')),
	starts_on DATE NOT NULL,
	due_on DATE NOT NULL,
	ended_at TIMESTAMPTZ
);
CREATE INDEX penalty_period_open_idx ON penalty_period (due_on) WHERE ended_at IS NULL;
CREATE INDEX penalty_period_proceeding_idx ON penalty_period (proceeding_id);

CREATE TABLE penalty_record (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	seq INT NOT NULL,
	kind VARCHAR(20) NOT NULL,
	title VARCHAR(200) NOT NULL,
	content TEXT NOT NULL,
	-- the two certified officers who took it (《行政处罚法》第四十二条、第五十五条)
	officer_id BIGINT NOT NULL REFERENCES staff_member (id),
	second_officer_id BIGINT NOT NULL REFERENCES staff_member (id),
	evidence_ids VARCHAR(500),
	recorded_at TIMESTAMPTZ NOT NULL,
	-- 先行登记保存 and 回避 are decided by the 负责人; a 陈述申辩 is adopted or not
	decision VARCHAR(12),
	decided_by_id BIGINT REFERENCES staff_member (id),
	decided_at TIMESTAMPTZ,
	decision_note VARCHAR(1000),
	CONSTRAINT penalty_record_seq_key UNIQUE (proceeding_id, seq),
	CONSTRAINT penalty_record_two_officers CHECK (officer_id <> second_officer_id)
);

-- CF numbers: one counter per year, taken with a row lock in the transaction that opens the proceeding.
CREATE TABLE penalty_number (
	year INT PRIMARY KEY,
	last_value INT NOT NULL
);
