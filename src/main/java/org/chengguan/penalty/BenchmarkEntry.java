package org.chengguan.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.chengguan.party.PartyKind;
import org.jspecify.annotations.Nullable;

/**
 * One version of a 裁量基准 entry (domain.md §8.17): the violation, its 定性依据 and 处罚依据, the statutory range and
 * the bands. A version is never changed once a proceeding may have used it: the 法制股 revises by adding the next.
 */
@Entity
@Table(name = "penalty_benchmark_entry")
public class BenchmarkEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private int version;

	private String name;

	@Enumerated(EnumType.STRING)
	private BenchmarkDomain domain;

	@Embedded
	@AttributeOverride(name = "law", column = @Column(name = "qualifying_law"))
	@AttributeOverride(name = "article", column = @Column(name = "qualifying_article"))
	@AttributeOverride(name = "paragraph", column = @Column(name = "qualifying_paragraph"))
	@AttributeOverride(name = "item", column = @Column(name = "qualifying_item"))
	private LegalBasis qualifyingBasis;

	@Embedded
	@AttributeOverride(name = "law", column = @Column(name = "penalty_law"))
	@AttributeOverride(name = "article", column = @Column(name = "penalty_article"))
	@AttributeOverride(name = "paragraph", column = @Column(name = "penalty_paragraph"))
	@AttributeOverride(name = "item", column = @Column(name = "penalty_item"))
	private LegalBasis penaltyBasis;

	@Enumerated(EnumType.STRING)
	private RangeUnit rangeUnit;

	private @Nullable String unitLabel;

	private BigDecimal statutoryMin;

	private BigDecimal statutoryMax;

	@Enumerated(EnumType.STRING)
	@Column(name = "party_type")
	private PartyScope partyScope;

	private @Nullable String preconditions;

	private @Nullable String extraMeasures;

	private boolean firstOffenceEligible;

	private @Nullable String exemptionConditions;

	private boolean major;

	private @Nullable String note;

	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Nullable LocalDate publishedOn;

	private String createdBy;

	private Instant createdAt;

	@OneToMany(mappedBy = "entry", cascade = CascadeType.ALL)
	@OrderBy("seq")
	private List<BenchmarkLevel> levels = new ArrayList<>();

	protected BenchmarkEntry() {
		this.code = "";
		this.name = "";
		this.domain = BenchmarkDomain.CITY_APPEARANCE;
		this.qualifyingBasis = new LegalBasis("", 1, null, null);
		this.penaltyBasis = qualifyingBasis;
		this.rangeUnit = RangeUnit.YUAN;
		this.statutoryMin = BigDecimal.ZERO;
		this.statutoryMax = BigDecimal.ZERO;
		this.partyScope = PartyScope.ANY;
		this.validFrom = LocalDate.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	/** A new entry, or the next version of one; refused when its terms do not hold together. */
	static BenchmarkEntry of(String code, int version, BenchmarkTerms terms, LocalDate validFrom, String by,
			Instant at) {
		check(terms);
		var entry = new BenchmarkEntry();
		entry.code = code;
		entry.version = version;
		entry.name = terms.name().strip();
		entry.domain = terms.domain();
		entry.qualifyingBasis = terms.qualifyingBasis();
		entry.penaltyBasis = terms.penaltyBasis();
		entry.rangeUnit = terms.rangeUnit();
		entry.unitLabel = terms.unitLabel();
		entry.statutoryMin = terms.statutoryMin();
		entry.statutoryMax = terms.statutoryMax();
		entry.partyScope = terms.partyScope();
		entry.preconditions = terms.preconditions();
		entry.extraMeasures = terms.extraMeasures();
		entry.firstOffenceEligible = terms.firstOffenceEligible();
		entry.exemptionConditions = terms.exemptionConditions();
		entry.major = terms.major();
		entry.note = terms.note();
		entry.validFrom = validFrom;
		entry.publishedOn = validFrom;
		entry.createdBy = by;
		entry.createdAt = at;
		var seq = 0;
		for (var band : terms.bands()) {
			entry.levels.add(new BenchmarkLevel(entry, ++seq, band.level(), band.conditions().strip(), band.fineMin(),
					band.fineMax(), band.extraMeasures()));
		}
		return entry;
	}

	/** 《行政处罚法》第三十四条：裁量基准应当向社会公布 — so its bands must lie inside the range the law allows. */
	private static void check(BenchmarkTerms terms) {
		if (terms.statutoryMax().compareTo(terms.statutoryMin()) < 0 || terms.statutoryMin().signum() < 0) {
			throw new BenchmarkRuleException("penalty.benchmark.error.range");
		}
		if (terms.bands().isEmpty()) {
			throw new BenchmarkRuleException("penalty.benchmark.error.noBand");
		}
		var seen = new HashSet<DiscretionLevel>();
		for (var band : terms.bands()) {
			if (!seen.add(band.level())) {
				throw new BenchmarkRuleException("penalty.benchmark.error.levelTwice");
			}
			if (band.fineMin().compareTo(band.fineMax()) > 0 || band.fineMax().compareTo(terms.statutoryMax()) > 0
					|| (band.level() != DiscretionLevel.NO_PENALTY && band.level() != DiscretionLevel.MITIGATED
							&& band.fineMax().signum() > 0 && band.fineMin().compareTo(terms.statutoryMin()) < 0)) {
				throw new BenchmarkRuleException("penalty.benchmark.error.bandOutsideRange");
			}
		}
	}

	/** The next version from {@code from} on: this one ends the day before. */
	BenchmarkEntry revise(BenchmarkTerms terms, LocalDate from, String by, Instant at) {
		if (!from.isAfter(validFrom) || validTo != null) {
			throw new BenchmarkRuleException("penalty.benchmark.error.reviseDate");
		}
		var next = of(code, version + 1, terms, from, by, at);
		this.validTo = from.minusDays(1);
		return next;
	}

	/** What this version says, as a revision form starts from it. */
	public BenchmarkTerms terms() {
		return new BenchmarkTerms(name, domain, qualifyingBasis, penaltyBasis, rangeUnit, unitLabel, statutoryMin,
				statutoryMax, partyScope, preconditions, extraMeasures, firstOffenceEligible, exemptionConditions, major,
				note, levels.stream()
					.map(l -> new BenchmarkTerms.Band(l.getLevel(), l.getConditions(), l.getFineMin(), l.getFineMax(),
							l.getExtraMeasures()))
					.toList());
	}

	/** Whether a proceeding may choose this version for an act on that day. */
	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public Optional<BenchmarkLevel> level(DiscretionLevel level) {
		return levels.stream().filter(l -> l.getLevel() == level).findFirst();
	}

	/**
	 * What is wrong with a proposed amount (in this entry's unit) at this level for this party, if anything: the
	 * band must admit it; 减轻 goes below the statutory minimum only with a reason of 《行政处罚法》第三十条 or 第三十二条.
	 */
	Optional<String> problemWith(DiscretionLevel chosen, BigDecimal amount, PartyKind party, boolean mitigationReason) {
		if (!partyScope.covers(party)) {
			return Optional.of("penalty.error.benchmarkParty");
		}
		if (amount.signum() < 0 || amount.compareTo(statutoryMax) > 0) {
			return Optional.of("penalty.error.outsideRange");
		}
		return switch (chosen) {
			case NO_PENALTY -> amount.signum() == 0 ? Optional.empty() : Optional.of("penalty.error.noPenaltyAmount");
			// 《行政处罚法》第三十条、第三十二条：减轻处罚须有法定情形
			case MITIGATED -> !mitigationReason ? Optional.of("penalty.error.mitigationReason")
					: amount.compareTo(statutoryMin) >= 0 && statutoryMin.signum() > 0
							? Optional.of("penalty.error.mitigatedNotBelow") : Optional.empty();
			default -> level(chosen).map(band -> band.admits(amount) ? Optional.<String>empty()
					: Optional.of("penalty.error.outsideBand")).orElse(Optional.of("penalty.error.level"));
		};
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Benchmark entry not saved");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public int getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public BenchmarkDomain getDomain() {
		return domain;
	}

	public LegalBasis getQualifyingBasis() {
		return qualifyingBasis;
	}

	public LegalBasis getPenaltyBasis() {
		return penaltyBasis;
	}

	public RangeUnit getRangeUnit() {
		return rangeUnit;
	}

	public @Nullable String getUnitLabel() {
		return unitLabel;
	}

	public BigDecimal getStatutoryMin() {
		return statutoryMin;
	}

	public BigDecimal getStatutoryMax() {
		return statutoryMax;
	}

	public PartyScope getPartyScope() {
		return partyScope;
	}

	public @Nullable String getPreconditions() {
		return preconditions;
	}

	public @Nullable String getExtraMeasures() {
		return extraMeasures;
	}

	public boolean isFirstOffenceEligible() {
		return firstOffenceEligible;
	}

	public @Nullable String getExemptionConditions() {
		return exemptionConditions;
	}

	public boolean isMajor() {
		return major;
	}

	public @Nullable String getNote() {
		return note;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public List<BenchmarkLevel> getLevels() {
		return List.copyOf(levels);
	}
}
