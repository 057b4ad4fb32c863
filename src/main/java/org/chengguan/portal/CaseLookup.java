package org.chengguan.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.chengguan.caseflow.CaseFollowUp;
import org.chengguan.caseflow.PublicCaseManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * 案件查询: a case found by its number is shown only to whoever knows the last four digits of the phone its reporter
 * gave, and the answer for a wrong number or wrong digits is the same. Lookups are limited per client and per case
 * number, across instances (each is a row of portal_lookup).
 */
@Component
class CaseLookup {

	/** Lookups a client may make in {@link #CLIENT_WINDOW}. */
	static final int PER_CLIENT = 10;

	static final Duration CLIENT_WINDOW = Duration.ofMinutes(10);

	/** Failed lookups of one case number after which it is refused for the rest of {@link #CASE_WINDOW}. */
	static final int FAILURES_PER_CASE = 5;

	static final Duration CASE_WINDOW = Duration.ofHours(1);

	/** What a lookup found. */
	enum Outcome {
		/** The reporter's case: its stage and the bureau's reply. */
		FOUND,
		/** The reporter's case came through 12345: the hotline tells its progress and replies. */
		HOTLINE,
		/** No case of that number with a reporter's phone ending so (the same answer either way). */
		NOT_FOUND,
		/** Too many lookups: try later. */
		LIMITED
	}

	record Result(Outcome outcome, @Nullable CaseFollowUp found) {
	}

	private final PublicCaseManagement cases;

	private final IntakeManagement intake;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseLookup(PublicCaseManagement cases, IntakeManagement intake, JdbcTemplate jdbc, Clock clock) {
		this.cases = cases;
		this.intake = intake;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	Result find(String client, String caseNumber, String lastFour) {
		var number = caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
		var clientHash = sha256(client);
		var now = clock.instant();
		var byClient = jdbc.queryForObject("select count(*) from portal_lookup where client_hash = ? and at > ?",
				Long.class, clientHash, Timestamp.from(now.minus(CLIENT_WINDOW)));
		var failures = jdbc.queryForObject("""
				select count(*) from portal_lookup where case_number = ? and not matched and at > ?""", Long.class,
				number, Timestamp.from(now.minus(CASE_WINDOW)));
		if (byClient >= PER_CLIENT || failures >= FAILURES_PER_CASE) {
			return new Result(Outcome.LIMITED, null);
		}
		Optional<CaseFollowUp> found = number.length() > 40 ? Optional.empty()
				: cases.followUp(number).filter(c -> intake.reporterPhoneEndsWith(c.reportId(), lastFour.strip()));
		jdbc.update("insert into portal_lookup (client_hash, case_number, matched, at) values (?, ?, ?, ?)",
				clientHash, number.length() > 40 ? number.substring(0, 40) : number, found.isPresent(),
				Timestamp.from(now));
		return found.map(c -> c.source() == Channel.HOTLINE_12345 ? new Result(Outcome.HOTLINE, null)
				: new Result(Outcome.FOUND, c)).orElse(new Result(Outcome.NOT_FOUND, null));
	}

	/** Lookups older than a day are of no use to the limits. */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	@SchedulerLock(name = "portal-lookup-prune", lockAtMostFor = "PT10M")
	@Transactional
	public void prune() {
		jdbc.update("delete from portal_lookup where at < ?", Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
