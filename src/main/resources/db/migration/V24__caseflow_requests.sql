-- Side branches that need an approval (domain.md §6.4): 延期 (R1, approved by the 派遣员/值班长, each approval adds one
-- original limit, at most two), 挂账 (R2, approved by the 值班长, end date within a year, the clock paused) and 作废
-- (R6, only with the 值班长's approval). One request at a time waits on a case.
ALTER TABLE caseflow_case
	ADD COLUMN pending_request VARCHAR(10) CHECK (pending_request IN ('EXTENSION', 'HOLD', 'CANCEL')),
	ADD COLUMN pending_since TIMESTAMPTZ,
	ADD COLUMN hold_requested_until DATE,
	ADD CONSTRAINT caseflow_case_pending CHECK ((pending_request IS NULL) = (pending_since IS NULL));

-- The hold job resumes held cases whose end date has passed.
CREATE INDEX caseflow_case_held_idx ON caseflow_case (hold_until) WHERE status = 'HELD';
