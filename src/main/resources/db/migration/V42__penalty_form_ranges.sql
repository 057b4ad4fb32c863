-- 简易程序: the 当场行政处罚决定书 is a pre-printed form with its number (《行政处罚法》第五十二条第一款：预定格式、编有号码).
-- The 法制股 allocates each squad a range of numbers (号段); an on-the-spot decision takes the squad's next number under
-- the range's row lock, so that no number is given twice and none is skipped.
CREATE TABLE penalty_form_range (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	unit_id BIGINT NOT NULL REFERENCES staff_org_unit (id),
	prefix VARCHAR(12) NOT NULL CHECK (prefix ~ '^[A-Z0-9-]{1,12}$'),
	first_no INT NOT NULL CHECK (first_no > 0),
	last_no INT NOT NULL CHECK (last_no < 1000000),
	next_no INT NOT NULL,
	allocated_by VARCHAR(40) NOT NULL,
	allocated_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT penalty_form_range_bounds CHECK (last_no >= first_no AND next_no BETWEEN first_no AND last_no + 1)
);
CREATE INDEX penalty_form_range_unit_idx ON penalty_form_range (unit_id, id);
