package org.chengguan.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may act on a proceeding: each action at the state it starts from × the people around it → allowed, or the rule
 * that refuses them (seeing is not acting; each row states one rule).
 */
class ProceedingActorMatrixTests {

	static Arguments row(String state, Supplier<PenaltyProceeding> at, ProceedingAction action, Participant who,
			String expected) {
		return Arguments.of(state, at, action, who, expected);
	}

	static Stream<Arguments> matrix() {
		Supplier<PenaltyProceeding> lead = () -> PenaltyProceeding.openLead("CF1", Proceedings.lead(), Proceedings.OFFICER,
				Proceedings.SECOND, Proceedings.day(0), Proceedings.CLOCK);
		Supplier<PenaltyProceeding> filing = () -> {
			var p = lead.get();
			p.requestFiling(Proceedings.OFFICER, java.time.LocalDate.of(2026, 11, 2), Proceedings.day(0));
			return p;
		};
		Supplier<PenaltyProceeding> squadNode = () -> Proceedings.submitted(3000, DiscretionLevel.SERIOUS);
		Supplier<PenaltyProceeding> legalNode = () -> {
			var p = squadNode.get();
			p.approval().approve(Proceedings.SQUAD_LEADER, "同意", null, Proceedings.day(4), Proceedings.CLOCK);
			return p;
		};
		Supplier<PenaltyProceeding> deputyNode = () -> {
			var p = legalNode.get();
			p.approval().approve(Proceedings.LEGAL, "同意", "管辖权=OK", Proceedings.day(4), Proceedings.CLOCK);
			return p;
		};
		Supplier<PenaltyProceeding> decisionPending = () -> {
			var p = Proceedings.noticed(3000, DiscretionLevel.SERIOUS);
			p.hearing().endStatementPeriod(Proceedings.OFFICER, Proceedings.day(15), Proceedings.CLOCK);
			return p;
		};
		Supplier<PenaltyProceeding> decided = DecisionServiceTests::decided;
		Supplier<PenaltyProceeding> publicNotice = () -> {
			var p = DecisionServiceTests.decided();
			DecisionServiceTests.serve(p, DecisionServiceTests.attempt(ServiceMethod.DIRECT, ServiceResult.FAILED, 17),
					17);
			DecisionServiceTests.serve(p,
					DecisionServiceTests.attempt(ServiceMethod.PUBLIC_NOTICE, ServiceResult.PUBLISHED, 18), 18);
			return p;
		};
		Supplier<PenaltyProceeding> closing = () -> {
			var p = DecisionServiceTests.decided();
			DecisionServiceTests.serve(p, DecisionServiceTests.attempt(ServiceMethod.DIRECT, ServiceResult.SERVED, 17),
					17);
			p.executing().confirmPayment(java.time.LocalDate.of(2026, 11, 25), Proceedings.day(23));
			p.act(ProceedingAction.REQUEST_CLOSE, Proceedings.OFFICER, "已履行", Proceedings.day(24));
			return p;
		};
		Supplier<PenaltyProceeding> closed = () -> {
			var p = closing.get();
			p.act(ProceedingAction.APPROVE_CLOSE, Proceedings.DEPUTY, null, Proceedings.day(25));
			return p;
		};
		Supplier<PenaltyProceeding> served = EnforcementTests::served;
		Supplier<PenaltyProceeding> reminded = () -> {
			var p = EnforcementTests.served();
			EnforcementTests.remind(p, java.time.LocalDate.of(2027, 5, 20));
			return p;
		};
		Supplier<PenaltyProceeding> applied = () -> {
			var p = reminded.get();
			p.enforcing().applyToCourt("示范区人民法院", EnforcementMaterial.all(), Proceedings.DIRECTOR,
					EnforcementTests.on(2027, 6, 4), Proceedings.CLOCK);
			return p;
		};
		return Stream.of(
				// 提请立案: the case's two officers, nobody else
				row("LEAD", lead, ProceedingAction.REQUEST_FILING, Proceedings.OFFICER, "allowed"),
				row("LEAD", lead, ProceedingAction.REQUEST_FILING, Proceedings.SECOND, "allowed"),
				row("LEAD", lead, ProceedingAction.REQUEST_FILING, Proceedings.SQUAD_LEADER, "penalty.actor.handler"),
				row("LEAD", lead, ProceedingAction.REQUEST_FILING, Proceedings.EXPIRED, "penalty.actor.certificate"),
				row("LEAD", lead, ProceedingAction.REQUEST_FILING, Proceedings.AUXILIARY, "penalty.actor.authority"),
				row("LEAD", lead, ProceedingAction.REQUEST_FILING, Proceedings.LEGAL, "penalty.actor.authority"),
				// 批准立案: a principal who is not an officer of the case; never an administrator
				row("FILING", filing, ProceedingAction.APPROVE_FILING, Proceedings.DEPUTY, "allowed"),
				row("FILING", filing, ProceedingAction.APPROVE_FILING, Proceedings.DIRECTOR, "allowed"),
				row("FILING", filing, ProceedingAction.APPROVE_FILING, Proceedings.MEMBER, "penalty.actor.authority"),
				row("FILING", filing, ProceedingAction.APPROVE_FILING, Proceedings.SQUAD_LEADER, "penalty.actor.authority"),
				row("FILING", filing, ProceedingAction.APPROVE_FILING, Proceedings.ADMIN, "penalty.actor.administrator"),
				row("FILING", filing, ProceedingAction.REQUEST_FILING, Proceedings.OFFICER, "penalty.error.notNow"),
				// 中队长审核: the handling squad's leader
				row("SQUAD_REVIEW", squadNode, ProceedingAction.APPROVE, Proceedings.SQUAD_LEADER, "allowed"),
				row("SQUAD_REVIEW", squadNode, ProceedingAction.APPROVE, Proceedings.OTHER_SQUAD_LEADER,
						"penalty.actor.unit"),
				row("SQUAD_REVIEW", squadNode, ProceedingAction.APPROVE, Proceedings.OFFICER, "penalty.actor.authority"),
				row("SQUAD_REVIEW", squadNode, ProceedingAction.APPROVE, Proceedings.DEPUTY, "penalty.actor.authority"),
				row("SQUAD_REVIEW", squadNode, ProceedingAction.RETURN, Proceedings.SQUAD_LEADER, "allowed"),
				// 法制审核: a qualified reviewer
				row("LEGAL_REVIEW", legalNode, ProceedingAction.APPROVE, Proceedings.LEGAL, "allowed"),
				row("LEGAL_REVIEW", legalNode, ProceedingAction.APPROVE, Proceedings.UNQUALIFIED_LEGAL,
						"penalty.actor.legalQualification"),
				row("LEGAL_REVIEW", legalNode, ProceedingAction.APPROVE, Proceedings.SQUAD_LEADER,
						"penalty.actor.authority"),
				row("LEGAL_REVIEW", legalNode, ProceedingAction.RETURN_TO_NODE, Proceedings.LEGAL, "allowed"),
				// 分管领导审批
				row("DEPUTY_APPROVAL", deputyNode, ProceedingAction.APPROVE, Proceedings.DEPUTY, "allowed"),
				row("DEPUTY_APPROVAL", deputyNode, ProceedingAction.APPROVE, Proceedings.LEGAL, "penalty.actor.authority"),
				row("DEPUTY_APPROVAL", deputyNode, ProceedingAction.APPROVE, Proceedings.ADMIN,
						"penalty.actor.administrator"),
				row("DEPUTY_APPROVAL", deputyNode, ProceedingAction.SERVE_NOTICE, Proceedings.OFFICER,
						"penalty.error.notNow"),
				// 决定: the route's signer
				row("DECISION_PENDING", decisionPending, ProceedingAction.DECIDE, Proceedings.DEPUTY, "allowed"),
				row("DECISION_PENDING", decisionPending, ProceedingAction.DECIDE, Proceedings.OFFICER,
						"penalty.actor.authority"),
				row("DECISION_PENDING", decisionPending, ProceedingAction.DECIDE, Proceedings.LEGAL,
						"penalty.actor.authority"),
				row("DECISION_PENDING", decisionPending, ProceedingAction.RETURN, Proceedings.DEPUTY, "allowed"),
				// 送达: the case's two officers serve the decision and take the address confirmation
				row("DECIDED", decided, ProceedingAction.SERVE_DECISION, Proceedings.OFFICER, "allowed"),
				row("DECIDED", decided, ProceedingAction.SERVE_DECISION, Proceedings.SECOND, "allowed"),
				row("DECIDED", decided, ProceedingAction.SERVE_DECISION, Proceedings.SQUAD_LEADER,
						"penalty.actor.handler"),
				row("DECIDED", decided, ProceedingAction.SERVE_DECISION, Proceedings.EXPIRED,
						"penalty.actor.certificate"),
				row("DECIDED", decided, ProceedingAction.SERVE_DECISION, Proceedings.DEPUTY, "penalty.actor.authority"),
				row("DECIDED", decided, ProceedingAction.CONFIRM_ADDRESS, Proceedings.OFFICER, "allowed"),
				row("DECIDED", decided, ProceedingAction.CONFIRM_ADDRESS, Proceedings.LEGAL, "penalty.actor.authority"),
				row("LEAD", lead, ProceedingAction.CONFIRM_ADDRESS, Proceedings.SECOND, "allowed"),
				row("LEAD", lead, ProceedingAction.SERVE_DECISION, Proceedings.OFFICER, "penalty.error.notNow"),
				// 公告期满视为送达 is the application's: no person takes it
				row("DECIDED", decided, ProceedingAction.DEEM_SERVED, Proceedings.OFFICER, "penalty.error.notNow"),
				row("PUBLIC_NOTICE", publicNotice, ProceedingAction.DEEM_SERVED, Proceedings.OFFICER,
						"penalty.actor.authority"),
				row("PUBLIC_NOTICE", publicNotice, ProceedingAction.DEEM_SERVED, Proceedings.ADMIN,
						"penalty.actor.administrator"),
				row("PUBLIC_NOTICE", publicNotice, ProceedingAction.DEEM_SERVED, ProceedingActors.SYSTEM, "allowed"),
				// 结案: the case's officers report, a 负责人 who is not one of them approves
				row("CLOSING", closing, ProceedingAction.APPROVE_CLOSE, Proceedings.DEPUTY, "allowed"),
				row("CLOSING", closing, ProceedingAction.APPROVE_CLOSE, Proceedings.DIRECTOR, "allowed"),
				row("CLOSING", closing, ProceedingAction.APPROVE_CLOSE, Proceedings.OFFICER, "penalty.actor.authority"),
				row("CLOSING", closing, ProceedingAction.APPROVE_CLOSE, Proceedings.LEGAL, "penalty.actor.authority"),
				row("CLOSING", closing, ProceedingAction.REQUEST_CLOSE, Proceedings.OFFICER, "penalty.error.notNow"),
				row("CLOSING", closing, ProceedingAction.APPROVE_CLOSE, Proceedings.ADMIN,
						"penalty.actor.administrator"),
				// 立卷归档: the case's officers compile its file
				row("CLOSED", closed, ProceedingAction.ARCHIVE, Proceedings.OFFICER, "allowed"),
				row("CLOSED", closed, ProceedingAction.ARCHIVE, Proceedings.SQUAD_LEADER, "penalty.actor.handler"),
				row("CLOSED", closed, ProceedingAction.ARCHIVE, Proceedings.LEGAL, "penalty.actor.authority"),
				row("CLOSING", closing, ProceedingAction.ARCHIVE, Proceedings.OFFICER, "penalty.error.notNow"),
				// 复议、诉讼 and the 催告 are the case's officers'; the application to the court a 负责人's who is not one
				row("SERVED", served, ProceedingAction.RECORD_REMEDY, Proceedings.OFFICER, "allowed"),
				row("SERVED", served, ProceedingAction.RECORD_REMEDY, Proceedings.LEGAL, "penalty.actor.authority"),
				row("SERVED", served, ProceedingAction.DECIDE_REMEDY, Proceedings.SECOND, "allowed"),
				row("SERVED", served, ProceedingAction.SERVE_REMINDER, Proceedings.OFFICER, "allowed"),
				row("SERVED", served, ProceedingAction.SERVE_REMINDER, Proceedings.SQUAD_LEADER, "penalty.actor.handler"),
				row("SERVED", served, ProceedingAction.APPLY_ENFORCEMENT, Proceedings.DIRECTOR, "penalty.error.notNow"),
				row("REMINDED", reminded, ProceedingAction.APPLY_ENFORCEMENT, Proceedings.DIRECTOR, "allowed"),
				row("REMINDED", reminded, ProceedingAction.APPLY_ENFORCEMENT, Proceedings.DEPUTY, "allowed"),
				row("REMINDED", reminded, ProceedingAction.APPLY_ENFORCEMENT, Proceedings.OFFICER,
						"penalty.actor.authority"),
				row("REMINDED", reminded, ProceedingAction.APPLY_ENFORCEMENT, Proceedings.ADMIN,
						"penalty.actor.administrator"),
				row("REMINDED", reminded, ProceedingAction.SERVE_REMINDER, Proceedings.OFFICER, "penalty.error.notNow"),
				row("ENFORCEMENT_APPLIED", applied, ProceedingAction.RECORD_COURT, Proceedings.OFFICER, "allowed"),
				row("ENFORCEMENT_APPLIED", applied, ProceedingAction.RECORD_COURT, Proceedings.DIRECTOR,
						"penalty.actor.authority"),
				row("ENFORCEMENT_APPLIED", applied, ProceedingAction.RECORD_REMEDY, Proceedings.OFFICER,
						"penalty.error.notNow"),
				// 暂缓、分期: the officers record the application, a 负责人 decides it
				row("SERVED", served, ProceedingAction.REQUEST_PLAN, Proceedings.OFFICER, "allowed"),
				row("SERVED", served, ProceedingAction.REQUEST_PLAN, Proceedings.DIRECTOR, "penalty.actor.authority"),
				row("SERVED", served, ProceedingAction.APPROVE_PLAN, Proceedings.DIRECTOR, "allowed"),
				row("SERVED", served, ProceedingAction.APPROVE_PLAN, Proceedings.OFFICER, "penalty.actor.authority"),
				row("SERVED", served, ProceedingAction.REFUSE_PLAN, Proceedings.LEGAL, "penalty.actor.authority"),
				row("REMINDED", reminded, ProceedingAction.REQUEST_PLAN, Proceedings.OFFICER, "penalty.error.notNow"),
				// the bank's confirmation still counts after the 催告 and the application
				row("REMINDED", reminded, ProceedingAction.CONFIRM_PAYMENT, ProceedingActors.SYSTEM, "allowed"),
				row("ENFORCEMENT_APPLIED", applied, ProceedingAction.CONFIRM_PAYMENT, ProceedingActors.SYSTEM,
						"allowed"));
	}

	@ParameterizedTest(name = "{0}: {2} by {3} → {4}")
	@MethodSource("matrix")
	void eachActorMayTakeOnlyTheActionsItsRuleGivesIt(String state, Supplier<PenaltyProceeding> at,
			ProceedingAction action, Participant who, String expected) {
		var proceeding = at.get();
		var steps = proceeding.getSteps().size();
		assertThat(proceeding.refusal(action, who).orElse("allowed")).isEqualTo(expected);
		assertThat(proceeding.getSteps()).hasSize(steps);
	}

	@org.junit.jupiter.api.Test
	void noPersonApprovesTwoNodesOfOneRound() {
		var proceeding = Proceedings.submitted(3000, DiscretionLevel.SERIOUS);
		var both = Proceedings.person(81, "中队长兼法制员", java.util.Set.of("penalty:approve:squad", "penalty:approve:legal"),
				true, true, true);
		proceeding.approval().approve(both, "同意", null, Proceedings.day(4), Proceedings.CLOCK);
		assertThat(proceeding.refusal(ProceedingAction.APPROVE, both)).contains("penalty.actor.separation");
	}
}
