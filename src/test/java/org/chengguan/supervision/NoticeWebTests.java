package org.chengguan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A 监管通知单 to a street's squad: issued with two items, one of them opening a loop case (督办 from the start);
 * replied by the squad, verified by the 督查股 with one item sent back, replied again and closed.
 */
@ChengguanIntegrationTest
class NoticeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void issuedRepliedVerifiedSentBackAndClosed() throws Exception {
		var squad = jdbc.queryForObject("select org_unit_id from staff_member where username = 'squad01'", Long.class);
		var deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5).toString();
		var photo = new MockMultipartFile("photos0", "现场.png", "image/png", CaseSteps.png().getBytes());
		var issued = mvc.perform(multipart("/supervision/notices").file(photo)
			.param("targetUnitId", squad.toString()).param("title", "和平路沿线市容问题")
			.param("description0", "和平路 18 号门前堆放杂物").param("address0", "和平路 18 号").param("deadline0", deadline)
			.param("category0", "E06036").param("openCase0", "true")
			.param("description1", "夜市路口占道经营").param("address1", "和平路夜市路口").param("deadline1", deadline)
			.with(csrf()).with(as(users, "supervisor")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "supervision.notice.done.ISSUE"))
			.andReturn().getResponse().getRedirectedUrl();
		var id = Long.parseLong(issued.substring(issued.lastIndexOf('/') + 1));
		var caseId = jdbc.queryForObject("select case_id from supervision_notice_item where notice_id = ? and position = 1",
				Long.class, id);
		assertThat(jdbc.queryForMap("select source, supervision_level from caseflow_case where id = ?", caseId))
			.containsEntry("source", "SUPERVISION").containsEntry("supervision_level", "L2");
		assertThat(jdbc.queryForObject("select count(*) from evidence_file where source = 'SUPERVISION'",
				Long.class)).isPositive();
		// the item's photo is shown on the notice, to those who may see it and for this notice only
		var photoId = jdbc.queryForObject("""
				select photo_ids[1] from supervision_notice_item where notice_id = ? and position = 1""", Long.class, id);
		mvc.perform(get("/supervision/notices/{id}", id).with(as(users, "squad01")))
			.andExpect(content().string(containsString("/supervision/notices/" + id + "/photos/" + photoId)));
		mvc.perform(get("/supervision/notices/{id}/photos/{e}", id, photoId).with(as(users, "squad01")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		mvc.perform(get("/supervision/notices/{id}/photos/{e}", id, photoId).with(as(users, "squad02")))
			.andExpect(status().isNotFound());
		var otherEvidence = jdbc.queryForObject("select min(id) from evidence_file where id <> ?", Long.class, photoId);
		mvc.perform(get("/supervision/notices/{id}/photos/{e}", id, otherEvidence).with(as(users, "squad01")))
			.andExpect(status().isNotFound());

		act(id, "REPLY", "handler", "reply", "不是我们的").andExpect(flash().attribute("problem",
				"supervision.notice.error.notYours"));
		act(id, "REPLY", "squad01", "reply", "已清理杂物，已劝离摊贩", "rectified1", "true", "rectified2", "true")
			.andExpect(flash().attribute("notice", "supervision.notice.done.REPLY"));
		act(id, "VERIFY", "squad01", "result1", "PASSED", "result2", "PASSED").andExpect(flash().attribute("problem",
				"supervision.notice.error.notYours"));
		act(id, "VERIFY", "supervisor", "result1", "PASSED").andExpect(flash().attribute("problem",
				"supervision.notice.error.verifyAll"));
		act(id, "VERIFY", "supervisor", "result1", "PASSED", "result2", "FAILED", "note2", "摊贩仍在")
			.andExpect(flash().attribute("notice", "supervision.notice.done.VERIFY"));
		assertThat(stateOf(id)).isEqualTo("ISSUED");

		act(id, "REPLY", "squad01", "reply", "已设置围挡，安排专人值守", "rectified2", "true");
		act(id, "VERIFY", "supervisor", "result2", "PASSED");
		assertThat(stateOf(id)).isEqualTo("CLOSED");

		mvc.perform(get("/supervision/notices").with(as(users, "director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("和平路沿线市容问题")));
		mvc.perform(get("/supervision/notices/{id}", id).with(as(users, "squad02"))).andExpect(status().isNotFound());
		mvc.perform(post("/supervision/notices").param("title", "").with(csrf()).with(as(users, "supervisor")))
			.andExpect(flash().attribute("problem", "supervision.notice.error.form"));
		// a "photo" that is no image is refused with its reason, and no notice is kept
		var notices = jdbc.queryForObject("select count(*) from supervision_notice", Long.class);
		mvc.perform(multipart("/supervision/notices")
			.file(new MockMultipartFile("photos0", "现场.png", "image/png", "not an image".getBytes()))
			.param("targetUnitId", squad.toString()).param("title", "照片有误").param("description0", "问题")
			.param("address0", "和平路").param("deadline0", deadline).with(csrf()).with(as(users, "supervisor")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("evidence.")));
		assertThat(jdbc.queryForObject("select count(*) from supervision_notice", Long.class)).isEqualTo(notices);
	}

	private String stateOf(long id) {
		return jdbc.queryForObject("select status from supervision_notice where id = ?", String.class, id);
	}

	private ResultActions act(long id, String action, String who, String... params) throws Exception {
		var version = jdbc.queryForObject("select row_version from supervision_notice where id = ?", Long.class, id);
		var request = post("/supervision/notices/{id}/{a}", id, action).param("rowVersion", version.toString())
			.with(csrf())
			.with(as(users, who));
		for (var i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}
}
