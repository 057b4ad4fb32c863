-- 延期 and 挂账 are requested by the handling unit and decided by the centre (domain.md §2.3, §6.4 R1/R2: the 派遣员
-- or 值班长 approves): the 中队长 and 大队长 request them with case:dispose and no longer hold the approving authorities,
-- so that no unit approves its own request.
DELETE FROM staff_role_authority
WHERE authority_code IN ('case:extend', 'case:hold')
  AND role_id IN (SELECT id FROM staff_role WHERE code IN ('SQUAD_LEADER', 'BRIGADE_LEADER'));
