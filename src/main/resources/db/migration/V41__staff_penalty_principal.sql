-- 行政机关负责人 (《行政处罚法》第五十七条: the principal decides under 普通程序): the 局长 and the 分管领导. A 班子成员
-- takes part in the 集体讨论 but does not sign. 法律职业资格 (第五十八条第二款: first-time 法制审核 reviewers hold it)
-- is a person's qualification, kept with their record like the 执法证.
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES ('penalty:principal', 'penalty', TRUE, 32);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'penalty:principal' FROM staff_role WHERE code IN ('DIRECTOR', 'DEPUTY_DIRECTOR');

ALTER TABLE staff_member ADD COLUMN legal_qualification_no VARCHAR(30);
CREATE UNIQUE INDEX staff_member_legal_qualification_idx ON staff_member (legal_qualification_no)
	WHERE legal_qualification_no IS NOT NULL;
