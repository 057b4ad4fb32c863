package org.chengguan.credit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CreditRuleRepository extends Repository<CreditRule, Long> {

	CreditRule save(CreditRule rule);

	Optional<CreditRule> findById(long id);

	List<CreditRule> findAllByOrderBySeqAscIdAsc();
}
