-- The 90 days of 《行政处罚法》第六十条 are watched: the officers hear of a running decision period at 30, 15 and 5 days
-- left, once each; the period keeps the last of these it was warned at.
ALTER TABLE penalty_period ADD COLUMN warned_days INT CHECK (warned_days IN (30, 15, 5));
CREATE INDEX penalty_period_decision_idx ON penalty_period (due_on) WHERE ended_at IS NULL AND kind = 'DECISION';
