-- The city IT department's operations staff read health, build info and Prometheus metrics (/actuator/**) and
-- nothing else; administrators may too. Scrapers without an account are let in only from configured networks
-- (chengguan.staff.monitor-networks).
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES ('system:monitor', 'staff', FALSE, 40);

INSERT INTO staff_role (code, name, built_in, sort_order) VALUES ('OPERATIONS', '运维人员', TRUE, 17);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'system:monitor' FROM staff_role WHERE code IN ('OPERATIONS', 'SYS_ADMIN');
