package org.chengguan.grid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResponsibilityGridRepository extends JpaRepository<ResponsibilityGrid, Long> {

	List<ResponsibilityGrid> findByStreetIdInOrderByCode(Collection<Long> streetIds);

	@Query("select r.code from ResponsibilityGrid r")
	List<String> findAllCodes();

	@Query("select r from ResponsibilityGrid r join r.unitGridIds u where u = :unitGridId")
	Optional<ResponsibilityGrid> findByUnitGridId(long unitGridId);

	@Query("select distinct r from ResponsibilityGrid r join r.members m where m.staffId = :staffId order by r.code")
	List<ResponsibilityGrid> findByMember(long staffId);
}
