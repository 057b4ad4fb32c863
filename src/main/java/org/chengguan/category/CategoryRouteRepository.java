package org.chengguan.category;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRouteRepository extends JpaRepository<CategoryRoute, Long> {

	/** The rules whose region code is a prefix of the given unit-grid code (any length from district to grid). */
	List<CategoryRoute> findByRegionCodeIn(List<String> prefixes);

	List<CategoryRoute> findAllByOrderByRegionCodeAscCategoryIdAsc();

	boolean existsByRegionCodeAndCategoryId(String regionCode, Long categoryId);

	boolean existsByRegionCodeAndCategoryIdIsNull(String regionCode);
}
