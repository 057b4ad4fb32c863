package org.chengguan.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.chengguan.calendar.DeadlineUnit;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.ApprovalManagement;
import org.chengguan.caseflow.CaseAction;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.caseflow.CaseStatus;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.hotline.HotlineManagement;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A history of cases for the demo's charts: for each past day, cases reported by the streets' grid officers (and
 * about a third by 12345 callers, with the platform's 回访 after the reply, {@link DemoHotline}) and
 * taken through the real case loop by the demo bureau's people — 受理, 立案, 派遣, 签收, 处置, 核查, 结案 — at the times
 * they would have happened ({@link DemoClock}), some late, some returned, reworked, extended, cancelled or fixed on the
 * spot, and the most recent ones still open. Deterministic for a seed; every step is checked as a person's would be.
 */
@Component
@ConditionalOnBooleanProperty("chengguan.demo.enabled")
class DemoHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** The first district's squads have their 协管员 auxNN, auxNNb, auxNNc and auxNNd. */
	private static final String[] AUXILIARY_SUFFIX = { "", "b", "c", "d" };

	/** Frequent 事项 of a street patrol, most frequent first. */
	private static final List<String> CATEGORIES = List.of("E06010", "E09006", "E06012", "E09005", "E06036", "E06029",
			"E06042", "E09009");

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final ApprovalManagement approvals;

	private final CategoryManagement categories;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	private final Map<String, Actor> actors = new HashMap<>();

	private final Map<Long, Actor> byId = new HashMap<>();

	private final Map<String, Authentication> signedIn = new HashMap<>();

	private final UserDetailsService users;

	private final Environment environment;

	private final JdbcTemplate jdbc;

	private final DemoClock clock;

	private final HotlineManagement hotlineManagement;

	private final DemoPlaces places;

	private @Nullable DemoHotline hotline;

	private int failures;

	DemoHistory(IntakeManagement intake, CaseManagement cases, ApprovalManagement approvals,
			CategoryManagement categories, StaffManagement staff, WorkingCalendar calendar, Environment environment,
			JdbcTemplate jdbc, UserDetailsService users, DemoClock clock, HotlineManagement hotlineManagement,
			DemoPlaces places) {
		this.places = places;
		this.hotlineManagement = hotlineManagement;
		this.users = users;
		this.clock = clock;
		this.environment = environment;
		this.jdbc = jdbc;
		this.intake = intake;
		this.cases = cases;
		this.approvals = approvals;
		this.categories = categories;
		this.staff = staff;
		this.calendar = calendar;
	}

	/**
	 * After the demo city is loaded, writes {@code chengguan.demo.history-days} days of history (about
	 * {@code chengguan.demo.history-per-day} cases a day) in the background, unless the database has cases from before
	 * today: the app is usable at once and the charts fill as the history is written.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	public void startIfNew() {
		var days = environment.getProperty("chengguan.demo.history-days", Integer.class, 0);
		var perDay = environment.getProperty("chengguan.demo.history-per-day", Integer.class, 12);
		var today = calendar.today();
		// a history cut short by a stop goes on from its last day
		// (the 协管员's fixes on the spot of last month are loaded with the city, not with the history)
		var last = jdbc.queryForObject(
				"select max(received_at) from caseflow_case where received_at < ? and not self_disposed",
				java.sql.Timestamp.class, java.sql.Timestamp.from(today.atStartOfDay(calendar.zone()).toInstant()));
		var from = last == null ? today.minusDays(days)
				: last.toInstant().atZone(calendar.zone()).toLocalDate().plusDays(1);
		if (days <= 0 || !from.isBefore(today)) {
			return;
		}
		var streets = places.all();
		var thread = new Thread(() -> {
			var started = System.nanoTime();
			log.info("Demo history: writing the cases from {} in the background", from);
			var written = write(streets, from, perDay, 20261201L + from.toEpochDay());
			log.info("Demo history: {} cases from {} written in {} s", written, from,
					(System.nanoTime() - started) / 1_000_000_000);
		}, "demo-history");
		thread.setDaemon(true);
		thread.start();
	}

	/** Writes the history of the days from {@code from} to yesterday, about {@code perDay} cases a day; how many. */
	int write(List<DemoPlaces.Place> streets, LocalDate from, int perDay, long seed) {
		var random = new Random(seed);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"demo-history", null, AuthorityUtils.createAuthorityList("case:view", "grid:view", "data:citywide")));
		staff.summariesInScope(DataScope.everything()).forEach(s -> {
			var actor = new Actor(s.id(), s.username(), s.name());
			actors.put(s.username(), actor);
			byId.put(s.id(), actor);
		});
		var keys = CATEGORIES.stream().map(categories::findByKey).flatMap(java.util.Optional::stream).toList();
		hotline = new DemoHotline(hotlineManagement, intake);
		var written = 0;
		try {
			var today = calendar.today();
			for (var day = from; day.isBefore(today); day = day.plusDays(1)) {
				// fewer on weekends and holidays, as patrols are
				var count = calendar.isWorkingDay(day) ? perDay / 2 + random.nextInt(perDay + 1) : perDay / 3;
				for (var i = 0; i < count; i++) {
					var place = streets.get(random.nextInt(streets.size()));
					var index = Math.min(keys.size() - 1, (int) Math.abs(random.nextGaussian() * 2.5));
					var category = keys.get(index);
					one(day, place, category.getId(), CATEGORIES.get(index), category.getName(), random);
					written++;
				}
			}
		}
		finally {
			DemoClock.release();
			SecurityContextHolder.clearContext();
		}
		if (failures > 0) {
			log.warn("Demo history: {} of {} cases stopped early on a refused step", failures, written);
		}
		return written;
	}

	private void one(LocalDate day, DemoPlaces.Place place, @Nullable Long categoryId, String categoryKey,
			String categoryName, Random random) {
		var at = new Instant[] { day.atTime(8, 0).atZone(calendar.zone()).toInstant()
			.plus(Duration.ofMinutes(random.nextInt(600))) };
		DemoClock.pin(at[0]);
		// about a third come from 12345 callers, the rest from the streets' patrols
		var order = random.nextInt(100) < 30 ? Objects.requireNonNull(hotline).receive(day, at[0],
				categoryKey, categoryName, place.lon(), place.lat(), random) : null;
		long id;
		var byAuxiliary = false;
		if (order != null) {
			id = order.caseId();
		}
		else {
			// in the first district, the squads' 协管员 make half the patrol reports (their appraisal counts them)
			byAuxiliary = Integer.parseInt(place.streetNo()) <= DemoBureau.AUXILIARY_SQUADS && random.nextBoolean();
			var reporter = actor(byAuxiliary ? "aux" + place.streetNo() + AUXILIARY_SUFFIX[random.nextInt(4)]
					: "grid" + place.streetNo());
			var self = random.nextInt(100) < 5;
			var report = intake.receive(new NewReport(Channel.PATROL, null, null, at[0], categoryId, null, false,
					"巡查发现：" + categoryName, null, place.lon(), place.lat(), null, reporter.id(), self, List.of()),
					photos(), self ? photos() : List.of(), new EvidenceSource("PATROL", at[0], reporter.username()),
					null);
			if (self) {
				return;
			}
			id = cases.byReport(report.getId()).orElseThrow().id();
		}
		var status = cases.get(id, DataScope.everything()).getStatus();
		var steps = new Steps(id, at, random);
		try {
			if (byAuxiliary && status == CaseStatus.ACCEPTED && random.nextInt(100) < 20) {
				deskDecides(id, place.streetNo(), steps, random);
			}
			status = cases.get(id, DataScope.everything()).getStatus();
			if (status == CaseStatus.REJECTED || status == CaseStatus.DECLINED) {
				return;
			}
			// a grid officer's report is accepted as it arrives (patrol-verified); others wait for the 受理员
			if (status == CaseStatus.REPORTED) {
				steps.take(2, 15, "intake", (v, a, s) -> cases.accept(id, v, categoryId, null, null, a, s));
			}
			var condition = categories.get(Objects.requireNonNull(categoryId)).getConditions().stream()
				.filter(c -> c.isEnabled()).findFirst().orElseThrow();
			steps.take(2, 40, "intake", (v, a, s) -> cases.register(id, v, condition.getId(), null, a, s));
			if (random.nextInt(100) < 2) {
				steps.take(5, 30, "intake", (v, a, s) -> act(id, v, CaseAction.CANCEL_REQUEST, "重复上报", a, s));
				steps.take(5, 60, "shift", (v, a, s) -> act(id, v, CaseAction.CANCEL, "经核实为重复上报", a, s));
				return;
			}
			var unit = steps.routedUnit();
			var handler = unit == steps.sanitation() ? "handler" : "squad" + place.streetNo();
			steps.take(2, 45, "dispatcher", (v, a, s) -> cases.dispatch(id, v, unit, null, a, s));
			if (random.nextInt(100) < 5) {
				steps.take(10, 90, handler, (v, a, s) -> act(id, v, CaseAction.RETURN, "不属于本单位职责，请重新派遣", a, s));
				steps.take(5, 60, "dispatcher", (v, a, s) -> cases.dispatch(id, v, unit, "核实后仍属该单位", a, s));
			}
			steps.take(5, 90, handler, (v, a, s) -> act(id, v, CaseAction.SIGN_FOR, null, a, s));
			// 延期 is asked in days, so only under a 处置时限 of working days
			if (condition.getLimit().unit() == DeadlineUnit.WORKING_DAY && random.nextInt(100) < 3) {
				steps.take(30, 240, handler, (v, a, s) -> approvals.requestExtension(id, v, steps.dayAfterDue(),
						"需协调产权单位", a, s));
				steps.take(10, 120, "dispatcher", (v, a, s) -> approvals.approveExtension(id, v, null, null, a, s));
			}
			var hours = random.nextInt(100) < 80 ? 1 + random.nextInt(6) : random.nextInt(100) < 75 ? 6 + random.nextInt(24)
					: 30 + random.nextInt(50);
			steps.take(hours * 60, hours * 60 + 30, handler, (v, a, s) -> cases.act(id, v, CaseAction.REPORT_BACK,
					"已到场处置完毕", photos(), a, s));
			steps.check(random.nextInt(100) < 5, handler);
			steps.take(5, 60, "intake", (v, a, s) -> act(id, v, CaseAction.CLOSE, null, a, s));
			if (order != null) {
				steps.visit(order, handler);
			}
		}
		catch (DemoStep.Stop stop) {
			// the case stays where it is: it is still open today, or a step was refused
			failures += stop.refused ? 1 : 0;
		}
	}

	/**
	 * A 协管员's report the desk doubts: sent to the street's first 协管员 to 核实 (who confirms it, mostly), or
	 * declined as not the bureau's.
	 */
	private void deskDecides(long id, String streetNo, Steps steps, Random random) {
		var verifier = "aux" + streetNo;
		if (random.nextInt(100) < 40) {
			steps.take(5, 30, "shift", (v, a, s) -> act(id, v, CaseAction.DECLINE, "经核实不属于城管职责范围", a, s));
			return;
		}
		var assignee = actor(verifier).id();
		steps.take(5, 30, "intake", (v, a, s) -> cases.sendTask(id, v, CaseAction.SEND_VERIFY, assignee, null, a, s));
		var ok = random.nextInt(100) < 80;
		steps.take(30, 240, verifier, (v, a, s) -> cases.act(id, v, ok ? CaseAction.VERIFY_OK : CaseAction.VERIFY_FAIL,
				ok ? "现场核实属实" : "现场未发现所报问题", ok ? photos() : List.of(), a, s));
	}

	/** How many cases stopped early on a refused step. */
	int failures() {
		return failures;
	}

	private void act(long id, long version, CaseAction action, @Nullable String opinion, Actor actor,
			DataScope scope) {
		cases.act(id, version, action, opinion, List.of(), actor, scope);
	}

	private Actor actor(String username) {
		var actor = actors.get(username);
		if (actor == null) {
			throw new IllegalStateException("No demo account " + username);
		}
		return actor;
	}

	private List<Upload> photos() {
		return List.of(new Upload("现场.png", new ByteArrayResource(DemoPhotos.PNG)));
	}

	/** One case's steps, each some minutes after the last; a step that would lie in the future is not taken. */
	private final class Steps {

		private final long id;

		private final Instant[] at;

		private final Random random;

		Steps(long id, Instant[] at, Random random) {
			this.id = id;
			this.at = at;
			this.random = random;
		}

		void take(int fromMinutes, int toMinutes, String username, DemoStep step) {
			at[0] = at[0].plus(Duration.ofMinutes(fromMinutes + random.nextInt(Math.max(1, toMinutes - fromMinutes))));
			if (at[0].isAfter(clock.present().minus(Duration.ofMinutes(5)))) {
				throw new DemoStep.Stop(false, null);
			}
			DemoClock.pin(at[0]);
			var actor = actor(username);
			// each step is taken as that person, with their own authorities
			SecurityContextHolder.getContext().setAuthentication(signedIn.computeIfAbsent(username, u -> {
				var user = users.loadUserByUsername(u);
				return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			}));
			try {
				step.take(cases.get(id, DataScope.everything()).getVersion(), actor, staff.scopeOf(actor.id()));
			}
			catch (RuntimeException refused) {
				if (failures == 0) {
					log.warn("Demo history: case {} stopped at a step of {}: {}", id, username, refused.toString());
				}
				throw new DemoStep.Stop(true, refused);
			}
		}

		/** 派核查 to the grid's member, who checks; a failed check goes back for 返工 once. */
		void check(boolean rework, String handler) {
			var checker = new long[1];
			take(5, 60, "intake", (v, a, s) -> {
				var subject = cases.get(id, s);
				checker[0] = cases.fieldWorkers(subject, CaseAction.SEND_CHECK).get(0).staffId();
				cases.sendTask(id, v, CaseAction.SEND_CHECK, checker[0], null, a, s);
			});
			var who = byId.get(checker[0]).username();
			if (rework) {
				take(10, 120, who, (v, a, s) -> act(id, v, CaseAction.CHECK_FAIL, "现场仍有问题，需返工", a, s));
				take(60, 240, handler, (v, a, s) -> cases.act(id, v, CaseAction.REPORT_BACK, "已返工处置", photos(), a,
						s));
				take(5, 60, "intake", (v, a, s) -> cases.sendTask(id, v, CaseAction.SEND_CHECK, checker[0], null, a,
						s));
			}
			take(10, 120, who, (v, a, s) -> cases.act(id, v, CaseAction.CHECK_PASS, null, photos(), a, s));
		}

		/** The platform's 回访 a day or two after the reply; 不满意 sends the case back to the unit once. */
		void visit(DemoHotline.Order order, String handler) {
			var unsatisfied = new boolean[1];
			take(120, 2880, "intake", (v, a, s) -> unsatisfied[0] = Objects.requireNonNull(hotline).visit(order, random));
			if (unsatisfied[0]) {
				take(60, 600, handler, (v, a, s) -> cases.act(id, v, CaseAction.REPORT_BACK, "已再次到场处置", photos(),
						a, s));
				check(false, handler);
				take(5, 60, "intake", (v, a, s) -> act(id, v, CaseAction.CLOSE, null, a, s));
				take(120, 2880, "intake", (v, a, s) -> Objects.requireNonNull(hotline).visit(order, random));
			}
		}

		long routedUnit() {
			return cases.routedUnit(cases.get(id, DataScope.everything())).orElseThrow();
		}

		long sanitation() {
			return cases.dispatchUnits().stream().filter(u -> "SANITATION".equals(u.getCode())).findFirst()
				.orElseThrow().getId();
		}

		LocalDate dayAfterDue() {
			var due = Objects.requireNonNull(cases.get(id, DataScope.everything()).getDisposeDueAt());
			return due.atZone(calendar.zone()).toLocalDate().plusDays(1);
		}
	}
}
