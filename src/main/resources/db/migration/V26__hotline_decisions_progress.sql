-- The platform's answers to our 退单 and 延期 requests (domain.md §7): one per order and request, kept as the record
-- of what the centre decided. A rejected 退单 leaves the order with us (the centre keeps it here, so it counts as
-- designated); an approved 延期 moves the reply deadline.
CREATE TABLE hotline_decision (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	order_id BIGINT NOT NULL REFERENCES hotline_order (id),
	request VARCHAR(10) NOT NULL CHECK (request IN ('RETURN', 'EXTENSION')),
	approved BOOLEAN NOT NULL,
	reason VARCHAR(500),
	-- the reply deadline the platform set with its answer, when it set one
	reply_due TIMESTAMPTZ,
	decided_at TIMESTAMPTZ NOT NULL,
	received_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT hotline_decision_once UNIQUE (order_id, request)
);

-- 阶段性答复: when the reply falls due and the case is still open, the caller gets its progress and the expected
-- date (济南12345条例 Art. 24); the final reply still follows when the case ends.
ALTER TABLE hotline_outbox DROP CONSTRAINT hotline_outbox_kind_check;
ALTER TABLE hotline_outbox ADD CONSTRAINT hotline_outbox_kind_check
	CHECK (kind IN ('SIGN', 'PROGRESS', 'REPLY', 'RETURN_REQUEST', 'EXTENSION_REQUEST'));
CREATE INDEX hotline_order_reply_due_idx ON hotline_order (reply_due_at) WHERE replied_at IS NULL;
