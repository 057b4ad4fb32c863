package org.chengguan.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

	@Query("select m from StaffMember m where lower(m.username) = lower(:username)")
	Optional<StaffMember> findByUsername(String username);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from StaffMember m where lower(m.username) = lower(:username)")
	Optional<StaffMember> findByUsernameForUpdate(String username);

	/** The staff a scope may see: everyone when citywide, else members of the listed org units. */
	@Query("""
			select m from StaffMember m
			where (:citywide = true or m.orgUnit.id in :orgUnitIds)
			  and (:keyword = '' or m.name like concat('%', :keyword, '%') or m.username like concat('%', :keyword, '%'))
			order by m.orgUnit.sortOrder, m.orgUnit.id, m.id""")
	Page<StaffMember> findVisible(boolean citywide, Collection<Long> orgUnitIds, String keyword, Pageable pageable);

	@Query("select m from StaffMember m where m.id = :id and (:citywide = true or m.orgUnit.id in :orgUnitIds)")
	Optional<StaffMember> findVisible(long id, boolean citywide, Collection<Long> orgUnitIds);

	@Query("select m.username from StaffMember m join m.roles r where r.id = :roleId")
	List<String> findUsernamesByRoleId(long roleId);

	@Query("select count(m) > 0 from StaffMember m join m.roles r where r.id = :roleId and m.auxiliary = true")
	boolean existsAuxiliaryWithRole(long roleId);

	List<StaffMember> findByIdIn(Collection<Long> ids);

	@Query("select distinct m from StaffMember m join m.roles r join r.authorities a where a.code = :authority and m.enabled = true")
	List<StaffMember> findEnabledWithAuthority(String authority);

	@Query("select m.id from StaffMember m where m.orgUnit.id = :orgUnitId and m.enabled = true")
	List<Long> findEnabledIdsByOrgUnitId(long orgUnitId);

	boolean existsByDemoCredentialsTrueAndEnabledTrue();
}
