-- Each verification of the audit hash chain (nightly, from the command line, or on the audit page) records its
-- result, so that every instance reports the latest one as a metric, whichever instance ran it.
CREATE TABLE audit_verification (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	verified_at TIMESTAMPTZ NOT NULL,
	checked BIGINT NOT NULL,
	intact BOOLEAN NOT NULL,
	broken_seq BIGINT
);
