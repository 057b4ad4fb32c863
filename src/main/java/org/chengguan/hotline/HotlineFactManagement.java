package org.chengguan.hotline;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work-order facts of cases for the statistics; cases without an order have none. */
@Service
public class HotlineFactManagement {

	private final JdbcTemplate jdbc;

	HotlineFactManagement(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The facts of those of these cases that have orders, in case id order. The caller has written what JPA holds
	 * (the case facts are read first, and flush).
	 */
	@Transactional(readOnly = true)
	public List<HotlineFact> of(Collection<Long> caseIds) {
		return jdbc.query("""
				select case_id, count(*), count(*) filter (where status <> 'RETURNED'),
				       count(*) filter (where signed_at <= sign_due_at),
				       count(replied_at), count(visit_result), count(*) filter (where visit_resolved),
				       count(*) filter (where visit_result = 'SATISFIED'),
				       count(*) filter (where visit_result = 'BASICALLY_SATISFIED')
				from hotline_order where case_id = any(?) group by case_id order by case_id""",
				(rs, i) -> new HotlineFact(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)),
				(Object) caseIds.toArray(Long[]::new));
	}
}
