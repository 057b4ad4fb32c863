package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chengguan.TestLogins;
import org.chengguan.party.IdType;
import org.chengguan.party.NewParty;
import org.chengguan.party.PartyKind;
import org.chengguan.party.PartyManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffManagement;
import org.springframework.jdbc.core.JdbcTemplate;

/** Proceedings of the demo bureau's first squad on the real database, for tests that need one at some stage. */
public record ProceedingFixtures(PenaltyManagement penalties, PartyManagement parties, StaffManagement staff,
		JdbcTemplate jdbc) {

	public Actor actor(String username) {
		var row = jdbc.queryForMap("select id, name from staff_member where username = ?", username);
		return new Actor(((Number) row.get("id")).longValue(), username, (String) row.get("name"));
	}

	public DataScope scope(String username) {
		return staff.scopeOf(actor(username).id());
	}

	long squad01() {
		return staff.orgUnitOf(actor("squad01").id());
	}

	public long version(long id) {
		return jdbc.queryForObject("select version from penalty_proceeding where id = ?", Long.class, id);
	}

	/** A person with a fresh (valid) resident number, born on a day of 1980–1999 (one of seven million numbers). */
	public long party() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		var born = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(7300));
		var serial = String.format("%03d", random.nextInt(1000));
		var body = "110105" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + serial;
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		var sum = 0;
		for (var i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return parties.register(new NewParty(PartyKind.PERSON, IdType.RESIDENT_ID, body + "10X98765432".charAt(sum % 11),
				"赵烧烤", null, "和平路 1 号", "13700001111"), "officer01");
	}

	/** A 露天烧烤 lead of officer01 and enforcer01. */
	public long lead() {
		var officer = actor("officer01");
		var lead = new NewLead(party(), ProceedingSource.PATROL, null, squad01(), "990101001", "990101",
				actor("enforcer01").id(), "和平路夜市", "在禁止区域内露天烧烤食品", LocalDate.of(2026, 11, 20), null, false,
				LocalDate.of(2026, 11, 20), false);
		return TestLogins.withAuthorities(() -> penalties.openLead(lead, officer), "penalty:handle");
	}

	/** The same, filed by the 分管领导: its 90 days run. */
	public long filed() {
		var id = lead();
		penalties.requestFiling(id, version(id), actor("officer01"), scope("officer01"));
		penalties.approveFiling(id, version(id), "同意立案", actor("deputy"), scope("deputy"));
		return id;
	}

	/** The same, through 调查、审批、告知 (waived) to the 分管领导's decision: 3,000 yuan and the grills confiscated. */
	long decided() {
		var f = this;
		var id = f.filed();
		var officer = f.actor("officer01");
		var second = f.actor("enforcer01");
		var officers = f.scope("officer01");
		penalties.addRecord(id, version(id), new NewRecord(RecordKind.INQUIRY, "询问当事人", "当事人承认在禁止区域内露天烧烤。",
				officer.id(), second.id(), List.of()), officer, officers);
		var barbecue = jdbc.queryForObject(
				"select id from penalty_benchmark_entry where code = 'DQ-118-03' and version = 1", Long.class);
		penalties.conclude(id, version(id), new ProposedOutcome(Outcome.PENALTY, barbecue, DiscretionLevel.SERIOUS,
				false, BigDecimal.valueOf(3000), null, null, "烧烤炉两个", BigDecimal.ZERO,
				Set.of(PenaltyMeasure.CONFISCATION), "责令立即停止在禁止区域内露天烧烤", LocalDate.of(2026, 12, 31), Set.of(),
				"烤炉两个", Set.of(), null), officer, officers);
		penalties.submit(id, version(id), officer, officers);
		penalties.approve(id, version(id), "同意", null, f.actor("squad01"), f.scope("squad01"));
		penalties.approve(id, version(id), "审核通过", PenaltyLabels.checklistOf(Set.of(ReviewItem.PENALTY_FIT)),
				f.actor("legal"), f.scope("legal"));
		penalties.approve(id, version(id), "同意告知", null, f.actor("deputy"), f.scope("deputy"));
		penalties.serveNotice(id, version(id), "DIRECT", second.id(), officer, officers);
		penalties.recordWaiver(id, version(id), new NewRecord(RecordKind.WAIVER, "放弃陈述申辩声明", "本人放弃陈述、申辩权利。",
				officer.id(), second.id(), List.of()), officer, officers);
		penalties.endStatementPeriod(id, version(id), officer, officers);
		penalties.decide(id, version(id), f.actor("deputy"), f.scope("deputy"));
		return id;
	}
}
