-- 送达 of the decision (《行政处罚法》第六十一条, 《民事诉讼法》第八十七条至第九十五条; domain.md §8.7). The party's
-- 送达地址确认书 (with its consent to electronic service) sits on the proceeding; each attempt is a row of
-- penalty_service with two officers, the time to the minute, the place, who received it and how they are related, the
-- witness and the evidence. The decision takes effect at service (served_on); 公告送达 is deemed served on
-- deemed_served_on; paid_on is the day the bank confirmed the fine paid in full (罚缴分离).
ALTER TABLE penalty_proceeding
	ADD COLUMN address_confirmed_at TIMESTAMPTZ,
	ADD COLUMN service_address VARCHAR(300),
	ADD COLUMN service_electronic_address VARCHAR(200),
	ADD COLUMN service_electronic_consent BOOLEAN NOT NULL DEFAULT FALSE,
	ADD COLUMN served_on DATE,
	ADD COLUMN served_method VARCHAR(16),
	ADD COLUMN deemed_served_on DATE,
	ADD COLUMN paid_on DATE,
	ADD CONSTRAINT penalty_electronic_consent CHECK (NOT service_electronic_consent
		OR (address_confirmed_at IS NOT NULL AND service_electronic_address IS NOT NULL));

CREATE TABLE penalty_service (
	proceeding_id BIGINT NOT NULL REFERENCES penalty_proceeding (id),
	attempt_no INT NOT NULL CHECK (attempt_no > 0),
	method VARCHAR(16) NOT NULL CHECK (method IN ('DIRECT', 'FAMILY', 'REPRESENTATIVE', 'LEFT', 'POST', 'ELECTRONIC',
		'PUBLIC_NOTICE')),
	result VARCHAR(10) NOT NULL CHECK (result IN ('SERVED', 'FAILED', 'PUBLISHED')),
	attempted_at TIMESTAMPTZ NOT NULL,
	place VARCHAR(200) NOT NULL,
	recipient VARCHAR(60),
	relation VARCHAR(40),
	witness VARCHAR(60),
	received_on DATE,
	officer_id BIGINT NOT NULL REFERENCES staff_member (id),
	second_officer_id BIGINT NOT NULL REFERENCES staff_member (id),
	evidence_ids VARCHAR(200),
	note VARCHAR(500),
	PRIMARY KEY (proceeding_id, attempt_no),
	CONSTRAINT penalty_service_two_officers CHECK (officer_id <> second_officer_id)
);

-- a period may run for months (起诉期限 六个月, 《行政诉讼法》第四十六条)
ALTER TABLE penalty_period DROP CONSTRAINT penalty_period_unit_check;
ALTER TABLE penalty_period ADD CONSTRAINT penalty_period_unit_check CHECK (unit IN ('WORKING_DAY', 'NATURAL_DAY', 'MONTH'));
