-- 案件查询 on the public portal: each lookup is a row (the client's address only as a SHA-256, the case number asked,
-- whether it matched), so that the limits hold across the application's instances — a client may ask 10 times in
-- 10 minutes, and a case number that failed 5 times in an hour is refused for the rest of it. Rows older than a day
-- are deleted.
CREATE TABLE portal_lookup (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	client_hash VARCHAR(64) NOT NULL,
	case_number VARCHAR(40) NOT NULL,
	matched BOOLEAN NOT NULL,
	at TIMESTAMPTZ NOT NULL
);
CREATE INDEX portal_lookup_client_idx ON portal_lookup (client_hash, at);
CREATE INDEX portal_lookup_case_idx ON portal_lookup (case_number, at) WHERE NOT matched;
