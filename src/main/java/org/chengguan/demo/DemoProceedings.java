package org.chengguan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.party.IdType;
import org.chengguan.party.NewParty;
import org.chengguan.party.PartyKind;
import org.chengguan.disclosure.DisclosureManagement;
import org.chengguan.penalty.BenchmarkManagement;
import org.chengguan.penalty.DiscretionLevel;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.FormRangeManagement;
import org.chengguan.penalty.HearingPlan;
import org.chengguan.penalty.NewLead;
import org.chengguan.penalty.NewRecord;
import org.chengguan.penalty.NewServiceAttempt;
import org.chengguan.penalty.OnSiteDecision;
import org.chengguan.penalty.Outcome;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ProceedingSource;
import org.chengguan.penalty.ProposedOutcome;
import org.chengguan.penalty.RecordKind;
import org.chengguan.penalty.ServiceMethod;
import org.chengguan.penalty.ServiceResult;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few penalty proceedings at different stages, made through the penalty module's API by the demo bureau's people as
 * they would make them: one of each approval tier and one with a hearing. The parties are fictional.
 */
@Component
class DemoProceedings {

	private final PenaltyManagement penalties;

	private final ExecutionManagement execution;

	private final DisclosureManagement disclosures;

	private final FormRangeManagement forms;

	private final BenchmarkManagement benchmarks;

	private final StaffManagement staff;

	private final WorkingCalendar calendar;

	DemoProceedings(PenaltyManagement penalties, ExecutionManagement execution, DisclosureManagement disclosures,
			FormRangeManagement forms, BenchmarkManagement benchmarks, StaffManagement staff, WorkingCalendar calendar) {
		this.penalties = penalties;
		this.execution = execution;
		this.disclosures = disclosures;
		this.forms = forms;
		this.benchmarks = benchmarks;
		this.staff = staff;
		this.calendar = calendar;
	}

	/** Every squad gets a 号段 of 500 on-the-spot forms from the 法制股. */
	void allocateForms(List<Long> squads) {
		var prefix = "JY" + calendar.today().getYear();
		var first = 1;
		for (var squad : squads) {
			forms.allocate(squad, prefix, first, first + 499, "legal", calendar.now());
			first += 500;
		}
	}

	void load() {
		var today = calendar.today();
		// T1: 占道经营 decided on the spot, a fine of 100 yuan paid in cash; the 中队 has still to record it.
		var officer02 = actor("officer02");
		penalties.decideOnSite(person("990101198509231424", "孙小摊"), new OnSiteDecision(lead(officer02, "enforcer02",
				"解放路菜市场东口", "在解放路菜市场东口人行道上摆摊销售水果，占用人行道约 3 平方米", today),
				fine("SR-036-02", null, 100, "责令立即撤除摊位、恢复人行道通行"), true, "当事人对事实无异议，表示立即撤摊",
				true, false, "41010126-0012345678"), officer02);

		var officer01 = actor("officer01");
		// A lead waiting for the 负责人 to approve its filing.
		var billboard = penalties.openLead(person("990101197211183648", "周广告"), lead(officer01, "enforcer01",
				"和平路 66 号楼顶", "在和平路 66 号楼顶未经批准设置大型户外广告牌一块，约 12 平方米", today.minusDays(2)),
				officer01);
		penalties.requestFiling(billboard, version(billboard), officer01, scope(officer01));

		// T2: 占道经营 a second time in a year, 300 yuan; the 中队长 agreed, now with the 法制股.
		var stall = filed(person("990101199003012536", "郑摊主"), "和平路夜市西口",
				"在和平路夜市西口占道摆摊经营，十二个月内第二次", today.minusDays(5));
		investigate(stall, "当事人承认在夜市西口占道经营，去年曾因同一行为被责令改正。");
		submit(stall, fine("SR-036-02", DiscretionLevel.SERIOUS, 300, "责令立即停止占道经营"));
		approve(stall, "squad01", "事实清楚，同意");

		// T3: 露天烧烤 with two grills, 3,000 yuan; the party waived its statement, the 分管领导 decided: to be served.
		var grill = decided(person("990101197805120310", "吴烧烤"), "和平路夜市路口", "在禁止区域内露天烧烤食品，现场烤炉两个",
				"当事人承认在禁止区域内使用两个烤炉露天烧烤。", 3000, today.minusDays(20));
		// The same with one grill, 2,500 yuan, served by hand today: its payment notice waits at the bank.
		var served = decided(person("990101198203150023", "钱烧烤"), "和平路夜市北口", "在禁止区域内露天烧烤食品，现场烤炉一个",
				"当事人承认在禁止区域内使用烤炉露天烧烤。", 2500, today.minusDays(25));
		var enforcer01 = actor("enforcer01");
		execution.serveDecision(served, version(served), new NewServiceAttempt(ServiceMethod.DIRECT,
				ServiceResult.SERVED, calendar.now().minusSeconds(600), "和平路夜市北口", null, null, null, null,
				enforcer01.id(), List.of(), "当事人当场签收"), List.of(), officer01, scope(officer01));
		// Both decisions published by the 法制股 (公示, the party masked).
		var publisher = actor("legal");
		for (var id : List.of(grill, served)) {
			disclosures.of(id).ifPresent(notice -> disclosures.publish(notice.getId(), publisher));
		}

		// T4: 为露天烧烤提供场地 with five grills, 8,000 yuan: the party asked for a hearing, set by the 法制股.
		var venue = filed(person("990101198807064759", "王场地"), "步行街口空地",
				"为他人露天烧烤提供场地，现场烤炉五个", today.minusDays(15));
		investigate(venue, "当事人承认将空地提供给他人露天烧烤，现场烤炉五个。");
		submit(venue, fine("DQ-118-03", DiscretionLevel.SERIOUS, 8000, "责令立即停止提供露天烧烤场地"));
		approve(venue, "squad01", "同意");
		approve(venue, "legal", "同意，拟罚款达到听证标准，告知听证权利");
		approve(venue, "deputy", "同意告知");
		penalties.serveNotice(venue, version(venue), "DIRECT", enforcer01.id(), officer01, scope(officer01));
		penalties.requestHearing(venue, version(venue), officer01, scope(officer01));
		var legal = actor("legal");
		penalties.scheduleHearing(venue, version(venue), new HearingPlan(workingDaysAfter(today, 8).atTime(9, 30)
			.atZone(calendar.zone()).toInstant(), "区城管局听证室", actor("legal2").id(), today, true), legal, scope(legal));
	}

	/** Filed, investigated, approved along T3, 告知 served and waived, and decided by the 分管领导. */
	private long decided(NewParty party, String place, String facts, String inquiry, int yuan, LocalDate day) {
		var officer01 = actor("officer01");
		var id = filed(party, place, facts, day);
		investigate(id, inquiry);
		submit(id, fine("DQ-118-03", DiscretionLevel.SERIOUS, yuan, "责令立即停止在禁止区域内露天烧烤"));
		approve(id, "squad01", "同意");
		approve(id, "legal", "事实清楚，证据确实充分，适用依据正确，程序合法，裁量适当");
		approve(id, "deputy", "同意告知");
		var enforcer01 = actor("enforcer01");
		penalties.serveNotice(id, version(id), "DIRECT", enforcer01.id(), officer01, scope(officer01));
		penalties.recordWaiver(id, version(id), new NewRecord(RecordKind.WAIVER, "放弃陈述申辩声明",
				"本人对拟作出的处罚无异议，放弃陈述、申辩权利。", officer01.id(), enforcer01.id(), List.of()), officer01,
				scope(officer01));
		penalties.endStatementPeriod(id, version(id), officer01, scope(officer01));
		var deputy = actor("deputy");
		penalties.decide(id, version(id), deputy, scope(deputy));
		return id;
	}

	private long filed(NewParty party, String place, String facts, LocalDate day) {
		var officer = actor("officer01");
		var id = penalties.openLead(party, lead(officer, "enforcer01", place, facts, day), officer);
		penalties.requestFiling(id, version(id), officer, scope(officer));
		var deputy = actor("deputy");
		penalties.approveFiling(id, version(id), "同意立案", deputy, scope(deputy));
		return id;
	}

	private void investigate(long id, String content) {
		var officer = actor("officer01");
		penalties.addRecord(id, version(id), new NewRecord(RecordKind.INQUIRY, "询问笔录", content, officer.id(),
				actor("enforcer01").id(), List.of()), officer, scope(officer));
	}

	/** The 调查终结报告 with this proposal, submitted for approval by the 承办人. */
	private void submit(long id, ProposedOutcome proposal) {
		var officer = actor("officer01");
		penalties.conclude(id, version(id), proposal, officer, scope(officer));
		penalties.submit(id, version(id), officer, scope(officer));
	}

	private void approve(long id, String username, String opinion) {
		var approver = actor(username);
		penalties.approve(id, version(id), opinion, null, approver, scope(approver));
	}

	private NewLead lead(Actor officer, String second, String place, String facts, LocalDate day) {
		return new NewLead(0, ProceedingSource.PATROL, null, staff.orgUnitOf(officer.id()), null, null,
				actor(second).id(), place, facts, day, day, false, day, false);
	}

	private ProposedOutcome fine(String benchmark, @Nullable DiscretionLevel level, int yuan, String correction) {
		var entry = benchmarks.validOn(calendar.today()).stream().filter(e -> e.getCode().equals(benchmark))
			.findFirst().orElseThrow();
		return new ProposedOutcome(Outcome.PENALTY, entry.getId(), level, false, BigDecimal.valueOf(yuan), null, null,
				null, BigDecimal.ZERO, Set.of(), correction, null, Set.of(), null, Set.of(), null);
	}

	private static NewParty person(String residentId, String name) {
		return new NewParty(PartyKind.PERSON, IdType.RESIDENT_ID, residentId, name, null, "和平路 " + name.length()
				+ " 号", "1390000" + residentId.substring(14));
	}

	private LocalDate workingDaysAfter(LocalDate day, int days) {
		var result = day;
		for (var counted = 0; counted < days;) {
			result = result.plusDays(1);
			counted += calendar.isWorkingDay(result) ? 1 : 0;
		}
		return result;
	}

	private long version(long id) {
		return penalties.get(id, DataScope.everything()).getVersion();
	}

	private Actor actor(String username) {
		StaffMember member = staff.search(username, DataScope.everything(), PageRequest.of(0, 5)).stream()
			.filter(m -> m.getUsername().equals(username)).findFirst().orElseThrow();
		return new Actor(java.util.Objects.requireNonNull(member.getId()), username, member.getName());
	}

	private DataScope scope(Actor actor) {
		return staff.scopeOf(actor.id());
	}
}
