-- 辖区 by role (domain.md §2.3): 全局 (data:citywide); 本单位 (data:unit: the person's org unit, the units under it
-- and the regions assigned to them); without either, only the unit grids of the responsibility grids the person is a
-- member of (一格多员, grid_member). 网格员, 监督员 and 协管员 work their own grids; every other role, built-in or made
-- by an administrator, keeps the scope of its unit as before.
INSERT INTO staff_authority (code, module, enforcement, sort_order) VALUES ('data:unit', 'staff', FALSE, 4);

INSERT INTO staff_role_authority (role_id, authority_code)
SELECT id, 'data:unit' FROM staff_role WHERE code NOT IN ('GRID_OFFICER', 'INSPECTOR', 'AUXILIARY');
