package org.chengguan.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as it is set up: name, kind, period, 回头看 days, scope (region codes, road segment ids, category keys),
 * participating units and targets. {@link #problems} names everything wrong with it at once.
 */
public record CampaignPlan(String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn, int revisitDays,
		@Nullable String description, Set<String> regions, Set<Long> roads, Set<String> categories, Set<Long> units,
		List<Campaign.Target> targets) {

	public CampaignPlan {
		regions = Set.copyOf(regions);
		roads = Set.copyOf(roads);
		categories = Set.copyOf(categories);
		units = Set.copyOf(units);
		targets = List.copyOf(targets);
	}

	/** The problems of the plan as message keys, in form order; none: it can be recorded. */
	List<String> problems() {
		var problems = new ArrayList<String>();
		if (name.isBlank() || name.length() > 100) {
			problems.add("campaign.error.name");
		}
		if (endsOn.isBefore(startsOn) || endsOn.isAfter(startsOn.plusDays(366))) {
			problems.add("campaign.error.period");
		}
		if (revisitDays < 7 || revisitDays > 180) {
			problems.add("campaign.error.revisit");
		}
		if (description != null && description.length() > 2000) {
			problems.add("campaign.error.description");
		}
		if (regions.isEmpty() && roads.isEmpty()) {
			problems.add("campaign.error.scope");
		}
		if (regions.stream().anyMatch(r -> !r.matches("[0-9]{6}([0-9]{3}){0,2}"))) {
			problems.add("campaign.error.region");
		}
		if (units.isEmpty()) {
			problems.add("campaign.error.units");
		}
		if (targets.isEmpty()) {
			problems.add("campaign.error.targets");
		}
		for (var target : targets) {
			if (target.target().signum() <= 0 || target.metric().isPercentage()
					&& target.target().compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add("campaign.error.targetValue");
			}
			var base = target.baseFrom() != null && target.baseTo() != null;
			if (target.metric().needsBase() != base
					|| base && (target.baseTo().isBefore(target.baseFrom()) || !target.baseTo().isBefore(startsOn))) {
				problems.add("campaign.error.targetBase");
			}
		}
		if (targets.stream().map(Campaign.Target::metric).distinct().count() < targets.size()) {
			problems.add("campaign.error.targetTwice");
		}
		return problems.stream().distinct().toList();
	}
}
