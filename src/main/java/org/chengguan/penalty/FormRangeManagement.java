package org.chengguan.penalty;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 号段 of the squads' pre-printed 当场行政处罚决定书 (《行政处罚法》第五十二条第一款：预定格式、编有号码): allocated by
 * the 法制股, used up in order by each on-the-spot decision.
 */
@Service
public class FormRangeManagement {

	private final JdbcTemplate jdbc;

	FormRangeManagement(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One range with how far it is used. */
	public record FormRange(long id, long unitId, String prefix, int first, int last, int next, String allocatedBy,
			Instant allocatedAt) {

		public int used() {
			return next - first;
		}

		public int left() {
			return last + 1 - next;
		}

		public String firstNumber() {
			return number(prefix, first);
		}

		public String lastNumber() {
			return number(prefix, last);
		}
	}

	static String number(String prefix, int value) {
		return "%s%06d".formatted(prefix, value);
	}

	/** The squad's next form number, from its oldest range not used up, taken under the range's row lock. */
	String next(long unitId) {
		var taken = jdbc.queryForList("""
				UPDATE penalty_form_range SET next_no = next_no + 1
				WHERE id = (SELECT id FROM penalty_form_range WHERE unit_id = ? AND next_no <= last_no
				            ORDER BY id LIMIT 1 FOR UPDATE)
				RETURNING prefix || lpad((next_no - 1)::text, 6, '0')""", String.class, unitId);
		if (taken.isEmpty()) {
			throw new PenaltyTransitionException("penalty.error.noFormNumbers");
		}
		return taken.get(0);
	}

	/** A new range for a squad; it may not overlap another range of the same prefix. */
	@Transactional
	@PreAuthorize(BenchmarkManagement.LEGAL_SECTION)
	public long allocate(long unitId, String prefix, int first, int last, String by, Instant at) {
		if (first < 1 || last < first || last > 999_999 || !prefix.matches("[A-Z0-9-]{1,12}")) {
			throw new PenaltyTransitionException("penalty.formRange.error.bounds");
		}
		jdbc.execute("LOCK TABLE penalty_form_range IN SHARE ROW EXCLUSIVE MODE");
		var overlapping = jdbc.queryForObject("""
				SELECT count(*) FROM penalty_form_range WHERE prefix = ? AND first_no <= ? AND last_no >= ?""",
				Integer.class, prefix, last, first);
		if (overlapping != null && overlapping > 0) {
			throw new PenaltyTransitionException("penalty.formRange.error.overlap");
		}
		var id = jdbc.queryForObject("""
				INSERT INTO penalty_form_range (unit_id, prefix, first_no, last_no, next_no, allocated_by, allocated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, unitId, prefix, first, last, first, by,
				Timestamp.from(at));
		return id == null ? 0 : id;
	}

	public List<FormRange> all() {
		return jdbc.query("""
				SELECT id, unit_id, prefix, first_no, last_no, next_no, allocated_by, allocated_at
				FROM penalty_form_range ORDER BY unit_id, id""",
				(rs, n) -> new FormRange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
	}

	/** How many numbers the squad has left. */
	public int leftFor(long unitId) {
		var left = jdbc.queryForObject("""
				SELECT coalesce(sum(last_no + 1 - next_no), 0) FROM penalty_form_range WHERE unit_id = ?""",
				Integer.class, unitId);
		return left == null ? 0 : left;
	}
}
