package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Malformed input to every endpoint that takes input: each answers 4xx — with the reason in Chinese where a form is
 * shown — never 5xx, and nothing is stored.
 */
@ChengguanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTests {

	static final List<String> TABLES = List.of("staff_member", "staff_org_unit", "staff_org_unit_region", "staff_role",
			"staff_role_authority", "staff_member_role", "calendar_year", "calendar_day", "grid_region",
			"grid_unit_grid", "grid_responsibility_grid", "grid_member", "category_item", "category_condition",
			"category_route", "intake_report", "intake_attachment", "caseflow_case", "caseflow_transition",
			"caseflow_timer", "hotline_order", "video_camera", "video_alarm");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	Map<String, Long> before;

	/** One malformed request: who sends it, and a text the answer must contain (empty: status only). */
	record Case(String name, AbstractMockHttpServletRequestBuilder<?> request, String expectedText) {

		@Override
		public String toString() {
			return name;
		}
	}

	Map<String, Long> counts() {
		var counts = new LinkedHashMap<String, Long>();
		TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
		return counts;
	}

	long id(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@BeforeAll
	void countRows() {
		before = counts();
	}

	@AfterAll
	void nothingWasStored() {
		assertThat(counts()).isEqualTo(before);
	}

	Stream<Case> cases() {
		var officer02 = id("select id from staff_member where username = 'officer02'");
		var aux01 = id("select id from staff_member where username = 'aux01'");
		var grid01 = id("select id from staff_member where username = 'grid01'");
		var rg = id("select r.id from grid_responsibility_grid r join grid_member m on m.responsibility_grid_id = r.id "
				+ "where m.staff_id = " + grid01 + " order by r.id limit 1");
		var dispatcherRole = id("select id from staff_role where code = 'DISPATCHER'");
		var squadUnit = id("select id from staff_org_unit where code = 'SQUAD-990101001'");
		var officerRole = id("select id from staff_role where code = 'ENFORCEMENT_OFFICER'");
		var rubbish = id("select id from category_item where kind = 'EVENT' and code = '06002'");
		var videoPlatform = id("select id from video_platform order by id limit 1");
		var rubbishClass = id("select id from category_item where kind = 'EVENT' and code = '06'");
		var geoJson = new MockMultipartFile("file", "bad.geojson", "application/geo+json",
				"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"level\":\"UNIT_GRID\",\"code\":\"990101001001999\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.6,34.7],[113.61,34.7],[113.61,34.71],[113.6,34.71]]]}}]}"
					.getBytes(StandardCharsets.UTF_8));
		return Stream.of(
				new Case("staff: empty form", post("/staff"), "请填写用户名"),
				new Case("staff: bad phone and username", post("/staff").param("username", "1abc").param("name", "张三")
					.param("phone", "12345").param("orgUnitId", "" + squadUnit), "请填写 11 位手机号码"),
				new Case("staff: weak password", post("/staff").param("username", "newperson").param("name", "张三")
					.param("orgUnitId", "" + squadUnit).param("password", "password"), "密码"),
				new Case("staff: auxiliary with enforcement role", post("/staff").param("username", "newaux")
					.param("name", "张三").param("orgUnitId", "" + squadUnit).param("auxiliary", "true")
					.param("roleIds", "" + officerRole).param("password", "Chengguan#2027"), "协管员只能从事辅助性工作"),
				new Case("staff: certificate ends before it starts", post("/staff").param("username", "newcert")
					.param("name", "张三").param("orgUnitId", "" + squadUnit).param("certificateNo", "99019999")
					.param("certificateValidFrom", "2026-05-01").param("certificateValidTo", "2026-01-01")
					.param("password", "Chengguan#2027"), "执法证有效期止不能早于有效期起"),
				new Case("staff: org unit not a number", post("/staff").param("orgUnitId", "abc"), "请输入整数"),
				new Case("staff: unknown role", post("/staff").param("username", "newrole").param("name", "张三")
					.param("orgUnitId", "" + squadUnit).param("roleIds", "999999").param("password", "Chengguan#2027"),
						"所选角色不存在"),
				new Case("staff: taken username", post("/staff").param("username", "admin").param("name", "张三")
					.param("orgUnitId", "" + squadUnit).param("password", "Chengguan#2027"), "该用户名已被使用"),
				new Case("staff: update without version", post("/staff/" + officer02).param("name", "x"), ""),
				new Case("staff: update with text version", post("/staff/" + officer02).param("version", "abc"), ""),
				new Case("staff: weak reset password", post("/staff/" + officer02 + "/password").param("password", "123"),
						"密码长度"),
				new Case("staff: id not a number", post("/staff/abc/unlock"), ""),
				new Case("org: empty form", post("/org-units"), "请填写编码"),
				new Case("org: bad type", post("/org-units").param("code", "X1").param("name", "x").param("type", "CITY"),
						"格式不正确"),
				new Case("org: bad regions", post("/org-units").param("code", "X1").param("name", "x")
					.param("type", "SQUAD").param("parentId", "" + squadUnit).param("regions", "12ab"), "辖区代码"),
				new Case("org: squad under a squad", post("/org-units").param("code", "X1").param("name", "x")
					.param("type", "SQUAD").param("parentId", "" + squadUnit), "上级机构不合适"),
				new Case("org: taken code", post("/org-units").param("code", "COMMAND").param("name", "x")
					.param("type", "SECTION").param("parentId", "1"), "该编码已被使用"),
				new Case("role: lower-case code and unknown authority", post("/roles").param("code", "bad code")
					.param("name", "x").param("authorities", "no:such"), "角色标识"),
				new Case("role: unknown authority", post("/roles").param("code", "NEW_ROLE").param("name", "x")
					.param("authorities", "no:such"), "所选权限不存在"),
				new Case("role: update without version", post("/roles/" + dispatcherRole).param("name", "x"), ""),
				new Case("password: empty", post("/account/password"), "请填写当前密码"),
				new Case("password: mismatch", post("/account/password").param("current", "x").param("next", "Abcdef#12345")
					.param("confirm", "Abcdef#12346"), "两次输入的新密码不一致"),
				new Case("calendar: year not a number", post("/calendar/years").param("year", "abc").param("notice", "x"),
						"请输入整数"),
				new Case("calendar: year out of range", post("/calendar/years").param("year", "1999").param("notice", "x"),
						"年度应在 2000 至 2100 之间"),
				new Case("calendar: year loaded twice", post("/calendar/years").param("year", "2026").param("notice", "x"),
						"该年度已录入"),
				new Case("calendar: bad date", post("/calendar/days").param("day", "2026-13-40").param("kind", "HOLIDAY")
					.param("name", "x"), "日期格式不正确"),
				new Case("calendar: make-up day on a weekday", post("/calendar/days").param("day", "2026-03-04")
					.param("kind", "MAKEUP_WORKDAY").param("name", "x"), "调休上班日只能是周六或周日"),
				new Case("calendar: day in a year not loaded", post("/calendar/days").param("day", "2031-01-01")
					.param("kind", "HOLIDAY").param("name", "元旦"), "请先录入该年度"),
				new Case("calendar: unknown kind", post("/calendar/days").param("day", "2026-03-07").param("kind", "PARTY")
					.param("name", "x"), "格式不正确"),
				new Case("calendar: delete a date that is not one", post("/calendar/days/yesterday/delete"), ""),
				new Case("calendar: deadline with text amount", get("/calendar/deadline").param("from", "2026-03-02T10:00")
					.param("amount", "ten").param("unit", "WORKING_DAY"), "请输入整数"),
				new Case("calendar: deadline with zero amount", get("/calendar/deadline").param("from", "2026-03-02T10:00")
					.param("amount", "0").param("unit", "WORKING_DAY"), "时限至少为 1"),
				new Case("calendar: deadline with bad unit", get("/calendar/deadline").param("from", "2026-03-02T10:00")
					.param("amount", "1").param("unit", "WEEK"), "格式不正确"),
				new Case("grid import: no file", multipart("/grids/import"), "请选择要上传的 GeoJSON 文件"),
				new Case("grid import: not JSON", multipart("/grids/import").file(new MockMultipartFile("file", "x.json",
						"application/json", "not json".getBytes(StandardCharsets.UTF_8))), "文件不是有效的 JSON"),
				new Case("grid import: unclosed ring and existing code", multipart("/grids/import").file(geoJson),
						"第 1 个环未闭合"),
				new Case("grid member: staff not a number", post("/grids/responsibility/" + rg + "/members")
					.param("staffId", "abc").param("role", "GRID_OFFICER"), "请输入整数"),
				new Case("grid member: unknown role", post("/grids/responsibility/" + rg + "/members")
					.param("staffId", "" + grid01).param("role", "BOSS"), "格式不正确"),
				new Case("grid member: auxiliary as enforcement officer", post("/grids/responsibility/" + rg + "/members")
					.param("staffId", "" + aux01).param("role", "ENFORCEMENT_OFFICER"), "不能担任执法队员"),
				new Case("grid member: already a member", post("/grids/responsibility/" + rg + "/members")
					.param("staffId", "" + grid01).param("role", "GRID_OFFICER"), "此人已在本网格担任该职责"),
				new Case("grid member: remove unknown", post("/grids/responsibility/" + rg + "/members/999999/delete"), ""),
				new Case("grid member: member id not a number", post("/grids/responsibility/" + rg + "/members/x/delete"),
						""),
				new Case("map: longitude out of range", get("/map/locate").param("lon", "999").param("lat", "34"),
						"经度应在 -180 至 180 之间"),
				new Case("map: missing latitude", get("/map/locate").param("lon", "113"), "请填写纬度"),
				new Case("audit: cursor not a number", get("/audit").param("before", "abc"), ""),
				new Case("staff list: page not a number", get("/staff").param("page", "abc"), ""),
				new Case("category: empty condition", post("/categories/" + rubbish + "/conditions"), "请填写立案条件"),
				new Case("category: calendar-day limit", post("/categories/" + rubbish + "/conditions")
					.param("description", "x").param("priority", "NORMAL").param("amount", "3")
					.param("unit", "NATURAL_DAY").param("closeCondition", "y"), "处置时限只能按"),
				new Case("category: limit not a number", post("/categories/" + rubbish + "/conditions")
					.param("description", "x").param("priority", "NORMAL").param("amount", "three")
					.param("unit", "WORKING_DAY").param("closeCondition", "y"), "请输入整数"),
				new Case("category: condition on a class", post("/categories/" + rubbishClass + "/conditions")
					.param("description", "x").param("priority", "NORMAL").param("amount", "1")
					.param("unit", "WORKING_DAY").param("closeCondition", "y"), "立案条件只能设在小类上"),
				new Case("category: revise without version", post("/categories/" + rubbish + "/conditions/1"), ""),
				new Case("category: local code outside 90–99", post("/categories").param("kind", "EVENT")
					.param("code", "06777").param("name", "x"), "本局扩展分类编码应在 90–99"),
				new Case("category: unknown kind", post("/categories").param("kind", "THING").param("code", "90")
					.param("name", "x"), "格式不正确"),
				new Case("category: id not a number", get("/categories/abc"), ""),
				new Case("route: bad region code", post("/categories/routes").param("regionCode", "12")
					.param("orgUnitId", "" + squadUnit), "编码应为 6、9、12 或 15 位数字"),
				new Case("route: no unit", post("/categories/routes").param("regionCode", "990101"), "请选择处置单位"),
				new Case("route: unknown unit", post("/categories/routes").param("regionCode", "990101")
					.param("orgUnitId", "999999"), ""),
				new Case("route: remove unknown", post("/categories/routes/999999/delete"), ""),
				new Case("camera: empty form", post("/video/cameras"), "请选择视频平台"),
				new Case("camera: point out of range", post("/video/cameras").param("platformId", "" + videoPlatform)
					.param("code", "CAM-NEW").param("name", "新路口").param("lon", "200").param("lat", "34.7"),
						"经度必须在 -180 到 180 之间"),
				new Case("camera: latitude not a number", post("/video/cameras").param("platformId", "" + videoPlatform)
					.param("code", "CAM-NEW").param("name", "新路口").param("lon", "113.6").param("lat", "abc"),
						"格式不正确"),
				new Case("camera: enforcement device without review", post("/video/cameras")
					.param("platformId", "" + videoPlatform).param("code", "CAM-NEW").param("name", "新路口")
					.param("lon", "113.6").param("lat", "34.7").param("enforcementDevice", "true"),
						"执法设备须填写审核通过日期"),
				new Case("camera: taken code", post("/video/cameras").param("platformId", "" + videoPlatform)
					.param("code", "CAM-990101001").param("name", "新路口").param("lon", "113.6").param("lat", "34.7"),
						"该平台已登记同一编号的摄像机"),
				new Case("camera: unknown platform", post("/video/cameras").param("platformId", "999999")
					.param("code", "CAM-NEW").param("name", "新路口").param("lon", "113.6").param("lat", "34.7"),
						"请选择视频平台"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void refusesMalformedInput(Case c) throws Exception {
		var result = mvc.perform(c.request().with(TestLogins.as(users, "admin")).with(csrf())).andReturn();
		var status = result.getResponse().getStatus();
		assertThat(status).as("status of " + c.name()).isBetween(400, 499);
		if (!c.expectedText().isEmpty()) {
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(c.expectedText());
		}
	}
}
