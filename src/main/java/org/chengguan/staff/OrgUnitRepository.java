package org.chengguan.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	List<OrgUnit> findAllByOrderBySortOrderAscIdAsc();

	@Query(value = """
			WITH RECURSIVE subtree AS (
				SELECT id FROM staff_org_unit WHERE id = :root
				UNION ALL
				SELECT o.id FROM staff_org_unit o JOIN subtree s ON o.parent_id = s.id
			)
			SELECT id FROM subtree""", nativeQuery = true)
	Set<Long> findSubtreeIds(long root);

	@Query("select distinct r from OrgUnit o join o.regionCodes r where o.id in :ids")
	Set<String> findRegionCodes(Set<Long> ids);
}
