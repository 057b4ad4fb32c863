package org.chengguan.grid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, Long>, JpaSpecificationExecutor<Region> {

	Optional<Region> findByCode(String code);

	List<Region> findByCodeIn(Collection<String> codes);

	List<Region> findByLevel(RegionLevel level);

	/** Code and name of every region, without outlines. */
	@Query("select r.code, r.name from Region r")
	List<Object[]> findNames();
}
