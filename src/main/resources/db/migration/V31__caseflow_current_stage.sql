-- The desks sort by what is due first and show the current stage's time left coloured by its level (issue 9 §2): the
-- running stage due first and its due time are kept on the case, so that a desk reads one index in due order.
ALTER TABLE caseflow_case ADD COLUMN current_stage VARCHAR(12), ADD COLUMN stage_due_at TIMESTAMPTZ;

UPDATE caseflow_case c SET current_stage = t.stage, stage_due_at = t.due_at
FROM (SELECT DISTINCT ON (case_id) case_id, stage, due_at FROM caseflow_timer WHERE stopped_at IS NULL
      ORDER BY case_id, due_at, id) t
WHERE t.case_id = c.id;

CREATE INDEX caseflow_case_desk_idx ON caseflow_case (status, stage_due_at, id);
