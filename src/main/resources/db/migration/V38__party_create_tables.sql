-- 执法相对人 (domain.md §8.7): the persons and organisations a proceeding is against. A person's name, identity
-- number, address and phone are encrypted at rest (AES-GCM, chengguan.party.key) and masked when shown; an
-- organisation's name, 统一社会信用代码 and legal representative are public register data and stay readable. Each
-- party is found again by the keyed hash of its identity number, so one person or organisation is never entered twice.
CREATE TABLE party_party (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind VARCHAR(12) NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
	id_type VARCHAR(20) NOT NULL,
	-- HMAC-SHA256 of the normalised identity number (upper case, no spaces)
	id_hash VARCHAR(64) NOT NULL,
	id_number_cipher TEXT,
	-- organisations only: the 统一社会信用代码 in clear
	credit_code VARCHAR(18),
	name_cipher TEXT,
	org_name VARCHAR(200),
	legal_representative VARCHAR(50),
	address_cipher TEXT,
	phone_cipher TEXT,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 0,
	CONSTRAINT party_identity_key UNIQUE (id_type, id_hash),
	CONSTRAINT party_person_or_org CHECK (
		(kind = 'PERSON' AND name_cipher IS NOT NULL AND id_number_cipher IS NOT NULL AND org_name IS NULL
			AND credit_code IS NULL)
		OR (kind = 'ORGANISATION' AND id_type = 'CREDIT_CODE' AND org_name IS NOT NULL AND credit_code IS NOT NULL
			AND name_cipher IS NULL))
);
CREATE INDEX party_org_name_idx ON party_party (org_name) WHERE org_name IS NOT NULL;
