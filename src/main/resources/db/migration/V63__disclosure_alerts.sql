-- The 法制股 is alerted once when a decision is due to be published (7 working days, 国办发〔2018〕118号) or withdrawn
-- (3 working days, 《行政处罚法》第四十八条第二款) by the next working day and is not yet.
ALTER TABLE disclosure_notice
	ADD COLUMN publish_alerted_at TIMESTAMPTZ,
	ADD COLUMN withdraw_alerted_at TIMESTAMPTZ;
