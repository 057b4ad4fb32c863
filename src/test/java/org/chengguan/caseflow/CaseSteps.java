package org.chengguan.caseflow;

import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The steps of the case loop as the demo staff take them on the case page, for tests of every module. */
public final class CaseSteps {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final UserDetailsService users;

	public CaseSteps(MockMvc mvc, JdbcTemplate jdbc, UserDetailsService users) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.users = users;
	}

	/** A 12345 order and the case it opened. */
	public record Order(String orderNo, long caseId) {
	}

	/** Pushes a located 12345 order about 暴露垃圾 in the first unit grid. */
	public Order pushOrder(String description) throws Exception {
		return pushOrder(description, "");
	}

	/** The same with more JSON fields ({@code , "attachments": [...]}). */
	public Order pushOrder(String description, String extra) throws Exception {
		var grid = jdbc.queryForMap("select code, centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		var no = "GD" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/hotline/work-orders").header("X-Api-Key", "demo-12345-key")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"platform": "12345", "orderNo": "%s", "receivedAt": "2026-11-23T09:30:00+08:00", "urgency": "NORMAL",
					 "categoryCode": "06010", "address": "和平路 18 号", "lon": %s, "lat": %s, "content": "%s",
					 "caller": {"name": "张三丰", "phone": "13812341234"} %s}"""
				.formatted(no, grid.get("centroid_lon"), grid.get("centroid_lat"), description, extra)))
			.andExpect(status().isCreated());
		return new Order(no, jdbc.queryForObject("select case_id from hotline_order where order_no = ?", Long.class, no));
	}

	public long version(long id) {
		return jdbc.queryForObject("select version from caseflow_case where id = ?", Long.class, id);
	}

	public String stateOf(long id) {
		return jdbc.queryForObject("select status from caseflow_case where id = ?", String.class, id);
	}

	/** One action by one person, which must succeed. */
	public void act(long id, String user, String action, String... params) throws Exception {
		var request = post("/cases/{id}/actions/{a}", id, action).with(as(users, user))
			.with(csrf())
			.param("version", String.valueOf(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "caseflow.done." + action));
	}

	/** An action with a photo and the opinion 已清理完毕, which must succeed. */
	public void actWithPhoto(long id, String user, String action) throws Exception {
		mvc.perform(multipart("/cases/{id}/actions/{a}", id, action).file(png())
			.with(as(users, user))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("opinion", "已清理完毕"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "caseflow.done." + action));
	}

	/** 受理 and 立案 under the category's first 立案条件, by the 受理员. */
	public void acceptAndRegister(long id) throws Exception {
		var categoryId = jdbc.queryForObject("select category_id from caseflow_case where id = ?", Long.class, id);
		var conditionId = jdbc.queryForObject(
				"select id from category_condition where category_id = ? and enabled order by id limit 1", Long.class,
				categoryId);
		act(id, "intake", "ACCEPT", "categoryId", categoryId.toString());
		act(id, "intake", "REGISTER", "conditionId", conditionId.toString());
	}

	/** From 派遣 to 结案: the 环卫所 disposes with a photo, grid01 checks, the 受理员 closes. */
	public void dispatchToClosed(long id) throws Exception {
		var sanitation = jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
		act(id, "dispatcher", "DISPATCH", "unitId", sanitation.toString());
		act(id, "handler", "SIGN_FOR");
		disposeToClosed(id);
	}

	/** From 处置中 to 结案. */
	public void disposeToClosed(long id) throws Exception {
		actWithPhoto(id, "handler", "REPORT_BACK");
		act(id, "intake", "SEND_CHECK");
		actWithPhoto(id, "grid01", "CHECK_PASS");
		act(id, "intake", "CLOSE");
	}

	/** The day after the case's 处置 deadline: within one more original limit of a 1-working-day 立案条件. */
	public String dayAfterDue(long id) {
		var due = jdbc.queryForObject("select dispose_due_at from caseflow_case where id = ?", java.sql.Timestamp.class,
				id);
		return due.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1).toString();
	}

	public static MockMultipartFile png() throws Exception {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return new MockMultipartFile("photos", "现场.png", "image/png", out.toByteArray());
	}
}
