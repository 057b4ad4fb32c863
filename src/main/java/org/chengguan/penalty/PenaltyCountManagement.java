package org.chengguan.penalty;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counts of each unit's proceedings in a period, for the supervision module; no amount. */
@Service
public class PenaltyCountManagement {

	private final JdbcTemplate jdbc;

	PenaltyCountManagement(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every unit with a proceeding filed or decided in [from, to). */
	@Transactional(readOnly = true)
	public List<PenaltyCounts> byUnit(Instant from, Instant to) {
		var f = Timestamp.from(from);
		var t = Timestamp.from(to);
		return jdbc.query("""
				select unit_id,
				       count(*) filter (where procedure = 'ORDINARY' and filed_at >= ? and filed_at < ?),
				       count(*) filter (where procedure = 'SIMPLE' and decided_at >= ? and decided_at < ?),
				       count(*) filter (where outcome = 'PENALTY' and decided_at >= ? and decided_at < ?),
				       count(*) filter (where outcome like 'NO\\_PENALTY%' and decided_at >= ? and decided_at < ?),
				       count(*) filter (where outcome = 'NO_PENALTY_FIRST_OFFENCE' and decided_at >= ? and decided_at < ?)
				from penalty_proceeding
				where (filed_at >= ? and filed_at < ?) or (decided_at >= ? and decided_at < ?)
				group by unit_id order by unit_id""",
				(rs, i) -> new PenaltyCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6)),
				f, t, f, t, f, t, f, t, f, t, f, t, f, t);
	}
}
