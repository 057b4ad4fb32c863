package org.chengguan.penalty;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who may act (seeing is not acting): for each action the authority it needs and, among its holders, the one rule of
 * {@link ProceedingAction.Actor} — beside the transition table, tested as a matrix of actors × actions.
 */
final class ProceedingActors {

	static final String PRINCIPAL = "penalty:principal";

	/** The application itself acting when a period has run: nobody signs in with it. */
	static final Participant SYSTEM = new Participant(0, "system", java.util.Set.of("system"), true, false, false);

	private ProceedingActors() {
	}

	/** Why this person may not take the action now, as a message key; empty when they may. */
	static Optional<String> refusal(PenaltyProceeding proceeding, ProceedingAction action, Participant by) {
		if (!action.creates() && !action.startsFrom(proceeding.getStatus())) {
			return Optional.of("penalty.error.notNow");
		}
		// 本局内控：系统管理员不参与办案和审批
		if (by.holds("admin:role") || by.holds("admin:staff")) {
			return Optional.of("penalty.actor.administrator");
		}
		var level = proceeding.levelAtHand();
		var authority = action.fixedAuthority() != null ? action.fixedAuthority()
				: level == null ? null : level.authority();
		if (authority == null || !by.holds(authority)) {
			return Optional.of("penalty.actor.authority");
		}
		// 《行政处罚法》第四十二条：执法人员应当具有行政执法资格（执法证有效）
		if (!by.certified()) {
			return Optional.of("penalty.actor.certificate");
		}
		return switch (action.actor()) {
			case HANDLER -> proceeding.isHandler(by.staffId()) ? Optional.empty()
					: Optional.of("penalty.actor.handler");
			case PRINCIPAL -> principal(proceeding, by);
			case NODE -> node(proceeding, by, level);
			case HEARING_ORGANISER -> proceeding.isHandler(by.staffId()) ? Optional.of("penalty.actor.investigator")
					: Optional.empty();
			case HEARING_HOST -> Long.valueOf(by.staffId()).equals(proceeding.getNotice().getHearingHostId())
					? Optional.empty() : Optional.of("penalty.actor.host");
			case SIGNER -> signer(proceeding, by, level);
			case SYSTEM -> Optional.empty();
		};
	}

	private static Optional<String> principal(PenaltyProceeding proceeding, Participant by) {
		if (proceeding.isHandler(by.staffId())) {
			return Optional.of("penalty.actor.separation");
		}
		return by.holds(PRINCIPAL) ? Optional.empty() : Optional.of("penalty.actor.principal");
	}

	/** The node's approver: not an officer of the case, nobody who approved another node of this round. */
	private static Optional<String> node(PenaltyProceeding proceeding, Participant by, @Nullable ApprovalLevel level) {
		if (level == null) {
			return Optional.of("penalty.error.notNow");
		}
		if (proceeding.isHandler(by.staffId()) || proceeding.approvedElsewhere(by.staffId(), level)) {
			return Optional.of("penalty.actor.separation");
		}
		if ((level == ApprovalLevel.SQUAD_REVIEW || level == ApprovalLevel.SQUAD_FILING) && !by.inHandlingUnit()) {
			return Optional.of("penalty.actor.unit");
		}
		// 《行政处罚法》第五十八条第二款：初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格
		if (level == ApprovalLevel.LEGAL_REVIEW && !by.legalQualified()) {
			return Optional.of("penalty.actor.legalQualification");
		}
		// the 班子's chair is the 负责人 (第五十七条第二款：行政机关负责人应当集体讨论决定)
		if (level == ApprovalLevel.COLLECTIVE_DISCUSSION && !by.holds(PRINCIPAL)) {
			return Optional.of("penalty.actor.principal");
		}
		return Optional.empty();
	}

	/** 《行政处罚法》第五十七条第一款：调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况分别作出决定. */
	private static Optional<String> signer(PenaltyProceeding proceeding, Participant by,
			@Nullable ApprovalLevel level) {
		if (level == null) {
			return Optional.of("penalty.error.notNow");
		}
		if (proceeding.isHandler(by.staffId())) {
			return Optional.of("penalty.actor.separation");
		}
		if (level == ApprovalLevel.COLLECTIVE_DISCUSSION) {
			var chair = proceeding.getDiscussion().getDiscussionChairId();
			return chair != null && chair == by.staffId() ? Optional.empty() : Optional.of("penalty.actor.chair");
		}
		if (level == ApprovalLevel.LEGAL_REVIEW) {
			return by.legalQualified() ? Optional.empty() : Optional.of("penalty.actor.legalQualification");
		}
		return by.holds(PRINCIPAL) ? Optional.empty() : Optional.of("penalty.actor.principal");
	}
}
