-- A 复议决定 or judgment that changes the decision may change its fine, never to more (《行政复议法》第六十三条第二款,
-- 《行政诉讼法》第七十七条第二款: 不得加重); the amount owed is then the changed one.
ALTER TABLE penalty_remedy
	ADD COLUMN changed_fine NUMERIC(14, 2) CHECK (changed_fine >= 0),
	ADD CONSTRAINT penalty_remedy_changed_fine CHECK (changed_fine IS NULL OR outcome = 'CHANGED');
