package org.chengguan.video;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AlarmRepository extends JpaRepository<Alarm, Long> {

	Optional<Alarm> findByPlatformIdAndAlarmId(long platformId, String alarmId);

	Optional<Alarm> findByReportId(long reportId);

	/** D4: the open lead of this camera and category whose window covers the instant. */
	@Query("""
			select a from Alarm a where a.cameraId = :cameraId and a.mergeKey = :mergeKey
			and a.status in (org.chengguan.video.AlarmStatus.PENDING, org.chengguan.video.AlarmStatus.CONFIRMED)
			and a.lastSeenAt >= :from and a.occurredAt <= :to order by a.lastSeenAt desc""")
	List<Alarm> findOpenLead(long cameraId, String mergeKey, Instant from, Instant to, Limit limit);

	/** Per camera: alarms received, cases opened, false alarms and the reasons' latest. */
	@Query("""
			select new org.chengguan.video.CameraStats(a.cameraId, count(a),
			sum(case when a.reportId is not null then 1 else 0 end),
			sum(case when a.status = org.chengguan.video.AlarmStatus.DISMISSED then 1 else 0 end),
			sum(case when a.status in (org.chengguan.video.AlarmStatus.CONFIRMED,
				org.chengguan.video.AlarmStatus.CLOSED) then 1 else 0 end))
			from Alarm a group by a.cameraId""")
	List<CameraStats> statsByCamera();
}
