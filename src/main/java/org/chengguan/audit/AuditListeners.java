package org.chengguan.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.chengguan.audit.AuditEntry.Draft;
import org.chengguan.calendar.CalendarEvents;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.category.CategoryEvents;
import org.chengguan.intake.IntakeEvents;
import org.chengguan.grid.GridEvents;
import org.chengguan.party.PartyEvents;
import org.chengguan.penalty.PenaltyEvents;
import org.chengguan.staff.StaffEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the events of other modules. Each listener writes its record into the {@link AuditInbox} in the publishing
 * transaction, so the record commits with the action or not at all; the inbox's writer chains it afterwards.
 */
@Component
class AuditListeners {

	/** In the publisher's thread and transaction. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@EventListener
	@interface AuditListener {
	}

	static final String SECURITY = "SECURITY";

	static final String ADMIN = "ADMIN";

	static final String CASE = "CASE";

	static final String PRIVACY = "PRIVACY";

	private final AuditInbox inbox;

	AuditListeners(AuditInbox inbox) {
		this.inbox = inbox;
	}

	@AuditListener
	void on(StaffEvents.SignedIn e) {
		inbox.put(new Draft(e.at(), SECURITY, "signIn", e.username(), "staff:" + e.staffId(), e.remoteAddress(),
				null, null));
	}

	@AuditListener
	void on(StaffEvents.SignInFailed e) {
		inbox.put(new Draft(e.at(), SECURITY, "signInFailed", e.username(), null, e.remoteAddress(), null,
				e.reason()));
	}

	@AuditListener
	void on(StaffEvents.LockedOut e) {
		inbox.put(new Draft(e.at(), SECURITY, "lockedOut", e.username(), "staff:" + e.staffId(),
				e.remoteAddress(), null, "lockedUntil=" + e.lockedUntil()));
	}

	@AuditListener
	void on(StaffEvents.SignedOut e) {
		inbox.put(new Draft(e.at(), SECURITY, "signOut", e.username(), null, null, null, null));
	}

	@AuditListener
	void on(StaffEvents.AdminChanged e) {
		inbox.put(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	@AuditListener
	void on(GridEvents.AdminChanged e) {
		inbox.put(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	@AuditListener
	void on(GridEvents.Imported e) {
		inbox.put(new Draft(e.at(), ADMIN, "grid.import", e.actor(), null, null, null, "regions=" + e.regions()
				+ ", unitGrids=" + e.unitGrids() + ", responsibilityGrids=" + e.responsibilityGrids()));
	}

	@AuditListener
	void on(CategoryEvents.AdminChanged e) {
		inbox.put(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	@AuditListener
	void on(CalendarEvents.AdminChanged e) {
		inbox.put(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	/** 全过程记录 (行政处罚法 Art. 47 spirit, domain.md §6.1): every case transition, with its opinion. */
	@AuditListener
	void on(CaseEvents.CaseMoved e) {
		inbox.put(new Draft(e.at(), CASE, "case." + e.action(), fitted(e.actor()), "case:" + e.caseNo(), null,
				e.from() == null ? null : e.from().name(), e.to().name() + (e.opinion() == null ? "" : " " + e.opinion())));
	}

	@AuditListener
	void on(IntakeEvents.CallerRevealed e) {
		inbox.put(new Draft(e.at(), PRIVACY, "caller.reveal", e.actor(), "report:" + e.reportId(), null, null,
				null));
	}

	@AuditListener
	void on(PartyEvents.PartyRegistered e) {
		inbox.put(new Draft(e.at(), PRIVACY, "party.register", e.by(), "party:" + e.partyId(), null, null,
				e.kind().name()));
	}

	/** A person's data read unmasked: who read it is on record. */
	@AuditListener
	void on(PartyEvents.PartyRevealed e) {
		inbox.put(new Draft(e.at(), PRIVACY, "party.reveal", e.by(), "party:" + e.partyId(), null, null, null));
	}

	/** 《行政处罚法》第四十七条：行政处罚全过程记录 — every step of a proceeding, with its opinion. */
	@AuditListener
	void on(PenaltyEvents.ProceedingMoved e) {
		inbox.put(new Draft(e.at(), CASE, "penalty." + e.action(), fitted(e.actor()), "proceeding:" + e.number(), null,
				e.from() == null ? null : e.from().name(), e.to().name() + (e.opinion() == null ? "" : " " + e.opinion())));
	}

	/** The route a proceeding was submitted on; a route that ends at the 法制股 by delegation says so. */
	@AuditListener
	void on(PenaltyEvents.RouteStored e) {
		inbox.put(new Draft(e.at(), CASE, "penalty.route", e.actor(), "proceeding:" + e.number(), null, null,
				e.tier() + " " + e.thresholdsVersion() + (e.delegated() ? " DELEGATED" : "")));
	}

	/** 《行政处罚法》第三十四条：裁量基准应当向社会公布 — each published version is on record. */
	@AuditListener
	void on(PenaltyEvents.BenchmarkPublished e) {
		inbox.put(new Draft(e.at(), ADMIN, "benchmark.publish", e.by(), "benchmark:" + e.code(), null, null,
				"v" + e.version() + " " + e.validFrom()));
	}

	@AuditListener
	void on(IntakeEvents.ReportPinned e) {
		inbox.put(new Draft(e.at(), CASE, "report.pin", e.actor(), "report:" + e.reportId(), null, null,
				e.unitGridCode()));
	}

	/** An actor's name cut to what the trail's actor column holds. */
	private static String fitted(String actor) {
		return actor.length() > 64 ? actor.substring(0, 64) : actor;
	}
}
