-- 《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日，新华社发布）
-- 元旦 1月1日至3日放假调休，1月4日（周日）上班；春节 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班；
-- 清明节 4月4日至6日；劳动节 5月1日至5日放假调休，5月9日（周六）上班；端午节 6月19日至21日；中秋节 9月25日至27日；
-- 国庆节 10月1日至7日放假调休，9月20日（周日）、10月10日（周六）上班。
INSERT INTO calendar_year (year, notice, published_on)
VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知', DATE '2025-11-04');

INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2026, 'HOLIDAY', h.name
FROM (VALUES ('元旦', DATE '2026-01-01', DATE '2026-01-03'),
             ('春节', DATE '2026-02-15', DATE '2026-02-23'),
             ('清明节', DATE '2026-04-04', DATE '2026-04-06'),
             ('劳动节', DATE '2026-05-01', DATE '2026-05-05'),
             ('端午节', DATE '2026-06-19', DATE '2026-06-21'),
             ('中秋节', DATE '2026-09-25', DATE '2026-09-27'),
             ('国庆节', DATE '2026-10-01', DATE '2026-10-07')) AS h (name, first_day, last_day),
     generate_series(h.first_day, h.last_day, INTERVAL '1 day') AS d;

INSERT INTO calendar_day (day, year, kind, name) VALUES
	(DATE '2026-01-04', 2026, 'MAKEUP_WORKDAY', '元旦调休上班'),
	(DATE '2026-02-14', 2026, 'MAKEUP_WORKDAY', '春节调休上班'),
	(DATE '2026-02-28', 2026, 'MAKEUP_WORKDAY', '春节调休上班'),
	(DATE '2026-05-09', 2026, 'MAKEUP_WORKDAY', '劳动节调休上班'),
	(DATE '2026-09-20', 2026, 'MAKEUP_WORKDAY', '国庆节调休上班'),
	(DATE '2026-10-10', 2026, 'MAKEUP_WORKDAY', '国庆节调休上班');
