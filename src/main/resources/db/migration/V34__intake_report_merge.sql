-- Merging before saving (issue 9 §4): the 受理员 entering a call sees the open cases nearby and may say, on the form,
-- that it is the same problem as one of them; the report keeps that case number and its case is merged into it as it
-- opens, in the same transaction.
ALTER TABLE intake_report ADD COLUMN merge_into VARCHAR(16) CHECK (merge_into ~ '^AJ[0-9]{14}$');
