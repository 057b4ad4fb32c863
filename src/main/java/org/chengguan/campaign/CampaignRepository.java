package org.chengguan.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<Campaign, Long> {

	Optional<Campaign> findById(long id);

	List<Campaign> findAllByOrderByStartsOnDescIdDesc();

	/** The campaigns running on a day (the cases and inspections of that day are theirs if in scope). */
	@Query("select c from Campaign c where c.startsOn <= ?1 and c.endsOn >= ?1")
	List<Campaign> runningOn(LocalDate day);

	Campaign save(Campaign campaign);
}
