package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A benchmark version as the 法制股 writes it: the terms, and one row per 裁量阶次 (in {@link DiscretionLevel} order; a
 * row without conditions is no band).
 */
record BenchmarkForm(@Size(max = 20) @Nullable String code,
		@NotBlank(message = "{penalty.benchmark.form.name}") @Size(max = 200) @Nullable String name,
		@NotNull @Nullable BenchmarkDomain domain,
		@NotBlank(message = "{penalty.benchmark.form.law}") @Size(max = 100) @Nullable String qualifyingLaw,
		@NotNull(message = "{penalty.benchmark.form.article}") @Min(1) @Nullable Integer qualifyingArticle,
		@Min(1) @Nullable Integer qualifyingParagraph, @Min(1) @Nullable Integer qualifyingItem,
		@NotBlank(message = "{penalty.benchmark.form.law}") @Size(max = 100) @Nullable String penaltyLaw,
		@NotNull(message = "{penalty.benchmark.form.article}") @Min(1) @Nullable Integer penaltyArticle,
		@Min(1) @Nullable Integer penaltyParagraph, @Min(1) @Nullable Integer penaltyItem,
		@NotNull @Nullable RangeUnit rangeUnit, @Size(max = 20) @Nullable String unitLabel,
		@NotNull(message = "{penalty.benchmark.form.range}") @DecimalMin("0") @Nullable BigDecimal statutoryMin,
		@NotNull(message = "{penalty.benchmark.form.range}") @DecimalMin("0") @Nullable BigDecimal statutoryMax,
		@NotNull @Nullable PartyScope partyScope, @Size(max = 300) @Nullable String preconditions,
		@Size(max = 300) @Nullable String extraMeasures, @Nullable Boolean firstOffenceEligible,
		@Size(max = 300) @Nullable String exemptionConditions, @Nullable Boolean major,
		@Size(max = 500) @Nullable String note,
		@NotNull(message = "{penalty.benchmark.form.validFrom}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@Nullable LocalDate validFrom,
		@Nullable List<@Size(max = 500) String> bandConditions, @Nullable List<@DecimalMin("0") BigDecimal> bandMin,
		@Nullable List<@DecimalMin("0") BigDecimal> bandMax, @Nullable List<@Size(max = 300) String> bandMeasures) {

	/** One row per level whatever was posted, so that the form shows again after an error. */
	BenchmarkForm {
		bandConditions = rows(bandConditions);
		bandMin = rows(bandMin);
		bandMax = rows(bandMax);
		bandMeasures = rows(bandMeasures);
	}

	private static <T> List<@Nullable T> rows(@Nullable List<T> posted) {
		var rows = new ArrayList<@Nullable T>(posted == null ? List.of() : posted);
		while (rows.size() < DiscretionLevel.values().length) {
			rows.add(null);
		}
		return rows;
	}

	static BenchmarkForm of(BenchmarkEntry entry, LocalDate validFrom) {
		var conditions = new ArrayList<@Nullable String>();
		var min = new ArrayList<@Nullable BigDecimal>();
		var max = new ArrayList<@Nullable BigDecimal>();
		var measures = new ArrayList<@Nullable String>();
		for (var level : DiscretionLevel.values()) {
			var band = entry.level(level);
			conditions.add(band.map(BenchmarkLevel::getConditions).orElse(null));
			min.add(band.map(BenchmarkLevel::getFineMin).orElse(null));
			max.add(band.map(BenchmarkLevel::getFineMax).orElse(null));
			measures.add(band.map(BenchmarkLevel::getExtraMeasures).orElse(null));
		}
		var q = entry.getQualifyingBasis();
		var p = entry.getPenaltyBasis();
		return new BenchmarkForm(entry.getCode(), entry.getName(), entry.getDomain(), q.law(), q.article(),
				q.paragraph(), q.item(), p.law(), p.article(), p.paragraph(), p.item(), entry.getRangeUnit(),
				entry.getUnitLabel(), entry.getStatutoryMin(), entry.getStatutoryMax(), entry.getPartyScope(),
				entry.getPreconditions(), entry.getExtraMeasures(), entry.isFirstOffenceEligible(),
				entry.getExemptionConditions(), entry.isMajor(), entry.getNote(), validFrom, conditions, min, max,
				measures);
	}

	static BenchmarkForm empty(LocalDate validFrom) {
		return new BenchmarkForm(null, null, BenchmarkDomain.CITY_APPEARANCE, null, null, null, null, null, null, null,
				null, RangeUnit.YUAN, null, null, null, PartyScope.ANY, null, null, false, null, false, null, validFrom,
				null, null, null, null);
	}

	/** The terms; a band row needs its conditions and both amounts. */
	BenchmarkTerms terms() {
		var bands = new ArrayList<BenchmarkTerms.Band>();
		var levels = DiscretionLevel.values();
		for (var i = 0; i < levels.length; i++) {
			var conditions = at(bandConditions, i);
			if (conditions == null || conditions.isBlank()) {
				continue;
			}
			var low = at(bandMin, i);
			var high = at(bandMax, i);
			if (low == null || high == null) {
				throw new BenchmarkRuleException("penalty.benchmark.error.bandAmounts");
			}
			bands.add(new BenchmarkTerms.Band(levels[i], conditions, low, high, at(bandMeasures, i)));
		}
		return new BenchmarkTerms(require(name), require(domain),
				new LegalBasis(require(qualifyingLaw).strip(), require(qualifyingArticle), qualifyingParagraph,
						qualifyingItem),
				new LegalBasis(require(penaltyLaw).strip(), require(penaltyArticle), penaltyParagraph, penaltyItem),
				require(rangeUnit), unitLabel, require(statutoryMin), require(statutoryMax), require(partyScope),
				preconditions, extraMeasures, Boolean.TRUE.equals(firstOffenceEligible), exemptionConditions,
				Boolean.TRUE.equals(major), note, bands);
	}

	private static <T> @Nullable T at(@Nullable List<T> values, int index) {
		return values == null || index >= values.size() ? null : values.get(index);
	}

	private static <T> T require(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("validated before");
		}
		return value;
	}
}
