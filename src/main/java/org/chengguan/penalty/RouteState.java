package org.chengguan.penalty;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * The route as stored when the proceeding was submitted, so that a later change of facts or thresholds cannot change
 * an approval under way; and where on it the proceeding stands. Each submission is a new round.
 */
@Embeddable
public class RouteState {

	@Enumerated(EnumType.STRING)
	private @Nullable ApprovalTier tier;

	private @Nullable String routeReviews;

	private @Nullable String routeAfterNotice;

	private boolean routeDelegated;

	private @Nullable String thresholdsVersion;

	private int routeRound;

	private int routeIndex;

	@Column(name = "legal_review_current")
	private boolean legalReviewCurrent;

	void store(ApprovalRoute route) {
		this.tier = route.tier();
		this.routeReviews = join(route.reviews());
		this.routeAfterNotice = join(route.afterNotice());
		this.routeDelegated = route.delegated();
		this.thresholdsVersion = route.thresholdsVersion();
		this.routeRound++;
		this.routeIndex = 0;
		this.legalReviewCurrent = false;
	}

	public @Nullable ApprovalRoute route() {
		if (tier == null || thresholdsVersion == null) {
			return null;
		}
		return new ApprovalRoute(tier, split(routeReviews), split(routeAfterNotice), routeDelegated, thresholdsVersion);
	}

	/** The review at hand while in approval. */
	ApprovalLevel review() {
		return split(routeReviews).get(routeIndex);
	}

	/** Whether the review at hand is the route's last before the 告知. */
	boolean atLastReview() {
		return routeIndex == split(routeReviews).size() - 1;
	}

	/** Moves past the review at hand; whether the reviews are done. */
	boolean advance() {
		routeIndex++;
		return routeIndex >= split(routeReviews).size();
	}

	/** Back to the review before the one at hand. */
	void back() {
		if (routeIndex == 0) {
			throw new PenaltyTransitionException("penalty.error.firstNode");
		}
		routeIndex--;
	}

	void legalReviewPassed() {
		legalReviewCurrent = true;
	}

	/** A hearing or a changed penalty ends the 法制审核 that approved the earlier state (第五十八条). */
	void legalReviewOutdated() {
		legalReviewCurrent = false;
	}

	public boolean isLegalReviewCurrent() {
		return legalReviewCurrent;
	}

	public @Nullable ApprovalTier getTier() {
		return tier;
	}

	public int getRound() {
		return routeRound;
	}

	public int getIndex() {
		return routeIndex;
	}

	private static @Nullable String join(List<ApprovalLevel> levels) {
		return levels.isEmpty() ? null : levels.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static List<ApprovalLevel> split(@Nullable String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split(",")).map(ApprovalLevel::valueOf).toList();
	}
}
