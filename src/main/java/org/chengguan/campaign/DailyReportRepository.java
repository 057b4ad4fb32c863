package org.chengguan.campaign;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface DailyReportRepository extends Repository<DailyReport, Long> {

	@EntityGraph(attributePaths = "photos")
	List<DailyReport> findByCampaignIdOrderByDayAscUnitIdAsc(long campaignId);

	boolean existsByCampaignIdAndUnitIdAndDay(long campaignId, long unitId, LocalDate day);

	DailyReport save(DailyReport report);
}
