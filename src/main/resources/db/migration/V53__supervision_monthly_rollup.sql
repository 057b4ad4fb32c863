-- Monthly rollups (issue 11 §8): the daily rollups summed per calendar month and grouping, so that a quarter, a year or
-- a range of years reads a month's row instead of thirty days' (at 15 million cases a year of unit grids is 600,000
-- monthly rows against 2.7 million daily ones). A period reads its whole months here and the days at either end from
-- supervision_rollup. Kept in the transaction that sums the days: a day's old rows are taken out of its month and its
-- new ones put in. `day` is the first day of the month, so both tables have the same columns.
--
-- Keys compare byte by byte (COLLATE "C") in both tables, so that the keys under a region (the grids of a community:
-- codes that begin with its code) are a range of the primary key.
ALTER TABLE supervision_rollup ALTER COLUMN group_key TYPE VARCHAR(20) COLLATE "C";

CREATE TABLE supervision_rollup_month (LIKE supervision_rollup INCLUDING ALL);
ALTER TABLE supervision_rollup_month ADD CONSTRAINT supervision_rollup_month_first_day_check
	CHECK (extract(day from day) = 1);

INSERT INTO supervision_rollup_month (grouping, group_key, day, appealed,
	cases, reported, accepted_on_time, registered, registered_on_time, cancelled, on_hold, closed,
	closed_on_time, dispatched, dispatched_on_time, dispatched_cancelled, misrouted, self_disposed, disposed,
	disposed_on_time, overdue_open, reworked, extended, checked, checked_on_time, passed_first_check,
	patrol_found, accept_minutes, accept_count, dispose_minutes, dispose_count, orders, orders_signed_on_time,
	orders_due, orders_replied, visits, resolved, satisfied, basically_satisfied)
SELECT grouping, group_key, date_trunc('month', day)::date, appealed,
	sum(cases), sum(reported), sum(accepted_on_time), sum(registered), sum(registered_on_time), sum(cancelled),
	sum(on_hold), sum(closed), sum(closed_on_time), sum(dispatched), sum(dispatched_on_time),
	sum(dispatched_cancelled), sum(misrouted), sum(self_disposed), sum(disposed), sum(disposed_on_time),
	sum(overdue_open), sum(reworked), sum(extended), sum(checked), sum(checked_on_time), sum(passed_first_check),
	sum(patrol_found), sum(accept_minutes), sum(accept_count), sum(dispose_minutes), sum(dispose_count),
	sum(orders), sum(orders_signed_on_time), sum(orders_due), sum(orders_replied), sum(visits), sum(resolved),
	sum(satisfied), sum(basically_satisfied)
FROM supervision_rollup
GROUP BY grouping, group_key, date_trunc('month', day)::date, appealed;
