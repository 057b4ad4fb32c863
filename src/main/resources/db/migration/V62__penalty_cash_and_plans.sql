-- 当场收缴罚款 (《行政处罚法》第七十条): the number of the 财政部门统一制发的专用票据 handed to the party, required with the
-- cash and only with it. 暂缓或者分期缴纳 (第六十六条第二款): the party's application and the 负责人's decision on the
-- proceeding, its dates and sums in penalty_instalment (one row for a 暂缓); approved, the plan's last date is the day to
-- pay by and the court's window runs from it (第七十二条第二款).
ALTER TABLE penalty_proceeding
	ADD COLUMN cash_receipt VARCHAR(30),
	ADD CONSTRAINT penalty_cash_receipt CHECK (cash_receipt IS NULL OR cash_on_spot),
	ADD COLUMN plan_state VARCHAR(10) CHECK (plan_state IN ('REQUESTED', 'APPROVED', 'REFUSED')),
	ADD COLUMN plan_requested_at TIMESTAMPTZ,
	ADD COLUMN plan_decided_at TIMESTAMPTZ,
	ADD COLUMN plan_decided_by_id BIGINT REFERENCES staff_member (id),
	ADD CONSTRAINT penalty_plan_decided CHECK ((plan_state IN ('APPROVED', 'REFUSED')) = (plan_decided_at IS NOT NULL));

CREATE TABLE penalty_instalment (
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	seq INT NOT NULL CHECK (seq BETWEEN 1 AND 12),
	due_on DATE NOT NULL,
	amount NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
	PRIMARY KEY (proceeding_id, seq)
);

-- the proposals not to punish (NO_PENALTY_FIRST_OFFENCE and the like) are longer than the column was
ALTER TABLE penalty_proceeding ALTER COLUMN outcome TYPE VARCHAR(30);
