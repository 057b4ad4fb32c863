-- Everything owed to a hotline platform (签收, 办结回复, 退单 and 延期 requests) is written here in the transaction that
-- caused it, and sent afterwards with retries and backoff: a platform that is down loses nothing. One row per event:
-- (order, kind, round) is unique, so an event can never be queued twice; each row carries its id to the platform as
-- the Idempotency-Key, so a resend after a crash between sending and recording is recognisable as the same message.
CREATE TABLE hotline_outbox (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	order_id BIGINT NOT NULL REFERENCES hotline_order (id),
	kind VARCHAR(20) NOT NULL CHECK (kind IN ('SIGN', 'REPLY', 'RETURN_REQUEST', 'EXTENSION_REQUEST')),
	-- 0 for the first reply; each 不满意 回访 reopens the order and its next reply is round + 1.
	round INT NOT NULL DEFAULT 0,
	payload TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMPTZ NOT NULL,
	sent_at TIMESTAMPTZ,
	last_error VARCHAR(500),
	CONSTRAINT hotline_outbox_event UNIQUE (order_id, kind, round)
);
CREATE INDEX hotline_outbox_due_idx ON hotline_outbox (next_attempt_at, id) WHERE sent_at IS NULL;

-- 回访 (济南 Art. 27, 潍坊 Art. 25): the caller's verdict; 不满意 reopens the order with a new reply clock.
ALTER TABLE hotline_order
	ADD COLUMN reply_round INT NOT NULL DEFAULT 0,
	ADD COLUMN visit_result VARCHAR(24) CHECK (visit_result IN ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
	ADD COLUMN visit_reason VARCHAR(500),
	ADD COLUMN visited_at TIMESTAMPTZ;
