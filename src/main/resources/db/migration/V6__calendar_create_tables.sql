-- 工作日历: statutory holidays and 调休 make-up working days per year, from the 国务院办公厅 notice of that year.
-- A year without a calendar_year row is "not loaded": deadlines count plain weekdays and are marked provisional.
CREATE TABLE calendar_year (
	year INT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
	notice VARCHAR(200) NOT NULL,
	published_on DATE,
	loaded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE calendar_day (
	day DATE PRIMARY KEY,
	year INT NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
	kind VARCHAR(20) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY')),
	name VARCHAR(50) NOT NULL,
	CONSTRAINT calendar_day_in_year CHECK (EXTRACT(YEAR FROM day) = year),
	-- A make-up working day is always a weekend day; a holiday may fall on any day.
	CONSTRAINT calendar_makeup_on_weekend CHECK (kind <> 'MAKEUP_WORKDAY' OR EXTRACT(ISODOW FROM day) IN (6, 7))
);
