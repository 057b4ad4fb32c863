-- Issue 14: audit records are written in the transaction of the action they record and chained into audit_entry
-- by one writer afterwards (AuditInbox), instead of a listener per event tracked by the event publication registry.
-- The columns are audit_entry's: a record that would not fit the trail fails its action's transaction.
CREATE TABLE audit_inbox (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	category VARCHAR(20) NOT NULL,
	action VARCHAR(64) NOT NULL,
	actor VARCHAR(64) NOT NULL,
	target VARCHAR(128),
	remote_address VARCHAR(64),
	before_state TEXT,
	after_state TEXT
);
