-- 全过程记录 (《行政处罚法》第四十七条): append-only audit entries. Each entry carries the hash of the one before it,
-- so a changed or removed entry breaks the chain at that point; the database itself refuses UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_entry (
	seq BIGINT PRIMARY KEY CHECK (seq > 0),
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	category VARCHAR(20) NOT NULL,
	action VARCHAR(64) NOT NULL,
	actor VARCHAR(64) NOT NULL,
	target VARCHAR(128),
	remote_address VARCHAR(64),
	before_state TEXT,
	after_state TEXT,
	prev_hash CHAR(64) NOT NULL,
	hash CHAR(64) NOT NULL
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
	FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
