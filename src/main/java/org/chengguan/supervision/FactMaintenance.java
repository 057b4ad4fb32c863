package org.chengguan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.chengguan.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read model whole: rolls up the days with changed facts every half minute, rebuilds it from the workflow
 * tables on command, and checks it every night against them for the open months (this one and the last). From the
 * command line, {@code --supervision-rebuild} rebuilds it and {@code --supervision-check} checks the open months; each
 * prints its result and exits (0, or 3 when the check found a difference).
 */
@Component
class FactMaintenance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FactMaintenance.class);

	private static final int PAGE = 2_000;

	private static final Instant END_OF_TIME = Instant.parse("9999-01-01T00:00:00Z");

	/** What a check found: the cases read, facts that differ from the workflow tables, rollups that differ. */
	record Check(LocalDate from, LocalDate to, int cases, int factDifferences, int rollupDifferences,
			List<String> sample) {

		boolean clean() {
			return factDifferences == 0 && rollupDifferences == 0;
		}
	}

	private final FactReader reader;

	private final FactStore store;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transaction;

	private final ApplicationContext context;

	FactMaintenance(FactReader reader, FactStore store, WorkingCalendar calendar,
			PlatformTransactionManager transactions, ApplicationContext context) {
		this.context = context;
		this.reader = reader;
		this.store = store;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelayString = "${chengguan.supervision.rollup-interval:PT30S}",
			fixedDelayString = "${chengguan.supervision.rollup-interval:PT30S}")
	@SchedulerLock(name = "supervision-rollup", lockAtMostFor = "PT10M")
	public void rollScheduled() {
		roll();
	}

	/** Rolls up every day marked when it starts; false when a concurrent change stopped it (the next run goes on). */
	boolean roll() {
		try {
			store.rollMarked(31);
			return true;
		}
		catch (ConcurrencyFailureException raced) {
			log.debug("Rollup deferred: a fact changed while it ran");
			return false;
		}
	}

	@Scheduled(cron = "${chengguan.supervision.check-cron:0 10 3 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "supervision-check", lockAtMostFor = "PT2H")
	public void nightly() {
		checkOpenMonths();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("supervision-rebuild")) {
			var started = System.nanoTime();
			var cases = rebuild();
			log.info("Supervision read model rebuilt: {} cases in {} s", cases, (System.nanoTime() - started) / 1e9);
			System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
		}
		if (args.containsOption("supervision-check")) {
			var clean = checkOpenMonths().clean();
			System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> clean ? 0 : 3));
		}
	}

	private Check checkOpenMonths() {
		var today = calendar.now().atZone(calendar.zone()).toLocalDate();
		var started = System.nanoTime();
		var check = check(today.withDayOfMonth(1).minusMonths(1), today.plusDays(1));
		log.info("Supervision check took {} ms", (System.nanoTime() - started) / 1_000_000);
		if (check.clean()) {
			log.info("Supervision read model checked: {} cases from {} to {}, no difference", check.cases(),
					check.from(), check.to());
		}
		else {
			log.error("Supervision read model DIFFERS from the workflow tables: {} facts, {} rollups; e.g. {}",
					check.factDifferences(), check.rollupDifferences(), check.sample());
		}
		return check;
	}

	/** Recomputes the facts of every case, then every rollup; how many cases. */
	int rebuild() {
		var cases = recompute(Instant.EPOCH, END_OF_TIME);
		transaction.executeWithoutResult(tx -> store.rollAll());
		return cases;
	}

	/** Recomputes and stores the facts of the cases received in [from, to), page by page; how many cases. */
	int recompute(Instant from, Instant to) {
		var cases = 0;
		var after = reader.idBefore(from, to);
		List<CaseCount> page;
		do {
			var last = after;
			page = transaction.execute(tx -> {
				var counts = reader.page(from, to, last, PAGE);
				store.store(counts);
				return counts;
			});
			cases += page.size();
			after = page.isEmpty() ? after : page.get(page.size() - 1).caseId();
		}
		while (page.size() == PAGE);
		return cases;
	}

	/**
	 * Compares the facts of the cases received in [from, to) with those computed afresh from the workflow tables,
	 * and those days' rollups with sums of their facts; records the run.
	 */
	Check check(LocalDate from, LocalDate to) {
		return check(from, to, 0);
	}

	/** The same for the cases after {@code afterId} only (a test checks the cases of its own workload). */
	Check check(LocalDate from, LocalDate to, long afterId) {
		var started = calendar.now();
		roll();
		var zone = calendar.zone();
		var fromInstant = from.atStartOfDay(zone).toInstant();
		var toInstant = to.atStartOfDay(zone).toInstant();
		var sample = new ArrayList<String>();
		var cases = 0;
		var differences = 0;
		var missing = 0;
		var after = Math.max(afterId, reader.idBefore(fromInstant, toInstant));
		List<CaseCount> fresh;
		do {
			var last = after;
			fresh = transaction.execute(tx -> reader.page(fromInstant, toInstant, last, PAGE));
			var stored = store.load(fresh.stream().map(CaseCount::caseId).toList()).stream()
				.collect(Collectors.toMap(CaseCount::caseId, Function.identity()));
			for (var count : fresh) {
				var kept = stored.get(count.caseId());
				missing += kept == null ? 1 : 0;
				if (!count.equals(kept)) {
					differences++;
					if (sample.size() < 5) {
						sample.add("case " + count.caseId());
					}
				}
			}
			cases += fresh.size();
			after = fresh.isEmpty() ? after : fresh.get(fresh.size() - 1).caseId();
		}
		while (fresh.size() == PAGE);
		// facts kept for cases the workflow tables do not have
		differences += Math.abs(store.factsOf(from, to, afterId) - (cases - missing));
		var rollups = store.rollupDifferences(from, to);
		var check = new Check(from, to, cases, differences, rollups, sample);
		store.record(check, started, calendar.now());
		return check;
	}

}
