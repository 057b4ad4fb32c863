-- 回访 one by one (domain.md §9.1: 满意率 = (满意 + w × 基本满意) / 回访数): an order visited again after a 不满意 keeps
-- both verdicts, so the first one still counts; hotline_order keeps the latest as before. Orders visited before this
-- migration keep the one (latest) verdict they have.
CREATE TABLE hotline_visit (
	order_id BIGINT NOT NULL REFERENCES hotline_order (id),
	visit_no INT NOT NULL,
	result VARCHAR(24) NOT NULL CHECK (result IN ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
	resolved BOOLEAN,
	reason VARCHAR(500),
	visited_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (order_id, visit_no)
);

INSERT INTO hotline_visit (order_id, visit_no, result, resolved, reason, visited_at)
SELECT id, 1, visit_result, visit_resolved, visit_reason, coalesce(visited_at, received_at)
FROM hotline_order WHERE visit_result IS NOT NULL;
