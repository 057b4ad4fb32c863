package org.chengguan.penalty;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.chengguan.party.PartyManagement;
import org.chengguan.staff.StaffManagement;
import org.springframework.jdbc.core.JdbcTemplate;

/** Decisions served by hand on the real database, for the tests of the modules that follow the penalty one. */
public final class ServedDecisions {

	private final ProceedingFixtures fixtures;

	private final ExecutionManagement execution;

	public ServedDecisions(PenaltyManagement penalties, ExecutionManagement execution, PartyManagement parties,
			StaffManagement staff, JdbcTemplate jdbc) {
		this.fixtures = new ProceedingFixtures(penalties, parties, staff, jdbc);
		this.execution = execution;
	}

	/** A 露天烧烤 decision of 3,000 yuan by officer01 and enforcer01, decided and not yet served; its id. */
	public long decided() {
		return fixtures.decided();
	}

	/** A 露天烧烤 decision of 3,000 yuan, served on its party an hour ago; its id. */
	public long served() {
		return servedAt(Instant.now().minus(1, ChronoUnit.HOURS));
	}

	/**
	 * A 露天烧烤 decision of 3,000 yuan served at a time long past, so that the periods after service have run by now
	 * (the record of service states that time: the decision takes effect on its day); its id.
	 */
	public long servedAt(Instant at) {
		var id = fixtures.decided();
		var officer = fixtures.actor("officer01");
		execution.serveDecision(id, fixtures.version(id), new NewServiceAttempt(ServiceMethod.DIRECT,
				ServiceResult.SERVED, at, "和平路 1 号", null, null, null, null, fixtures.actor("enforcer01").id(),
				List.of(), null), List.of(), officer, fixtures.scope("officer01"));
		return id;
	}
}
