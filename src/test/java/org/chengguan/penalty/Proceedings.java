package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.chengguan.party.PartyKind;

/** Object mother: the people of a squad and the bureau, a calendar, a 露天烧烤 lead and its proposals. */
final class Proceedings {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** 2026 国庆节: 10-01 to 10-07 off, Saturday 10-10 a 调休 working day. */
	static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
			LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));

	static final Set<LocalDate> MAKEUP = Set.of(LocalDate.of(2026, 10, 10));

	static final PeriodClock CLOCK = new PeriodClock() {

		@Override
		public LocalDate dayOf(Instant at) {
			return LocalDate.ofInstant(at, ZONE);
		}

		@Override
		public LocalDate lastDay(LocalDate start, int length, boolean workingDays) {
			return LegalPeriods.lastDay(start, length, workingDays, Proceedings::working);
		}

		@Override
		public boolean isWorkingDay(LocalDate day) {
			return working(day);
		}

		@Override
		public int workingDaysBetween(LocalDate from, LocalDate to) {
			return LegalPeriods.workingDaysBetween(from, to, Proceedings::working);
		}
	};

	static boolean working(LocalDate day) {
		if (MAKEUP.contains(day)) {
			return true;
		}
		return !HOLIDAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
				&& day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	static final Participant OFFICER = person(11, "执法队员甲", Set.of("penalty:handle"), true, false, true);

	static final Participant SECOND = person(12, "执法队员乙", Set.of("penalty:handle"), true, false, true);

	static final Participant AUXILIARY = person(13, "协管员", Set.of(), false, false, true);

	static final Participant EXPIRED = person(14, "执法证过期的队员", Set.of("penalty:handle"), false, false, true);

	static final Participant SQUAD_LEADER = person(21, "中队长", Set.of("penalty:handle", "penalty:approve:squad"), true,
			false, true);

	static final Participant OTHER_SQUAD_LEADER = person(22, "别的中队长",
			Set.of("penalty:handle", "penalty:approve:squad"), true, false, false);

	static final Participant LEGAL = person(31, "法制股审核员", Set.of("penalty:approve:legal"), true, true, false);

	static final Participant UNQUALIFIED_LEGAL = person(32, "无法律职业资格的审核员", Set.of("penalty:approve:legal"), true,
			false, false);

	static final Participant DEPUTY = person(41, "分管领导",
			Set.of("penalty:approve:deputy", "penalty:principal"), true, false, false);

	static final Participant DIRECTOR = person(51, "局长", Set.of("penalty:approve:collective", "penalty:principal"),
			true, false, false);

	static final Participant MEMBER = person(52, "班子成员", Set.of("penalty:approve:collective"), true, false, false);

	static final Participant ADMIN = person(71, "系统管理员",
			Set.of("admin:role", "admin:staff", "penalty:approve:deputy", "penalty:principal"), true, false, false);

	static Participant person(long id, String name, Set<String> authorities, boolean certified, boolean legal,
			boolean inUnit) {
		return new Participant(id, name, authorities, certified, legal, inUnit);
	}

	/** 2026-11-02 (a Monday) at 10:00 plus some days. */
	static Instant day(int plusDays) {
		return LocalDate.of(2026, 11, 2).plusDays(plusDays).atTime(10, 0).atZone(ZONE).toInstant();
	}

	static NewLead lead() {
		return new NewLead(1, ProceedingSource.PATROL, null, 100, "990101001", "990101", SECOND.staffId(), "和平路夜市",
				"在禁止区域内露天烧烤食品", LocalDate.of(2026, 10, 30), null, false, LocalDate.of(2026, 10, 30), false);
	}

	/** 露天烧烤 GENERAL band 500–2,000 (V39, DQ-118-03). */
	static BenchmarkEntry barbecue() {
		return BenchmarkEntry.of("DQ-118-03", 1,
				BenchmarkEntryTests.barbecue(List.of(BenchmarkEntryTests.band(DiscretionLevel.GENERAL, 500, 2000),
						BenchmarkEntryTests.band(DiscretionLevel.SERIOUS, 2000, 10000),
						BenchmarkEntryTests.band(DiscretionLevel.SEVERE, 10000, 20000))),
				LocalDate.of(2026, 1, 1), "legal", Instant.EPOCH);
	}

	static Assessment assessment() {
		return new Assessment(barbecue(), PartyKind.PERSON, 35, 0, false);
	}

	static ProposedOutcome fine(int yuan, DiscretionLevel level) {
		return new ProposedOutcome(Outcome.PENALTY, 1L, level, false, BigDecimal.valueOf(yuan), null, null, "烧烤工具一套",
				BigDecimal.ZERO, Set.of(PenaltyMeasure.CONFISCATION), "责令立即停止露天烧烤", null, Set.of(), "一个摊位，初次",
				Set.of(), null);
	}

	static NewRecord inquiry() {
		return new NewRecord(RecordKind.INQUIRY, "询问笔录", "当事人承认在夜市露天烧烤", OFFICER.staffId(), SECOND.staffId(),
				List.of());
	}

	static NewRecord record(RecordKind kind, String title) {
		return new NewRecord(kind, title, title + "的内容", OFFICER.staffId(), SECOND.staffId(), List.of());
	}

	static ApprovalThresholds thresholds() {
		return ApprovalRouteTests.DEFAULTS;
	}

	/** Opened, filed, one inquiry: investigating. */
	static PenaltyProceeding investigating() {
		var proceeding = PenaltyProceeding.openLead("CF2026000001", lead(), OFFICER, SECOND, day(0), CLOCK);
		proceeding.requestFiling(OFFICER, LocalDate.of(2026, 11, 2), day(0));
		proceeding.approveFiling(DEPUTY, "同意立案", day(1), CLOCK);
		proceeding.addRecord(inquiry(), OFFICER, SECOND, day(2), CLOCK);
		return proceeding;
	}

	/** Concluded with this fine and submitted along its route. */
	static PenaltyProceeding submitted(int yuan, DiscretionLevel level) {
		var proceeding = investigating();
		proceeding.conclude(fine(yuan, level), assessment(), OFFICER, day(3));
		proceeding.approval().submit(ApprovalRoute.of(facts(proceeding), thresholds()), OFFICER, day(3), CLOCK);
		return proceeding;
	}

	static ProceedingFacts facts(PenaltyProceeding proceeding) {
		return proceeding.getProposal().facts(proceeding.getProcedure(), PartyKind.PERSON,
				proceeding.getNotice().isHeard(), false);
	}

	/** Through the route before the 告知: 中队长, 法制股, 分管领导. */
	static PenaltyProceeding approved(int yuan, DiscretionLevel level) {
		var proceeding = submitted(yuan, level);
		proceeding.approval().approve(SQUAD_LEADER, "同意", null, day(4), CLOCK);
		proceeding.approval().approve(LEGAL, "审核通过", "管辖权=OK", day(5), CLOCK);
		proceeding.approval().approve(DEPUTY, "同意拟处罚意见", null, day(6), CLOCK);
		return proceeding;
	}

	/** 告知 served on day 7 (a Monday): statement period 5 working days. */
	static PenaltyProceeding noticed(int yuan, DiscretionLevel level) {
		var proceeding = approved(yuan, level);
		proceeding.hearing().serveNotice(OFFICER, SECOND, "DIRECT", thresholds().hearingEligible(facts(proceeding)), 5, day(7),
				CLOCK);
		return proceeding;
	}

	private Proceedings() {
	}
}
