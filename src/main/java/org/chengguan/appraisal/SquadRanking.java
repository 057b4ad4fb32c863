package org.chengguan.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chengguan.appraisal.AppraisalMetric.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * A squad's month under a scheme: each auxiliary scored, ranked within the squad (equal totals share a rank), given
 * the pay grade the total suggests, and the lowest {@code bottomCount} (with all tied to the last of them) marked 末位
 * where more than that many are ranked. Someone with no shift rostered in the month is listed but not ranked.
 */
final class SquadRanking {

	/** An auxiliary of the squad and their month. */
	record Candidate(long staffId, String name, Inputs inputs) {
	}

	/** The squad's lines and each line's items. */
	record Ranked(List<Appraisal.Line> lines, List<Appraisal.Item> items) {
	}

	private SquadRanking() {
	}

	static Ranked rank(AppraisalScheme scheme, List<Candidate> candidates) {
		var scored = new ArrayList<Scored>();
		var items = new ArrayList<Appraisal.Item>();
		for (var candidate : candidates) {
			var score = scheme.score(candidate.inputs());
			var position = 0;
			for (var item : score.items()) {
				items.add(new Appraisal.Item(candidate.staffId(), ++position, item.item().metric(),
						item.figure().numerator(), item.figure().denominator(), item.points().orElse(null)));
			}
			var rostered = candidate.inputs().duty().planned() > 0;
			scored.add(new Scored(candidate, rostered ? score.total().orElse(null) : null));
		}
		var ranked = scored.stream().filter(s -> s.total() != null)
			.sorted(Comparator.comparing((Scored s) -> s.total()).reversed().thenComparing(s -> s.candidate().name()))
			.toList();
		var cutoff = scheme.bottomCount() > 0 && ranked.size() > scheme.bottomCount()
				? ranked.get(ranked.size() - scheme.bottomCount()).total() : null;
		var lines = new ArrayList<Appraisal.Line>();
		for (var i = 0; i < ranked.size(); i++) {
			var s = ranked.get(i);
			var total = s.total();
			var rank = i > 0 && total.compareTo(ranked.get(i - 1).total()) == 0 ? lines.get(i - 1).rank() : i + 1;
			lines.add(new Appraisal.Line(s.candidate().staffId(), s.candidate().name(), rank, total,
					scheme.gradeOf(total), cutoff != null && total.compareTo(cutoff) <= 0));
		}
		scored.stream().filter(s -> s.total() == null).sorted(Comparator.comparing(s -> s.candidate().name()))
			.forEach(s -> lines.add(new Appraisal.Line(s.candidate().staffId(), s.candidate().name(), null, null,
					null, false)));
		return new Ranked(lines, items);
	}

	private record Scored(Candidate candidate, @Nullable BigDecimal total) {
	}
}
