package org.chengguan.hotline;

import java.util.Collection;
import java.util.List;

import org.chengguan.system.IdsParameter;
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
		// 回访 one by one: an order visited again after a 不满意 counts both verdicts
		return jdbc.query("""
				select o.case_id, count(*), count(*) filter (where o.status <> 'RETURNED'),
				       count(*) filter (where o.signed_at <= o.sign_due_at), count(o.replied_at),
				       coalesce(sum(v.visits), 0), coalesce(sum(v.resolved), 0), coalesce(sum(v.satisfied), 0),
				       coalesce(sum(v.basically), 0)
				from hotline_order o
				cross join lateral (
				    select count(*) visits, count(*) filter (where resolved) resolved,
				           count(*) filter (where result = 'SATISFIED') satisfied,
				           count(*) filter (where result = 'BASICALLY_SATISFIED') basically
				    from hotline_visit where order_id = o.id) v
				where o.case_id %s group by o.case_id order by o.case_id""".formatted(IdsParameter.anyOf(caseIds)),
				(rs, i) -> new HotlineFact(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)),
				IdsParameter.value(caseIds));
	}
}
