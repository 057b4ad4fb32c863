package org.chengguan.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Subjects ranked by their total under a scheme: highest first, equal totals sharing a rank (1, 2, 2, 4). */
final class Ranking {

	/** One ranked key with its score. */
	record Ranked(int rank, String key, String name, Tally tally, ScoringScheme.Score score) {
	}

	private Ranking() {
	}

	static List<Ranked> of(Map<String, Tally> tallies, ScoringScheme scheme, Indicator.Settings settings,
			Function<String, String> names) {
		var scored = tallies.entrySet().stream()
			.map(e -> new Ranked(0, e.getKey(), names.apply(e.getKey()), e.getValue(),
					scheme.score(e.getValue(), settings)))
			.sorted(Comparator.comparing((Ranked r) -> r.score().total()).reversed().thenComparing(Ranked::key))
			.toList();
		var ranked = new ArrayList<Ranked>();
		for (var i = 0; i < scored.size(); i++) {
			var r = scored.get(i);
			var rank = i > 0 && r.score().total().compareTo(scored.get(i - 1).score().total()) == 0
					? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Ranked(rank, r.key(), r.name(), r.tally(), r.score()));
		}
		return ranked;
	}
}
