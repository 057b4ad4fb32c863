package org.chengguan.caseflow;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseTimerRepository extends JpaRepository<CaseTimer, Long> {

	/** Running, unpaused timers that can still rise, after the given id (keyset). */
	@Query("""
			select new org.chengguan.caseflow.WatchedTimer(t.id, t.enforcementCase.id, t.limitUnit,
			t.startedAt, t.dueAt, t.level) from CaseTimer t
			where t.id > :after and t.stoppedAt is null and t.pausedAt is null
			and t.level <> org.chengguan.caseflow.OverdueLevel.SEVERE order by t.id""")
	List<WatchedTimer> findWatched(long after, Limit limit);
}
