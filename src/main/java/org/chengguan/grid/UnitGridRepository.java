package org.chengguan.grid;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnitGridRepository extends JpaRepository<UnitGrid, Long>, JpaSpecificationExecutor<UnitGrid> {

	Optional<UnitGrid> findByCode(String code);

	List<UnitGrid> findByCommunityIdIn(Collection<Long> communityIds);

	List<UnitGrid> findByIdIn(Collection<Long> ids);

	List<UnitGrid> findByCodeIn(Collection<String> codes);

	/** Code, centre longitude and latitude of these grids, without their outlines. */
	@Query("select g.code, g.centroidLon, g.centroidLat from UnitGrid g where g.code in :codes")
	List<Object[]> findCentroids(Collection<String> codes);

	/** The mean centre of the unit grids of each of these communities. */
	@Query("""
			select r.code, avg(g.centroidLon), avg(g.centroidLat) from UnitGrid g, Region r
			where r.id = g.communityId and r.code in :codes group by r.code""")
	List<Object[]> findCommunityCentres(Collection<String> codes);

	@Query("select g.communityId, count(g) from UnitGrid g where g.communityId in :communityIds group by g.communityId")
	List<Object[]> countByCommunity(Collection<Long> communityIds);

	@Modifying
	@Query(value = "update grid_index_version set version = version + 1 where id = 1", nativeQuery = true)
	void bumpIndexVersion();
}
