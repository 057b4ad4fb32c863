package org.chengguan.penalty;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The closed files of the penalty module, for the 案卷评查 (domain.md §8.6) of the 法制股. */
@Service
@Transactional(readOnly = true)
public class ClosedFileManagement {

	private static final String CLOSED = """
			select p.id, p.number, p.procedure, p.status, min(s.at), p.handler_id, p.co_handler_id, p.unit_id
			from penalty_proceeding p
			join penalty_step s on s.proceeding_id = p.id and s.to_status in ('CLOSED', 'NO_PENALTY', 'TRANSFERRED')
			where p.status in ('CLOSED', 'ARCHIVED', 'NO_PENALTY', 'TRANSFERRED')""";

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	ClosedFileManagement(JdbcTemplate jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The files closed from one day to another, both included, oldest first. */
	public List<ClosedFile> closedBetween(LocalDate from, LocalDate to) {
		return jdbc.query(CLOSED + """
				 group by p.id having min(s.at) >= ? and min(s.at) < ? order by min(s.at), p.id""", mapper(),
				Timestamp.from(from.atStartOfDay(calendar.zone()).toInstant()),
				Timestamp.from(to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
	}

	/** The closed file of a proceeding, if it is closed. */
	public Optional<ClosedFile> closedFile(long proceedingId) {
		return jdbc.query(CLOSED + " and p.id = ? group by p.id", mapper(), proceedingId).stream().findFirst();
	}

	private RowMapper<ClosedFile> mapper() {
		return (rs, n) -> new ClosedFile(rs.getLong(1), rs.getString(2), Procedure.valueOf(rs.getString(3)),
				ProceedingStatus.valueOf(rs.getString(4)),
				rs.getTimestamp(5).toInstant().atZone(calendar.zone()).toLocalDate(), rs.getLong(6), rs.getLong(7),
				rs.getLong(8));
	}
}
