package org.chengguan.party;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {

	Optional<Party> findByIdTypeAndIdHash(IdType idType, String idHash);

	List<Party> findByOrgNameContainingOrderByOrgName(String name, Limit limit);
}
