package org.chengguan.supervision;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases behind a figure, from the same facts the figure was summed from: the cases of a scope and period in a
 * {@link CaseSet}, newest first by keyset (the id of the last row seen). Parameters only; the set's columns are the
 * fact table's own.
 */
@Component
@Transactional(readOnly = true)
class FigureCases {

	private final JdbcTemplate jdbc;

	FigureCases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} case ids below {@code beforeId} (all when null), newest first. */
	List<Long> ids(Scope scope, Period period, CaseSet set, boolean adjusted, @Nullable Long beforeId, int limit) {
		var sql = new StringBuilder("select f.case_id from supervision_case_fact f where f.received_day >= ? and ")
			.append("f.received_day < ? and ").append(set.sql());
		var args = new ArrayList<Object>(List.of(period.from(), period.to()));
		if (scope.level() != Scope.Level.CITY) {
			var column = scope.level().grouping.column;
			if (scope.prefix()) {
				sql.append(" and f.").append(column).append(" like ?");
				args.add(scope.key() + "%");
			}
			else if (scope.level() == Scope.Level.UNIT) {
				sql.append(" and f.unit_id = ?");
				args.add(Long.parseLong(scope.key()));
			}
			else {
				sql.append(" and f.").append(column).append(" = ?");
				args.add(scope.key());
			}
		}
		if (adjusted) {
			sql.append(" and not f.appealed");
		}
		if (beforeId != null) {
			sql.append(" and f.case_id < ?");
			args.add(beforeId);
		}
		sql.append(" order by f.case_id desc limit ?");
		args.add(limit);
		return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
	}
}
