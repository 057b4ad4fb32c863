-- 证据文件: photos, snapshots, documents and videos. Content is stored once per SHA-256 under the evidence root and is
-- never overwritten; these rows are append-only (the database refuses UPDATE and DELETE), like the audit trail.
CREATE TABLE evidence_file (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	sha256 VARCHAR(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
	media_type VARCHAR(50) NOT NULL,
	original_name VARCHAR(120) NOT NULL,
	source VARCHAR(20) NOT NULL,
	captured_at TIMESTAMP WITH TIME ZONE,
	captured_by VARCHAR(64) NOT NULL,
	stored_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_file_sha256_idx ON evidence_file (sha256);

CREATE FUNCTION evidence_file_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'evidence_file is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER evidence_file_no_change BEFORE UPDATE OR DELETE ON evidence_file
	FOR EACH ROW EXECUTE FUNCTION evidence_file_append_only();
