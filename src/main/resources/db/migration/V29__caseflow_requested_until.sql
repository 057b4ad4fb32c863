-- A pending request names the date it asks for: a 挂账's end date (R2) as before, and now also the new 处置 deadline a
-- 延期 asks for (R1; the approver may grant less). One column serves both.
ALTER TABLE caseflow_case RENAME COLUMN hold_requested_until TO requested_until;
