package org.chengguan.footage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.chengguan.staff.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** 证据保管链: every import, viewing, download, verification and link of a piece of footage; append-only. */
@Component
class Custody {

	/** What was done. */
	enum Action {
		IMPORTED, VIEWED, DOWNLOADED, LINKED, VERIFIED
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Custody(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long footageId, Action action, Actor actor, @Nullable String detail) {
		jdbc.update("insert into footage_custody (footage_id, at, actor, action, detail) values (?, ?, ?, ?, ?)",
				footageId, Timestamp.from(clock.instant()), actor.username(), action.name(),
				detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail);
	}

	List<FootageManagement.CustodyEntry> of(long footageId) {
		return jdbc.query("select at, actor, action, detail from footage_custody where footage_id = ? order by id",
				(rs, i) -> new FootageManagement.CustodyEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
						rs.getString(3), rs.getString(4)), footageId);
	}
}
