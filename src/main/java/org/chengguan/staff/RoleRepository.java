package org.chengguan.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRepository extends JpaRepository<Role, Long> {

	List<Role> findAllByOrderBySortOrderAscIdAsc();

	Optional<Role> findByCode(String code);
}
