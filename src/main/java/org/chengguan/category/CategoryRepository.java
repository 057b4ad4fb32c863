package org.chengguan.category;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

	@EntityGraph(attributePaths = "conditions")
	@Query("""
			select c from Category c
			where c.kind = :kind and (:keyword = '' or c.name like concat('%', :keyword, '%') or c.code like concat(:keyword, '%'))
			order by c.code, c.standardRef""")
	List<Category> search(CategoryKind kind, String keyword);

	/** The first category entered under a code (a code may appear under several standards). */
	Optional<Category> findFirstByKindAndCodeOrderById(CategoryKind kind, String code);

	boolean existsByKindAndCodeAndStandardRef(CategoryKind kind, String code, String standardRef);

	List<Category> findByPublicIntakeTrueAndEnabledTrueOrderByKindAscCodeAsc();

	@Query("select distinct c.id from Category c join c.conditions k where k.enabled = true")
	java.util.Set<Long> findIdsWithEnabledConditions();
}
