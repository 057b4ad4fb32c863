package org.chengguan.caseflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.calendar.WorkingCalendar;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 案卷编号 {@code AJ yyyyMMdd nnnnnn} (domain.md §4.2): a PostgreSQL sequence per day, so that concurrent intake never
 * waits on a counter row. The sequences are made a day ahead. A rolled-back intake leaves a gap in the day's numbers,
 * as any sequence does.
 */
@Component
class CaseNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcTemplate jdbc;

	private final WorkingCalendar calendar;

	private final TransactionTemplate separate;

	private final Map<LocalDate, Boolean> ready = new ConcurrentHashMap<>();

	CaseNumbers(JdbcTemplate jdbc, WorkingCalendar calendar, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Today's and tomorrow's sequences exist before the first intake of the day needs them. */
	@Scheduled(initialDelay = 0, fixedDelayString = "PT1H")
	void prepare() {
		var today = calendar.today();
		ready.computeIfAbsent(today, this::create);
		ready.computeIfAbsent(today.plusDays(1), this::create);
	}

	String next(Instant at) {
		var date = LocalDate.ofInstant(at, calendar.zone());
		ready.computeIfAbsent(date, this::create);
		var day = date.format(DAY);
		// the day's sequence as a parameter: one prepared statement planned once, not a new text parsed every call
		var n = jdbc.queryForObject("select nextval(cast(? as regclass))", Long.class, sequenceOf(date));
		if (n == null || n > 999_999) {
			throw new IllegalStateException("Case numbers of " + day + " exhausted");
		}
		return "AJ%s%06d".formatted(day, n);
	}

	private static String sequenceOf(LocalDate day) {
		return "caseflow_case_no_" + day.format(DAY);
	}

	/** In its own transaction: the sequence must exist for every instance whatever happens to this intake. */
	private Boolean create(LocalDate day) {
		try {
			separate.executeWithoutResult(tx -> jdbc.execute("create sequence if not exists " + sequenceOf(day)
					+ " minvalue 1 maxvalue 999999 no cycle"));
		}
		catch (DataIntegrityViolationException raceWithAnotherInstance) {
			// created concurrently elsewhere: it exists now
		}
		return Boolean.TRUE;
	}
}
