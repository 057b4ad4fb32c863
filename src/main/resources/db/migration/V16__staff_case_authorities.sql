-- Everyone who works cases may read them (within their data scope); 受理员 may also 立案 (domain.md §6.3 #6).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES ('case:view', 'caseflow', FALSE, 11);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'case:view' FROM staff_role WHERE built_in AND code <> 'SYS_ADMIN';

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'case:register' FROM staff_role WHERE code = 'INTAKE_CLERK';
