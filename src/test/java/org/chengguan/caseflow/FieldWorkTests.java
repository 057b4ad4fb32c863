package org.chengguan.caseflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestCases;
import org.chengguan.TestLogins;
import org.chengguan.evidence.Upload;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.Actor;
import org.chengguan.staff.DataScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's work read from the timeline (for the 协管员 appraisal): the reports they made and what the desk made of
 * them, the 核实 sent to them and done, each counted for that person and that period only.
 */
@ChengguanIntegrationTest
class FieldWorkTests {

	@Autowired
	FieldWorkManagement work;

	@Autowired
	IntakeManagement intake;

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcTemplate jdbc;

	Actor actor(String username) {
		return new Actor(jdbc.queryForObject("select id from staff_member where username = ?", Long.class, username),
				username, username);
	}

	long version(long id) {
		return jdbc.queryForObject("select version from caseflow_case where id = ?", Long.class, id);
	}

	static void as(String authority, Runnable call) {
		TestLogins.withAuthorities(() -> {
			call.run();
			return null;
		}, authority, "case:view");
	}

	static byte[] png() {
		var out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
					"png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Test
	void reportsTheirFateAndTasksCountForTheirPersonAndPeriod() {
		var from = Instant.now().minus(1, ChronoUnit.SECONDS);
		var aux = actor("aux12");
		var desk = actor("intake");
		var declined = TestCases.barbecueOnPatrol(jdbc, intake, "aux12", "测试：协管员上报后不予立案");
		TestCases.barbecueOnPatrol(jdbc, intake, "aux12", "测试：协管员上报后受理");
		var checked = TestCases.barbecueOnPatrol(jdbc, intake, "grid12", "测试：网格员上报、协管员核实");
		as("case:register", () -> cases.act(declined, version(declined), CaseAction.DECLINE, "不属于城管职责范围",
				List.of(), desk, DataScope.everything()));
		as("case:accept", () -> cases.sendTask(checked, version(checked), CaseAction.SEND_VERIFY, aux.id(), null, desk,
				DataScope.everything()));
		as("case:verify", () -> cases.act(checked, version(checked), CaseAction.VERIFY_OK, "现场核实属实",
				List.of(new Upload("核实.png", new ByteArrayResource(png()))), aux, DataScope.everything()));
		var to = Instant.now().plus(1, ChronoUnit.SECONDS);
		var counted = work.of(Set.of(aux.id(), actor("grid12").id()), from, to);
		assertThat(counted.get(aux.id())).isEqualTo(new FieldWorkManagement.FieldWork(2, 1, 1, 0, 1, 1));
		assertThat(counted.get(actor("grid12").id()).reports()).isEqualTo(1);
		assertThat(work.of(Set.of(aux.id()), to, to.plusSeconds(60))).isEmpty();
	}
}
