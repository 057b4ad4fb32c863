package org.chengguan.penalty;

import static org.chengguan.penalty.ApprovalLevel.COLLECTIVE_DISCUSSION;
import static org.chengguan.penalty.ApprovalLevel.DEPUTY_APPROVAL;
import static org.chengguan.penalty.ApprovalLevel.DEPUTY_SIGN_OFF;
import static org.chengguan.penalty.ApprovalLevel.LEGAL_REVIEW;
import static org.chengguan.penalty.ApprovalLevel.SQUAD_FILING;
import static org.chengguan.penalty.ApprovalLevel.SQUAD_REVIEW;

import java.util.List;

/**
 * The approval route of a proceeding (domain.md §8.16), derived from its facts and the configured thresholds alone:
 * no repository, no clock, no current user.
 *
 * @param tier how far up the chain the proceeding goes
 * @param reviews the nodes that approve the intended penalty before the 告知, in order
 * @param afterNotice the nodes after the statement period and before the decision (the 班子's 集体讨论 at T4)
 * @param delegated T2 ends at the 法制股 under the bureau's written delegation
 * @param thresholdsVersion the version of the thresholds the route was derived by
 */
public record ApprovalRoute(ApprovalTier tier, List<ApprovalLevel> reviews, List<ApprovalLevel> afterNotice,
		boolean delegated, String thresholdsVersion) {

	public ApprovalRoute {
		reviews = List.copyOf(reviews);
		afterNotice = List.copyOf(afterNotice);
	}

	public static ApprovalRoute of(ProceedingFacts facts, ApprovalThresholds limits) {
		var version = limits.version();
		// 《行政处罚法》第五十一条、第五十二条第三款：简易程序当场作出决定，报所属行政机关备案
		if (facts.procedure() == Procedure.SIMPLE) {
			return new ApprovalRoute(ApprovalTier.T1, List.of(SQUAD_FILING), List.of(), false, version);
		}
		// 《行政处罚法》第五十七条第二款：情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定
		if (major(facts, limits)) {
			return new ApprovalRoute(ApprovalTier.T4, List.of(SQUAD_REVIEW, LEGAL_REVIEW, DEPUTY_APPROVAL),
					List.of(COLLECTIVE_DISCUSSION), false, version);
		}
		if (limits.smallFine(facts.fine(), facts.partyKind())) {
			// 本局书面授权时 T2 可由法制股终审（allowSubPrincipalFinalApproval，默认关闭）
			return limits.allowSubPrincipalFinalApproval()
					? new ApprovalRoute(ApprovalTier.T2, List.of(SQUAD_REVIEW, LEGAL_REVIEW), List.of(), true, version)
					: new ApprovalRoute(ApprovalTier.T2, List.of(SQUAD_REVIEW, LEGAL_REVIEW, DEPUTY_SIGN_OFF),
							List.of(), false, version);
		}
		// 《行政处罚法》第五十七条第一款：普通程序由行政机关负责人决定
		return new ApprovalRoute(ApprovalTier.T3, List.of(SQUAD_REVIEW, LEGAL_REVIEW, DEPUTY_APPROVAL), List.of(), false,
				version);
	}

	private static boolean major(ProceedingFacts facts, ApprovalThresholds limits) {
		return limits.hearingEligible(facts) || facts.hearingHeld() || facts.mitigatedBelowMinimum()
				|| facts.benchmarkMajor() || !facts.flags().isEmpty();
	}

	/** Whose approval is the decision's signature: the 班子 at T4, the 法制股 under delegation, else the last review. */
	public ApprovalLevel signer() {
		if (!afterNotice.isEmpty()) {
			return afterNotice.get(afterNotice.size() - 1);
		}
		return reviews.get(reviews.size() - 1);
	}
}
