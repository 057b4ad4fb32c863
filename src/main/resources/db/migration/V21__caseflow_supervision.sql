-- 督办 (domain.md §6.4 R5): a flag on a case with its own due date, a level (L1 催办 by the 派遣员, L2 督办 by the
-- 督查股, L3 挂牌督办 by leadership) and a required written reply. The timer job raises L1 when a stage is overdue and
-- L2 when it is severely overdue (§6.6), once per case and level.
CREATE TABLE caseflow_supervision (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	case_id BIGINT NOT NULL REFERENCES caseflow_case (id),
	level VARCHAR(4) NOT NULL CHECK (level IN ('L1', 'L2', 'L3')),
	automatic BOOLEAN NOT NULL,
	reason VARCHAR(500) NOT NULL,
	due_at TIMESTAMPTZ NOT NULL,
	raised_by VARCHAR(100) NOT NULL,
	raised_at TIMESTAMPTZ NOT NULL,
	reply VARCHAR(2000),
	replied_by VARCHAR(100),
	replied_at TIMESTAMPTZ,
	CONSTRAINT caseflow_supervision_reply CHECK ((reply IS NULL) = (replied_at IS NULL))
);
CREATE INDEX caseflow_supervision_case_idx ON caseflow_supervision (case_id);
CREATE UNIQUE INDEX caseflow_supervision_automatic_idx ON caseflow_supervision (case_id, level) WHERE automatic;

-- The timer job reads running timers that can still rise.
CREATE INDEX caseflow_timer_watch_idx ON caseflow_timer (id) WHERE stopped_at IS NULL AND level <> 'SEVERE';
