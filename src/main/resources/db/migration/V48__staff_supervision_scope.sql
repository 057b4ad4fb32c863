-- A 中队长 and a 大队长 see the figures of their own unit and area on the supervision dashboards (their 辖区 limits
-- what they see); the 督查股 also keeps the monthly assessment, the 监管通知单 and the hotspot ledger.
INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'supervision:view' FROM staff_role WHERE code IN ('SQUAD_LEADER', 'BRIGADE_LEADER');

INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES ('supervision:manage', 'supervision', FALSE, 33);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'supervision:manage' FROM staff_role WHERE code = 'SUPERVISOR';
