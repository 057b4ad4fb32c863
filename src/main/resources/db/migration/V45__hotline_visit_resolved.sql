-- 回访 also asks whether the problem was solved (解决率 = 回访「已解决」/ 回访数, domain.md §9.1), apart from how satisfied
-- the caller is; NULL where the platform did not say.
ALTER TABLE hotline_order ADD COLUMN visit_resolved BOOLEAN;
