package org.chengguan.caseflow;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.staff.Actor;
import org.chengguan.staff.StaffManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Decides who may take which action on a case: the authority of the action, its {@link ActorRule} for this person
 * and case, and what the modules above the loop say ({@link CaseActionGuard}). The case page offers exactly what
 * {@link #allowed} returns, and every action is checked again by {@link #require}.
 */
@Component
class CaseActors {

	private final StaffManagement staff;

	/** Looked up when asked: the guards' modules sit above the loop and use its API themselves. */
	private final ObjectProvider<CaseActionGuard> guards;

	CaseActors(StaffManagement staff, ObjectProvider<CaseActionGuard> guards) {
		this.staff = staff;
		this.guards = guards;
	}

	/** The signed-in person acting as {@code actor}, with the authorities they hold in this request. */
	Participant participant(Actor actor) {
		return new Participant(actor.id(), staff.orgUnitOf(actor.id()), authorities());
	}

	/** The manual actions the person may take on the case now, in the order of the transition table. */
	List<CaseAction> allowed(EnforcementCase subject, Participant who) {
		return Arrays.stream(CaseAction.values())
			.filter(a -> a.isManual() && subject.offers(a) && mayTake(a, subject, who) && refusal(subject, a) == null)
			.toList();
	}

	/** Refuses with 403 who may not take the action, and with the guard's reason an action another module vetoes. */
	void require(EnforcementCase subject, CaseAction action, Participant who) {
		if (!mayTake(action, subject, who)) {
			throw new AccessDeniedException(action + " on case " + subject.getId() + " by staff " + who.staffId());
		}
		var refusal = refusal(subject, action);
		if (refusal != null) {
			throw new CaseTransitionException(refusal);
		}
	}

	private static boolean mayTake(CaseAction action, EnforcementCase subject, Participant who) {
		return who.holds(action.authority()) && action.rule().admits(who, subject);
	}

	private @org.jspecify.annotations.Nullable String refusal(EnforcementCase subject, CaseAction action) {
		return guards.orderedStream()
			.map(g -> g.refusal(subject.getId(), action))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(null);
	}

	static Set<String> authorities() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? Set.of()
				: authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet());
	}
}
