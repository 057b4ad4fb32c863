package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * What a proceeding proposes and, once decided, imposes; with the penalty as the 告知书 stated it, which the decision
 * may not exceed (《行政处罚法》第四十五条第二款：行政机关不得因当事人陈述、申辩而给予更重的处罚).
 */
@Embeddable
public class Proposal {

	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;

	private @Nullable Long benchmarkId;

	@Enumerated(EnumType.STRING)
	private @Nullable DiscretionLevel discretionLevel;

	private boolean warning;

	private @Nullable BigDecimal fine;

	private @Nullable BigDecimal fineBase;

	private @Nullable BigDecimal fineRate;

	private @Nullable String confiscation;

	private @Nullable BigDecimal confiscationValue;

	private @Nullable String measures;

	private @Nullable String correctionOrder;

	private @Nullable LocalDate correctionDueOn;

	private @Nullable String mitigation;

	private @Nullable String discretionReasons;

	private @Nullable String majorFlags;

	private @Nullable String transferTo;

	private @Nullable BigDecimal noticedFine;

	private @Nullable String noticedMeasures;

	void set(ProposedOutcome proposed) {
		this.outcome = proposed.outcome();
		this.benchmarkId = proposed.benchmarkId();
		this.discretionLevel = proposed.level();
		this.warning = proposed.warning();
		this.fine = proposed.fine();
		this.fineBase = proposed.fineBase();
		this.fineRate = proposed.fineRate();
		this.confiscation = blankToNull(proposed.confiscation());
		this.confiscationValue = proposed.confiscationValue();
		this.measures = join(proposed.measures());
		this.correctionOrder = blankToNull(proposed.correctionOrder());
		this.correctionDueOn = proposed.correctionDueOn();
		this.mitigation = join(proposed.mitigation());
		this.discretionReasons = blankToNull(proposed.reasons());
		this.majorFlags = join(proposed.flags());
		this.transferTo = blankToNull(proposed.transferTo());
	}

	/** The 告知书 states the intended penalty: the decision is measured against it. */
	void noticed() {
		this.noticedFine = fine();
		this.noticedMeasures = measures;
	}

	/** Whether a revised proposal would be heavier than the 告知书 said (a higher fine or a measure it did not name). */
	boolean heavierThanNotice(ProposedOutcome revised) {
		if (noticedFine == null) {
			return false;
		}
		var noticed = split(noticedMeasures, PenaltyMeasure::valueOf, PenaltyMeasure.class);
		return revised.fine().compareTo(noticedFine) > 0 || !noticed.containsAll(revised.measures())
				|| revised.outcome() == Outcome.PENALTY && outcome != null && outcome.noPenalty();
	}

	ProceedingFacts facts(Procedure procedure, PartyKind party, boolean hearingHeld, boolean benchmarkMajor) {
		return new ProceedingFacts(procedure, party, fine(),
				confiscationValue == null ? BigDecimal.ZERO : confiscationValue, getMeasures(), hearingHeld,
				discretionLevel == DiscretionLevel.MITIGATED, benchmarkMajor, getMajorFlags());
	}

	public @Nullable Outcome getOutcome() {
		return outcome;
	}

	public @Nullable Long getBenchmarkId() {
		return benchmarkId;
	}

	public @Nullable DiscretionLevel getDiscretionLevel() {
		return discretionLevel;
	}

	public boolean isWarning() {
		return warning;
	}

	/** The fine in yuan, zero for none. */
	public BigDecimal fine() {
		return fine == null ? BigDecimal.ZERO : fine;
	}

	public @Nullable BigDecimal getFineBase() {
		return fineBase;
	}

	public @Nullable BigDecimal getFineRate() {
		return fineRate;
	}

	public @Nullable String getConfiscation() {
		return confiscation;
	}

	public @Nullable BigDecimal getConfiscationValue() {
		return confiscationValue;
	}

	public Set<PenaltyMeasure> getMeasures() {
		return split(measures, PenaltyMeasure::valueOf, PenaltyMeasure.class);
	}

	public @Nullable String getCorrectionOrder() {
		return correctionOrder;
	}

	public @Nullable LocalDate getCorrectionDueOn() {
		return correctionDueOn;
	}

	public Set<Mitigation> getMitigation() {
		return split(mitigation, Mitigation::valueOf, Mitigation.class);
	}

	public @Nullable String getDiscretionReasons() {
		return discretionReasons;
	}

	public Set<MajorFlag> getMajorFlags() {
		return split(majorFlags, MajorFlag::valueOf, MajorFlag.class);
	}

	public @Nullable String getTransferTo() {
		return transferTo;
	}

	public @Nullable BigDecimal getNoticedFine() {
		return noticedFine;
	}

	private static <E extends Enum<E>> @Nullable String join(Collection<E> values) {
		return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> split(@Nullable String text, Function<String, E> parse, Class<E> type) {
		var set = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map(parse).forEach(set::add);
		}
		return set;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
