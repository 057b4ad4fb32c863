package org.chengguan.frontage;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FrontageUnitRepository extends Repository<FrontageUnit, Long> {

	Optional<FrontageUnit> findById(long id);

	Optional<FrontageUnit> findByToken(String token);

	List<FrontageUnit> findByCreditCodeOrderByCode(String creditCode);

	FrontageUnit save(FrontageUnit unit);
}
