package org.chengguan.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Collectors;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.chengguan.staff.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 协管员考核 against the real database and the demo bureau's last month: a squad's month computed from its
 * auxiliaries' own records, reviewed by a second member of the 执法股, published to the squad, corrected by a new
 * version; complaints checked before they are kept.
 */
@ChengguanIntegrationTest
class AppraisalTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final YearMonth LAST_MONTH = YearMonth.now(ZONE).minusMonths(1);

	@Autowired
	AppraisalManagement appraisals;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	AppraisalAccess.Viewer viewer(String username) {
		var principal = (StaffPrincipal) users.loadUserByUsername(username);
		return new AppraisalAccess.Viewer(new Actor(principal.getId(), username, principal.getName()),
				principal.getOrgUnitId(), staff.scopeOf(principal.getId()), principal.getAuthorities().stream()
					.map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
	}

	long id(String username) {
		return jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
	}

	long unitOf(String username) {
		return jdbc.queryForObject("select org_unit_id from staff_member where username = ?", Long.class, username);
	}

	long compute(String squad, String by) {
		return appraisals.compute(LAST_MONTH, unitOf(squad), viewer(by));
	}

	Appraisal.Item item(Appraisal appraisal, String username, AppraisalMetric metric) {
		return appraisal.itemsOf(id(username)).stream().filter(i -> i.metric() == metric).findFirst().orElseThrow();
	}

	@Test
	void aSquadsMonthIsComputedFromEachAuxiliarysOwnRecords() {
		var appraisal = appraisals.get(compute("squad06", "enforcement"), viewer("enforcement"));
		assertThat(appraisal.getStatus()).isEqualTo(AppraisalStatus.COMPUTED);
		assertThat(appraisal.getLines()).extracting(Appraisal.Line::staffId)
			.containsExactlyInAnyOrder(id("aux06"), id("aux06b"), id("aux06c"), id("aux06d"));
		assertThat(appraisal.getLines()).allMatch(l -> l.rank() != null && l.grade() != null);
		assertThat(appraisal.getLines()).extracting(Appraisal.Line::total).isSortedAccordingTo((a, b) -> b.compareTo(a));
		var last = appraisal.getLines().get(3);
		assertThat(appraisal.getLines()).filteredOn(Appraisal.Line::bottom)
			.allMatch(l -> l.total().compareTo(last.total()) == 0).isNotEmpty();
		var from = LAST_MONTH.atDay(1);
		var to = LAST_MONTH.plusMonths(1).atDay(1);
		for (var username : new String[] { "aux06", "aux06d" }) {
			var rostered = jdbc.queryForObject("""
					select count(*) from duty_shift s join duty_shift_member m on m.shift_id = s.id
					where m.staff_id = ? and s.day >= ? and s.day < ?""", Long.class, id(username), from, to);
			var kept = jdbc.queryForObject("""
					select count(*) from duty_attendance a join duty_shift s on s.id = a.shift_id
					where a.staff_id = ? and a.off_at is not null and s.day >= ? and s.day < ?""", Long.class,
					id(username), from, to);
			var fixed = jdbc.queryForObject("""
					select count(*) from caseflow_transition where action = 'SELF_DISPOSE' and actor_id = ?
					and at >= ? and at < ?""", Long.class, id(username), from.atStartOfDay(ZONE).toOffsetDateTime(),
					to.atStartOfDay(ZONE).toOffsetDateTime());
			assertThat(item(appraisal, username, AppraisalMetric.SHIFTS_KEPT))
				.extracting(Appraisal.Item::numerator, Appraisal.Item::denominator).containsExactly(kept, rostered);
			assertThat(item(appraisal, username, AppraisalMetric.SELF_DISPOSED).numerator()).isEqualTo(fixed);
			assertThat(rostered).isPositive();
		}
		// the faithful one walks more of the beat than the least faithful
		assertThat(item(appraisal, "aux06", AppraisalMetric.GRID_COVERAGE).numerator())
			.isGreaterThan(item(appraisal, "aux06d", AppraisalMetric.GRID_COVERAGE).numerator());
		// only the complaint found true counts
		assertThat(item(appraisal, "aux06d", AppraisalMetric.COMPLAINTS).numerator()).isEqualTo(1);
		assertThat(item(appraisal, "aux06b", AppraisalMetric.COMPLAINTS).numerator()).isZero();
	}

	@Test
	void reviewedByASecondMemberPublishedToTheSquadAndCorrectedByANewVersion() {
		var id = compute("squad04", "enforcement");
		var computed = appraisals.get(id, viewer("enforcement"));
		assertThatThrownBy(() -> appraisals.review(id, computed.getRowVersion(), "同意", viewer("enforcement")))
			.hasMessage("appraisal.error.fourEyes");
		assertThatThrownBy(() -> appraisals.get(id, viewer("aux04"))).isInstanceOf(AppraisalNotFoundException.class);
		appraisals.review(id, computed.getRowVersion(), "数据核对无误", viewer("enforcement2"));
		appraisals.publish(id, appraisals.get(id, viewer("enforcement")).getRowVersion(), viewer("enforcement2"));
		var published = appraisals.get(id, viewer("aux04"));
		assertThat(published.getStatus()).isEqualTo(AppraisalStatus.PUBLISHED);
		assertThatThrownBy(() -> appraisals.get(id, viewer("aux05"))).isInstanceOf(AppraisalNotFoundException.class);
		assertThat(appraisals.seesGrades(published, viewer("squad04"))).isTrue();
		assertThat(appraisals.seesGrades(published, viewer("director"))).isTrue();
		assertThat(appraisals.seesGrades(published, viewer("aux04"))).isFalse();
		assertThat(appraisals.seesGrades(published, viewer("enforcement"))).isFalse();
		assertThat(appraisals.seesGrades(published, viewer("squad05"))).isFalse();
		// published is frozen: computing it again is refused; a correction is the next version
		assertThatThrownBy(() -> compute("squad04", "enforcement")).hasMessage("appraisal.error.published");
		var next = appraisals.correct(id, published.getRowVersion(), "投诉复核后撤销", viewer("enforcement2"));
		appraisals.review(next, appraisals.get(next, viewer("enforcement")).getRowVersion(), "同意", viewer("enforcement"));
		appraisals.publish(next, appraisals.get(next, viewer("enforcement")).getRowVersion(), viewer("enforcement"));
		assertThat(appraisals.get(id, viewer("enforcement")).getStatus()).isEqualTo(AppraisalStatus.SUPERSEDED);
		assertThat(appraisals.get(next, viewer("aux04")).getVersion()).isEqualTo(2);
		assertThat(appraisals.versions(published, viewer("aux04"))).extracting(Appraisal::getVersion).containsExactly(2);
	}

	@Test
	void onlyAnEndedMonthOfASquadWithAuxiliariesAndOnlyByTheSection() {
		assertThatThrownBy(() -> appraisals.compute(YearMonth.now(ZONE), unitOf("squad07"), viewer("enforcement")))
			.hasMessage("appraisal.error.month");
		assertThatThrownBy(() -> appraisals.compute(LAST_MONTH, unitOf("legal"), viewer("enforcement")))
			.hasMessage("appraisal.error.squad");
		assertThatThrownBy(() -> compute("squad07", "squad07")).hasMessage("appraisal.error.notYours");
		assertThat(jdbc.queryForObject("select count(*) from appraisal where unit_id = ?", Long.class,
				unitOf("squad07"))).isZero();
	}

	@Test
	void aComplaintIsCheckedAndNothingIsKeptOfABadOne() {
		var before = jdbc.queryForObject("select count(*) from appraisal_complaint", Long.class);
		var section = viewer("enforcement");
		var today = LocalDate.now(ZONE);
		assertThatThrownBy(() -> appraisals.record(new AppraisalManagement.NewComplaint(id("aux09"), today,
				Complaint.Source.HOTLINE, "  ", null, true), section)).hasMessage("appraisal.complaint.error.summary");
		assertThatThrownBy(() -> appraisals.record(new AppraisalManagement.NewComplaint(id("aux09"), today.plusDays(1),
				Complaint.Source.HOTLINE, "态度生硬", null, true), section)).hasMessage("appraisal.complaint.error.date");
		assertThatThrownBy(() -> appraisals.record(new AppraisalManagement.NewComplaint(id("officer09"), today,
				Complaint.Source.HOTLINE, "态度生硬", null, true), section)).hasMessage("appraisal.complaint.error.staff");
		assertThatThrownBy(() -> appraisals.record(new AppraisalManagement.NewComplaint(id("aux09"), today,
				Complaint.Source.HOTLINE, "态度生硬", null, true), viewer("squad09"))).hasMessage("appraisal.error.notYours");
		assertThat(jdbc.queryForObject("select count(*) from appraisal_complaint", Long.class)).isEqualTo(before);
		var kept = appraisals.record(new AppraisalManagement.NewComplaint(id("aux09"), today, Complaint.Source.LETTER,
				" 劝导时语言不文明 ", " 2026120100001 ", true), section);
		assertThat(kept.getSummary()).isEqualTo("劝导时语言不文明");
		assertThat(kept.getCaseNumber()).isEqualTo("2026120100001");
		assertThat(kept.getUnitId()).isEqualTo(unitOf("aux09"));
	}

	/** 《行政处罚法》第七十四条: the database takes no metric outside the closed list. */
	@Test
	void theDatabaseTakesNoMetricOutsideTheList() {
		var scheme = jdbc.queryForObject("select id from appraisal_scheme where code = 'AUXILIARY' and version = 1",
				Long.class);
		assertThatThrownBy(() -> jdbc.update("""
				insert into appraisal_scheme_item (scheme_id, position, metric, weight, transform, per_unit, cap)
				values (?, 99, 'FINE_AMOUNT', 10, 'PER_UNIT', 1, 10)""", scheme))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void thePagesAnswerEachPersonWithWhatTheyMaySeeAndDo() throws Exception {
		mvc.perform(get("/appraisals").with(as(users, "enforcement"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("appraisal-compute-" + unitOf("squad02"))));
		mvc.perform(get("/appraisals").with(as(users, "aux02"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("appraisal-compute-"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
					"appraisal-squad-" + unitOf("squad03")))));
		mvc.perform(get("/appraisals/scheme").with(as(users, "aux02"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("出勤率")));
		mvc.perform(post("/appraisals").param("month", LAST_MONTH.toString()).param("unit", "" + unitOf("squad02"))
			.with(csrf()).with(as(users, "squad02"))).andExpect(status().isForbidden());
		mvc.perform(post("/appraisals").param("month", "2026-13").param("unit", "" + unitOf("squad02")).with(csrf())
			.with(as(users, "enforcement"))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "appraisal.error.month"));
		mvc.perform(post("/appraisals/complaints").param("unit", "" + unitOf("squad02")).param("staff", "" + id("aux03"))
			.param("receivedOn", "2026-11-02").param("source", "HOTLINE").param("summary", "x").with(csrf())
			.with(as(users, "enforcement"))).andExpect(flash().attribute("problem", "appraisal.complaint.error.staff"));
		mvc.perform(post("/appraisals/complaints").param("unit", "" + unitOf("squad02")).param("staff", "" + id("aux02"))
			.param("receivedOn", "someday").param("source", "HOTLINE").param("summary", "x").with(csrf())
			.with(as(users, "enforcement"))).andExpect(status().isBadRequest());
		mvc.perform(get("/appraisals/0").with(as(users, "enforcement"))).andExpect(status().isNotFound());
		mvc.perform(get("/appraisals/complaints").param("unit", "" + unitOf("squad06"))
			.param("month", LAST_MONTH.toString()).with(as(users, "enforcement"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("市民反映协管员劝导时态度生硬")));
		mvc.perform(get("/appraisals/complaints").param("unit", "" + unitOf("squad02")).with(as(users, "aux02")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSectionRevisesTheSchemeAsANewVersionFromAMonth() throws Exception {
		var versions = jdbc.queryForObject("select count(*) from appraisal_scheme", Long.class);
		mvc.perform(get("/appraisals/scheme").with(as(users, "enforcement"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("scheme-form")));
		mvc.perform(post("/appraisals/scheme").param("name", "新方案").param("validFrom", "2027-01-15")
			.param("bottomCount", "1").param("reason", "调整权重").with(csrf()).with(as(users, "enforcement")))
			.andExpect(flash().attribute("problem", "appraisal.scheme.error.validFrom"));
		mvc.perform(post("/appraisals/scheme").param("name", "新方案").param("validFrom", "2099-01-01")
			.param("bottomCount", "1").param("use.SHIFTS_KEPT", "true").param("weight.SHIFTS_KEPT", "100")
			.param("grade.1", "合格").param("min.1", "0").param("reason", "调整权重").with(csrf())
			.with(as(users, "squad01"))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from appraisal_scheme", Long.class)).isEqualTo(versions);
		mvc.perform(post("/appraisals/scheme").param("name", "协管员月度绩效考核").param("validFrom", "2099-01-01")
			.param("bottomCount", "1").param("use.SHIFTS_KEPT", "true").param("weight.SHIFTS_KEPT", "100")
			.param("grade.1", "合格").param("min.1", "0").param("reason", "远期测试版本").with(csrf())
			.with(as(users, "enforcement"))).andExpect(flash().attribute("notice", "appraisal.scheme.done"));
		var saved = jdbc.queryForMap("""
				select version, valid_from, reason, created_by from appraisal_scheme where code = 'AUXILIARY'
				order by version desc limit 1""");
		assertThat(saved).containsEntry("reason", "远期测试版本").containsEntry("created_by", "enforcement");
		assertThat((Integer) saved.get("version")).isGreaterThan(1);
	}
}
