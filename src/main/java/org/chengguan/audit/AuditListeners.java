package org.chengguan.audit;

import org.chengguan.audit.AuditEntry.Draft;
import org.chengguan.calendar.CalendarEvents;
import org.chengguan.caseflow.CaseEvents;
import org.chengguan.category.CategoryEvents;
import org.chengguan.intake.IntakeEvents;
import org.chengguan.grid.GridEvents;
import org.chengguan.staff.StaffEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the events of other modules. Each listener runs after the publishing transaction commits, in its own
 * transaction, and the event publication registry retries it until it succeeds, so no event is lost.
 */
@Component
class AuditListeners {

	static final String SECURITY = "SECURITY";

	static final String ADMIN = "ADMIN";

	static final String CASE = "CASE";

	static final String PRIVACY = "PRIVACY";

	private final AuditTrail trail;

	AuditListeners(AuditTrail trail) {
		this.trail = trail;
	}

	@ApplicationModuleListener
	void on(StaffEvents.SignedIn e) {
		trail.append(new Draft(e.at(), SECURITY, "signIn", e.username(), "staff:" + e.staffId(), e.remoteAddress(),
				null, null));
	}

	@ApplicationModuleListener
	void on(StaffEvents.SignInFailed e) {
		trail.append(new Draft(e.at(), SECURITY, "signInFailed", e.username(), null, e.remoteAddress(), null,
				e.reason()));
	}

	@ApplicationModuleListener
	void on(StaffEvents.LockedOut e) {
		trail.append(new Draft(e.at(), SECURITY, "lockedOut", e.username(), "staff:" + e.staffId(),
				e.remoteAddress(), null, "lockedUntil=" + e.lockedUntil()));
	}

	@ApplicationModuleListener
	void on(StaffEvents.SignedOut e) {
		trail.append(new Draft(e.at(), SECURITY, "signOut", e.username(), null, null, null, null));
	}

	@ApplicationModuleListener
	void on(StaffEvents.AdminChanged e) {
		trail.append(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	@ApplicationModuleListener
	void on(GridEvents.AdminChanged e) {
		trail.append(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	@ApplicationModuleListener
	void on(GridEvents.Imported e) {
		trail.append(new Draft(e.at(), ADMIN, "grid.import", e.actor(), null, null, null, "regions=" + e.regions()
				+ ", unitGrids=" + e.unitGrids() + ", responsibilityGrids=" + e.responsibilityGrids()));
	}

	@ApplicationModuleListener
	void on(CategoryEvents.AdminChanged e) {
		trail.append(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	@ApplicationModuleListener
	void on(CalendarEvents.AdminChanged e) {
		trail.append(new Draft(e.at(), ADMIN, e.action(), e.actor(), e.target(), null, e.before(), e.after()));
	}

	/** 全过程记录 (行政处罚法 Art. 47 spirit, domain.md §6.1): every case transition, with its opinion. */
	@ApplicationModuleListener
	void on(CaseEvents.CaseMoved e) {
		var actor = e.actor().length() > 64 ? e.actor().substring(0, 64) : e.actor();
		trail.append(new Draft(e.at(), CASE, "case." + e.action(), actor, "case:" + e.caseNo(), null,
				e.from() == null ? null : e.from().name(), e.to().name() + (e.opinion() == null ? "" : " " + e.opinion())));
	}

	@ApplicationModuleListener
	void on(IntakeEvents.CallerRevealed e) {
		trail.append(new Draft(e.at(), PRIVACY, "caller.reveal", e.actor(), "report:" + e.reportId(), null, null,
				null));
	}

	@ApplicationModuleListener
	void on(IntakeEvents.ReportPinned e) {
		trail.append(new Draft(e.at(), CASE, "report.pin", e.actor(), "report:" + e.reportId(), null, null,
				e.unitGridCode()));
	}
}
