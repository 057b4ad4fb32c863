package org.chengguan.staff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorityRepository extends JpaRepository<Authority, String> {

	List<Authority> findAllByOrderBySortOrder();
}
