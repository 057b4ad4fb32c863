-- 公示 (《行政处罚法》第四十八条; 国办发〔2018〕118号: within 7 working days; domain.md §8.10). Each 普通程序 decision gets
-- a notice to publish by publish_due; the 法制股 publishes the 决定书 with the party masked (the PDF in the evidence store,
-- with its SHA-256). A decision changed, revoked or found illegal is withdrawn within 3 working days, with the reason
-- shown where it was published.
CREATE TABLE disclosure_notice (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	proceeding_id BIGINT NOT NULL UNIQUE REFERENCES penalty_proceeding (id),
	proceeding_number VARCHAR(12) NOT NULL,
	decision_number VARCHAR(80) NOT NULL,
	party_shown VARCHAR(200) NOT NULL,
	violation VARCHAR(500) NOT NULL,
	penalty VARCHAR(500) NOT NULL,
	decided_on DATE NOT NULL,
	publish_due DATE NOT NULL,
	status VARCHAR(10) NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'WITHDRAWN')),
	published_at TIMESTAMPTZ,
	published_by VARCHAR(64),
	evidence_id BIGINT REFERENCES evidence_file (id),
	sha256 VARCHAR(64),
	withdraw_due DATE,
	withdrawn_at TIMESTAMPTZ,
	withdrawn_by VARCHAR(64),
	withdraw_reason VARCHAR(500),
	created_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT disclosure_published CHECK (status = 'PENDING' OR (published_at IS NOT NULL AND evidence_id IS NOT NULL)),
	CONSTRAINT disclosure_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdraw_reason IS NOT NULL))
);
CREATE INDEX disclosure_notice_public_idx ON disclosure_notice (published_at DESC) WHERE status <> 'PENDING';
