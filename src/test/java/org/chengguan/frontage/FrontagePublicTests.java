package org.chengguan.frontage;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 共治码 page without an account: the unit's duties and whom to call, never its contact, phone or 信用代码; a report
 * there becomes a case located at the frontage, linked to the unit, and its squad hears at once; bad input is refused
 * with nothing stored; a client is limited; and who may sign up or import units (seeing is not acting).
 */
@ChengguanIntegrationTest
class FrontagePublicTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FrontageManagement frontages;

	@Autowired
	StaffManagement staff;

	@Autowired
	IntakeManagement intake;

	@Autowired
	UserDetailsService users;

	static final java.util.concurrent.atomic.AtomicInteger NEXT_GRID = new java.util.concurrent.atomic.AtomicInteger();

	FrontageUnits units;

	FrontageUnit unit;

	@BeforeEach
	void setUp() {
		units = new FrontageUnits(jdbc, frontages, staff, intake);
		// a grid of its own for each test: five reports near each other would make a complaint cluster (热点)
		var at = units.centre("9901010010040" + (20 - NEXT_GRID.getAndIncrement() % 8));
		unit = units.register("squad01", new NewFrontage("共治测试面馆", "91350100M000100Y43", null, "赵老板",
				"13812345678", "桂园路 88 号", FrontageUnits.kerb(at),
				null, null, null, null));
	}

	static MockMultipartHttpServletRequestBuilder report(String token, String client, String... params) {
		var request = multipart("/public/frontages/{t}/reports", token);
		for (var i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		request.with(csrf()).with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
		return request;
	}

	String page(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	void thePublicPageShowsTheDutiesAndWhomToCallAndNothingPersonal() throws Exception {
		var shown = page(mvc.perform(get("/public/frontages/{t}", unit.getToken())).andExpect(status().isOk()));
		assertThat(shown).contains("共治测试面馆", unit.getCode(), "包市容", "包环境卫生", "包秩序", "id=\"public-frontage-form\"",
				"枫林中队", "店外经营", "占道经营");
		assertThat(shown).doesNotContain("赵老板", "13812345678", "91350100M000100Y43", "桂园路 88 号");
		mvc.perform(get("/public/frontages/{t}", "AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
		mvc.perform(get("/public/frontages/{t}", "x")).andExpect(status().isNotFound());
	}

	@Test
	void aReportThroughTheCodeReachesIntakeAtTheFrontageAndItsSquadHearsAtOnce() throws Exception {
		var shown = page(mvc.perform(report(unit.getToken(), "10.9.0.1", "category", "E09006", "description",
				"门口有人摆摊卖水果，占了人行道", "phone", "13700001234").file(CaseSteps.png()))
			.andExpect(status().isOk()));
		assertThat(shown).contains("id=\"public-frontage-received\"");
		var number = shown.replaceAll("(?s).*id=\"public-frontage-case\">([A-Z0-9]+)<.*", "$1");
		var opened = jdbc.queryForMap("""
				select c.id, c.status, c.source, c.category_key, c.lon, c.lat, c.unit_grid_code, r.reporter_phone_hash
				from caseflow_case c join intake_report r on r.id = c.report_id where c.number = ?""", number);
		assertThat(opened.get("status")).isEqualTo("REPORTED");
		assertThat(opened.get("source")).isEqualTo("OPEN311");
		assertThat(opened.get("category_key")).isEqualTo("E09006");
		assertThat(opened.get("unit_grid_code")).isEqualTo(unit.getUnitGridCode());
		assertThat((Double) opened.get("lon")).isEqualTo(unit.getCentreLon());
		assertThat(opened.get("reporter_phone_hash")).isNotNull();
		var caseId = (Long) opened.get("id");
		assertThat(frontages.violations(unit.getId())).extracting(FrontageViews.Violation::link).containsExactly("QR");
		assertThat(count("select count(*) from intake_attachment a join caseflow_case c on c.report_id = a.report_id "
				+ "where c.id = ?", caseId)).isEqualTo(1);
		// the squad's officers and its leader hear of it; another squad does not
		var told = jdbc.queryForList("""
				select m.username from notification n join staff_member m on m.id = n.recipient_id
				where n.case_id = ? and n.kind = 'FRONTAGE_REPORT' order by 1""", String.class, caseId);
		assertThat(told).contains("squad01", "officer01", "grid01").doesNotContain("squad02", "aux01");
		// and the staff page says where it was found
		assertThat(page(mvc.perform(get("/frontages/for-case/{id}", caseId).with(as(users, "intake")))))
			.contains("共治测试面馆", "近 12 个月在门前发现问题 1 次");
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		var reports = count("select count(*) from intake_report");
		var links = count("select count(*) from frontage_violation");
		String[][] bad = { { "category", "E06029", "description", "门口烧烤冒烟呛人" },
				{ "category", "E09006", "description", "摆摊" },
				{ "category", "E09006", "description", "门口摆摊".repeat(130) },
				{ "category", "E09006", "description", "门口有人摆摊", "phone", "12345" },
				{ "description", "门口有人摆摊" } };
		for (var params : bad) {
			assertThat(page(mvc.perform(report(unit.getToken(), "10.9.1.1", params)).andExpect(status().isBadRequest())))
				.as(String.join(" ", params))
				.contains("id=\"public-frontage-problem\"");
		}
		// four photos, or a file that is no image
		var four = report(unit.getToken(), "10.9.1.1", "category", "E09006", "description", "门口有人摆摊");
		for (var i = 0; i < 4; i++) {
			four.file(CaseSteps.png());
		}
		mvc.perform(four).andExpect(status().isBadRequest());
		mvc.perform(report(unit.getToken(), "10.9.1.1", "category", "E09006", "description", "门口有人摆摊")
			.file(new org.springframework.mock.web.MockMultipartFile("photos", "a.png", "image/png", "not a png".getBytes())))
			.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from intake_report")).isEqualTo(reports);
		assertThat(count("select count(*) from frontage_violation")).isEqualTo(links);
	}

	@Test
	void aClientMaySendThreeReportsAnHour() throws Exception {
		for (var i = 0; i < 3; i++) {
			mvc.perform(report(unit.getToken(), "10.9.2.1", "category", "E06036", "description", "门前乱堆纸箱杂物 " + i))
				.andExpect(status().isOk());
		}
		assertThat(page(mvc.perform(report(unit.getToken(), "10.9.2.1", "category", "E06036", "description",
				"门前乱堆纸箱杂物")).andExpect(status().isTooManyRequests()))).contains("提交过于频繁");
		mvc.perform(report(unit.getToken(), "10.9.2.2", "category", "E06036", "description", "门前乱堆纸箱杂物"))
			.andExpect(status().isOk());
	}

	@Test
	void onlyThoseWhoManageFrontagesInTheirAreaSignUnitsUpOrImportThem() throws Exception {
		var form = new String[] { "name", "矩阵测试店", "licenceNo", "92410100MA777777", "contactName", "钱先生",
				"contactPhone", "13903719999", "address", "测试路 9 号", "frontage",
				FrontageUnits.kerb(units.centre("990101001004011")) };
		// the 协管员 and the 督查员 see the 台账 but do not sign up or import
		for (var viewer : new String[] { "aux01", "supervisor" }) {
			mvc.perform(get("/frontages").with(as(users, viewer))).andExpect(status().isOk());
			mvc.perform(post("/frontages").params(params(form)).with(as(users, viewer)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/frontages/import").with(as(users, viewer))).andExpect(status().isForbidden());
		}
		// the form draws the frontage on the map; one with a problem comes back with its message
		assertThat(page(mvc.perform(get("/frontages/new").with(as(users, "squad01"))).andExpect(status().isOk())))
			.contains("id=\"shape-draw\"", "id=\"shape-close\"", "name=\"frontage\"");
		assertThat(page(mvc.perform(post("/frontages").param("name", "无址店").param("frontage", "here")
			.with(as(users, "squad01")).with(csrf())).andExpect(status().isOk()))).contains("请检查填写的内容");
		// the 受理员 sees, but not the 财务
		mvc.perform(get("/frontages").with(as(users, "finance"))).andExpect(status().isForbidden());
		// squad02's area is another street: refused, with the reason
		assertThat(page(mvc.perform(post("/frontages").params(params(form)).with(as(users, "squad02")).with(csrf()))
			.andExpect(status().isOk()))).contains("该位置不在您的辖区内");
		assertThat(count("select count(*) from frontage_unit where name = '矩阵测试店'")).isZero();
		mvc.perform(post("/frontages").params(params(form)).with(as(users, "officer01")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from frontage_unit where name = '矩阵测试店'")).isOne();
		// squad02 cannot even see it, nor upload its 责任书
		var id = count("select id from frontage_unit where name = '矩阵测试店'");
		mvc.perform(get("/frontages/{id}", id).with(as(users, "squad02"))).andExpect(status().isNotFound());
		mvc.perform(multipart("/frontages/{id}/pledge", id).file(new org.springframework.mock.web.MockMultipartFile(
				"scan", "责任书.png", "image/png", CaseSteps.png().getBytes()))
			.param("signedOn", "2026-03-01")
			.with(as(users, "squad02"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(multipart("/frontages/{id}/pledge", id).file(new org.springframework.mock.web.MockMultipartFile(
				"scan", "责任书.png", "image/png", CaseSteps.png().getBytes()))
			.param("signedOn", "2026-03-01")
			.with(as(users, "squad01"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from frontage_unit where id = ? and pledge_file_id is not null", id)).isOne();
		mvc.perform(get("/frontages/{id}/pledge", id).with(as(users, "grid01"))).andExpect(status().isOk());
	}

	static org.springframework.util.MultiValueMap<String, String> params(String... pairs) {
		var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
		for (var i = 0; i < pairs.length; i += 2) {
			map.add(pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
