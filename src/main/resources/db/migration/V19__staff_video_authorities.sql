-- Cameras: the command centre and the inspectors read each camera's alarms and false-alarm rate; administrators
-- register cameras (location, enforcement-device review under 行政处罚法 Art. 41).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES
	('video:view', 'video', FALSE, 42),
	('video:manage', 'video', FALSE, 43);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'video:view' FROM staff_role
WHERE code IN ('INTAKE_CLERK', 'DISPATCHER', 'SHIFT_LEADER', 'SUPERVISOR', 'INSPECTOR', 'DIRECTOR',
	'DEPUTY_DIRECTOR', 'SYS_ADMIN');

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'video:manage' FROM staff_role WHERE code = 'SYS_ADMIN';
