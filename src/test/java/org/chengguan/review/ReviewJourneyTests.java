package org.chengguan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ProceedingAction;
import org.chengguan.penalty.ServedDecisions;
import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 案卷评查 on the real database: a closed file is drawn at random once, reviewed by the 法制股 through its page (a bad
 * score stores nothing), never by an officer of the case, and the desk shows the sample's average.
 */
@ChengguanIntegrationTest
class ReviewJourneyTests {

	@Autowired
	ReviewManagement reviews;

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		var id = jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
		return new Actor(id, username, username);
	}

	long version(long id) {
		return jdbc.queryForObject("select version from penalty_proceeding where id = ?", Long.class, id);
	}

	/** A decision served and paid, closed by the 负责人 today. */
	long closed() {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).served();
		execution.confirmPayment(id, LocalDate.now(ZoneId.of("Asia/Shanghai")));
		penalties.act(id, version(id), ProceedingAction.REQUEST_CLOSE, "罚款已缴清", actor("officer01"),
				staff.scopeOf(actor("officer01").id()));
		penalties.act(id, version(id), ProceedingAction.APPROVE_CLOSE, null, actor("deputy"),
				staff.scopeOf(actor("deputy").id()));
		return id;
	}

	@Test
	void aClosedFileIsDrawnOnceReviewedByTheLegalSectionAndNeverByItsOfficers() throws Exception {
		var id = closed();
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		var batch = TestLogins.withAuthorities(() -> reviews.draw(today, today, 50, actor("legal")),
				"penalty:approve:legal");
		var file = reviews.filesOf(batch.getId()).stream().filter(f -> f.getProceedingId() == id).findFirst()
			.orElseThrow();
		// drawn once: a second draw of the same day does not take it again
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> reviews.draw(today, today, 50, actor("legal")),
				"penalty:approve:legal")).hasMessage("review.error.none");

		// an officer of the case, even one allowed to review, may not review it
		assertThatThrownBy(() -> TestLogins.withAuthorities(() -> {
			reviews.review(file.getId(), file.getVersion(), ReviewFileTests.full(), "无", actor("officer01"));
			return null;
		}, "penalty:approve:legal")).hasMessage("review.error.ownCase");

		var request = post("/reviews/files/" + file.getId()).param("version", "" + file.getVersion())
			.param("findings", "送达回证未注明送达地点")
			.with(csrf())
			.with(TestLogins.as(users, "legal"));
		for (var criterion : Criterion.values()) {
			request.param("score." + criterion.name(), criterion == Criterion.FACTS ? "abc" : "" + criterion.points());
		}
		mvc.perform(request).andExpect(flash().attribute("problem", "review.error.score"));
		assertThat(reviews.file(file.getId()).getStatus()).isEqualTo(ReviewFile.Status.PENDING);
		var good = post("/reviews/files/" + file.getId()).param("version", "" + file.getVersion())
			.param("findings", "送达回证未注明送达地点")
			.with(csrf())
			.with(TestLogins.as(users, "legal"));
		for (var criterion : Criterion.values()) {
			good.param("score." + criterion.name(), "" + (criterion == Criterion.DOCUMENTS ? 2 : criterion.points()));
		}
		mvc.perform(good).andExpect(flash().attribute("notice", "review.reviewed"));
		var reviewed = reviews.file(file.getId());
		assertThat(reviewed.getTotal()).isEqualTo(97);
		assertThat(reviewed.getGrade()).isEqualTo(Grade.EXCELLENT);

		assertThat(mvc.perform(get("/reviews").with(TestLogins.as(users, "legal"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("id=\"review-batches\"", "id=\"review-draw\"");
		assertThat(mvc.perform(get("/reviews/files/" + file.getId()).with(TestLogins.as(users, "director")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("97 优秀", "送达回证未注明送达地点");
		mvc.perform(get("/reviews").with(TestLogins.as(users, "officer01"))).andExpect(status().isForbidden());
		mvc.perform(get("/reviews/999999").with(TestLogins.as(users, "legal"))).andExpect(status().isNotFound());
		mvc.perform(post("/reviews").param("from", "2026-12-01").param("to", "2026-11-01").param("size", "5")
			.with(csrf()).with(TestLogins.as(users, "legal")))
			.andExpect(flash().attribute("problem", "review.error.sample"));
	}
}
