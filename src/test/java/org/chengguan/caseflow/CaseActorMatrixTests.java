package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.chengguan.ChengguanIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seeing is not acting (domain.md §2.3): every manual action × the people around a case → allowed, 403 (sees it, may
 * not act) or 404 (outside their 辖区), with the case unchanged after each refusal. The case lies in the first street
 * (squad01's) and is dispatched to the 环境卫生管理所 (handler's unit); squad02 works another street; the supervisor sees
 * the whole city without the authority to handle cases.
 */
@ChengguanIntegrationTest
class CaseActorMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	CaseSteps steps;

	@BeforeEach
	void steps() {
		steps = new CaseSteps(mvc, jdbc, users);
	}

	/** Where an action starts from, reached by the people whose job each earlier step is. */
	enum Setup {
		REPORTED, VERIFYING, ACCEPTED, REGISTERED, DISPATCHED, DISPOSING, DISPOSED, CHECKING, CHECKED, EXTENSION_ASKED,
		HOLD_ASKED, HELD, CANCEL_ASKED
	}

	static Stream<Arguments> matrix() {
		var rows = new ArrayList<Arguments>();
		// The handling unit's actions: its members only; the street's squad sees the case but may not act on it.
		for (var action : List.of("SIGN_FOR", "RETURN", "EXTEND_REQUEST", "REPORT_BACK", "HOLD_REQUEST",
				"CANCEL_REQUEST")) {
			var setup = action.equals("SIGN_FOR") || action.equals("RETURN") ? Setup.DISPATCHED : Setup.DISPOSING;
			rows.add(Arguments.of(action, setup, "handler", 302));
			rows.add(Arguments.of(action, setup, "squad01", 403));
			rows.add(Arguments.of(action, setup, "squad02", 404));
			rows.add(Arguments.of(action, setup, "supervisor", 403));
		}
		// The centre's desks: their holders; nobody in a unit holds these authorities.
		for (var row : List.of(new Object[] { "ACCEPT", Setup.REPORTED, "intake" },
				new Object[] { "REJECT_INTAKE", Setup.REPORTED, "intake" },
				new Object[] { "SEND_VERIFY", Setup.REPORTED, "intake" },
				new Object[] { "REGISTER", Setup.ACCEPTED, "intake" }, new Object[] { "DECLINE", Setup.ACCEPTED, "shift" },
				new Object[] { "DISPATCH", Setup.REGISTERED, "dispatcher" },
				new Object[] { "SEND_CHECK", Setup.DISPOSED, "intake" }, new Object[] { "CLOSE", Setup.CHECKED, "intake" })) {
			rows.add(Arguments.of(row[0], row[1], row[2], 302));
			rows.add(Arguments.of(row[0], row[1], "handler", 403));
			rows.add(Arguments.of(row[0], row[1], "squad01", 403));
			rows.add(Arguments.of(row[0], row[1], "supervisor", 403));
		}
		// Field tasks: the person they were sent to; another member of the grid sees it but may not act; another
		// street's officer does not see it; 核查 never by whoever did the work.
		for (var row : List.of(new Object[] { "VERIFY_OK", Setup.VERIFYING }, new Object[] { "VERIFY_FAIL", Setup.VERIFYING },
				new Object[] { "CHECK_PASS", Setup.CHECKING }, new Object[] { "CHECK_FAIL", Setup.CHECKING })) {
			rows.add(Arguments.of(row[0], row[1], "inspector", 302));
			rows.add(Arguments.of(row[0], row[1], "grid01", 403));
			rows.add(Arguments.of(row[0], row[1], "officer02", 404));
			rows.add(Arguments.of(row[0], row[1], "supervisor", 403));
		}
		// Decisions on requests: the centre's deciders, never the unit that asked (nor the street's squad).
		for (var row : List.of(new Object[] { "EXTEND_APPROVE", Setup.EXTENSION_ASKED, "dispatcher" },
				new Object[] { "EXTEND_REJECT", Setup.EXTENSION_ASKED, "dispatcher" },
				new Object[] { "HOLD_APPROVE", Setup.HOLD_ASKED, "shift" },
				new Object[] { "HOLD_REJECT", Setup.HOLD_ASKED, "shift" }, new Object[] { "RESUME", Setup.HELD, "shift" },
				new Object[] { "CANCEL_REJECT", Setup.CANCEL_ASKED, "shift" },
				new Object[] { "CANCEL", Setup.CANCEL_ASKED, "shift" })) {
			rows.add(Arguments.of(row[0], row[1], row[2], 302));
			rows.add(Arguments.of(row[0], row[1], "handler", 403));
			rows.add(Arguments.of(row[0], row[1], "squad01", 403));
			rows.add(Arguments.of(row[0], row[1], "supervisor", 403));
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} from {1} by {2} → {3}")
	@MethodSource("matrix")
	void onlyThoseWhoseRuleAdmitsThemMayAct(String action, Setup setup, String user, int expected) throws Exception {
		var id = reach(setup);
		var before = snapshot(id);
		var result = mvc.perform(request(id, action, user)).andReturn();
		var status = result.getResponse().getStatus();
		if (expected == 302) {
			assertThat(status).as("%s by %s", action, user).isEqualTo(302);
			assertThat(result.getFlashMap().get("notice")).as("%s by %s: %s", action, user,
					result.getFlashMap().get("problem")).isEqualTo("caseflow.done." + action);
			assertThat(snapshot(id)).isNotEqualTo(before);
		}
		else {
			assertThat(status).as("%s by %s", action, user).isEqualTo(expected);
			assertThat(snapshot(id)).as("unchanged after refusing %s to %s", action, user).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "the case page offers {0} to {1}: {2}")
	@MethodSource("offers")
	void theCasePageOffersOnlyWhatThePersonMayDo(String action, String user, boolean offered) throws Exception {
		var id = reach(Setup.DISPOSING);
		mvc.perform(get("/cases/{id}", id).with(as(users, user)))
			.andExpect(content().string(offered ? Matchers.containsString("action-" + action)
					: Matchers.not(Matchers.containsString("action-" + action))));
	}

	static Stream<Arguments> offers() {
		return Stream.of(Arguments.of("REPORT_BACK", "handler", true), Arguments.of("REPORT_BACK", "squad01", false),
				Arguments.of("EXTEND_REQUEST", "handler", true), Arguments.of("EXTEND_REQUEST", "squad01", false),
				Arguments.of("CANCEL_REQUEST", "intake", true), Arguments.of("CANCEL_REQUEST", "squad01", false));
	}

	private org.springframework.test.web.servlet.RequestBuilder request(long id, String action, String user)
			throws Exception {
		var request = multipart("/cases/{id}/actions/{a}", id, action).with(as(users, user))
			.with(csrf())
			.param("version", String.valueOf(steps.version(id)))
			.param("opinion", "按规定办理");
		switch (action) {
			case "ACCEPT" -> request.param("categoryId", categoryOf(id).toString());
			case "REGISTER" -> request.param("conditionId", conditionOf(id).toString());
			case "DISPATCH" -> request.param("unitId", sanitation().toString());
			case "SEND_VERIFY", "SEND_CHECK" -> request.param("assigneeId", staffId("inspector").toString());
			case "EXTEND_REQUEST" -> request.param("until", steps.dayAfterDue(id));
			case "HOLD_REQUEST" -> request.param("until", java.time.LocalDate.now().plusMonths(1).toString());
			case "REPORT_BACK", "VERIFY_OK", "CHECK_PASS" -> request.file(CaseSteps.png());
			default -> {
			}
		}
		return request;
	}

	/** A case reached the state by the hands whose job each step is; 核实 and 核查 go to the inspector. */
	private long reach(Setup setup) throws Exception {
		var id = steps.pushOrder("行为矩阵 " + setup).caseId();
		if (setup == Setup.REPORTED) {
			return id;
		}
		if (setup == Setup.VERIFYING) {
			steps.act(id, "intake", "SEND_VERIFY", "assigneeId", staffId("inspector").toString());
			return id;
		}
		steps.act(id, "intake", "ACCEPT", "categoryId", categoryOf(id).toString());
		if (setup == Setup.ACCEPTED) {
			return id;
		}
		steps.act(id, "intake", "REGISTER", "conditionId", conditionOf(id).toString());
		if (setup == Setup.REGISTERED) {
			return id;
		}
		steps.act(id, "dispatcher", "DISPATCH", "unitId", sanitation().toString());
		if (setup == Setup.DISPATCHED) {
			return id;
		}
		steps.act(id, "handler", "SIGN_FOR");
		switch (setup) {
			case DISPOSING -> {
				return id;
			}
			case EXTENSION_ASKED -> {
				steps.act(id, "handler", "EXTEND_REQUEST", "opinion", "材料采购中", "until", steps.dayAfterDue(id));
				return id;
			}
			case HOLD_ASKED, HELD -> {
				steps.act(id, "handler", "HOLD_REQUEST", "opinion", "待道路改造", "until",
						java.time.LocalDate.now().plusMonths(1).toString());
				if (setup == Setup.HELD) {
					steps.act(id, "shift", "HOLD_APPROVE");
				}
				return id;
			}
			case CANCEL_ASKED -> {
				steps.act(id, "handler", "CANCEL_REQUEST", "opinion", "重复录入");
				return id;
			}
			default -> {
			}
		}
		steps.actWithPhoto(id, "handler", "REPORT_BACK");
		if (setup == Setup.DISPOSED) {
			return id;
		}
		steps.act(id, "intake", "SEND_CHECK", "assigneeId", staffId("inspector").toString());
		if (setup == Setup.CHECKING) {
			return id;
		}
		steps.actWithPhoto(id, "inspector", "CHECK_PASS");
		return id;
	}

	private String snapshot(long id) {
		return jdbc.queryForObject("select status || '/' || version from caseflow_case where id = ?", String.class, id);
	}

	private Long categoryOf(long id) {
		return jdbc.queryForObject("select category_id from caseflow_case where id = ?", Long.class, id);
	}

	private Long conditionOf(long id) {
		return jdbc.queryForObject(
				"select id from category_condition where category_id = ? and enabled order by id limit 1", Long.class,
				categoryOf(id));
	}

	private Long sanitation() {
		return jdbc.queryForObject("select id from staff_org_unit where code = 'SANITATION'", Long.class);
	}

	private Long staffId(String username) {
		return jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username);
	}

}
