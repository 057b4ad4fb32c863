-- The category book: everyone who works cases reads it; administrators maintain it (local extensions, 立案条件,
-- routing rules).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('category:view', 'category', FALSE, 40),
	('category:manage', 'category', FALSE, 41);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'category:view' FROM staff_role WHERE built_in;

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'category:manage' FROM staff_role WHERE code = 'SYS_ADMIN';
