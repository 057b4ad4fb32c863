-- 核实 and 核查 are sent to a person (domain.md §6.3 #4, #16): one of the grid's members, chosen by the 受理员; the
-- task is on that person's 我的任务 until its result is recorded.
ALTER TABLE caseflow_case ADD COLUMN assignee_id BIGINT REFERENCES staff_member (id);
CREATE INDEX caseflow_case_assignee_idx ON caseflow_case (assignee_id) WHERE assignee_id IS NOT NULL;
-- The timeline keeps whom each task was sent to.
ALTER TABLE caseflow_transition ADD COLUMN assignee_id BIGINT REFERENCES staff_member (id);
