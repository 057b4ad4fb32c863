package org.chengguan.penalty;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One band of a benchmark entry: when it applies and the fine it allows, in the entry's unit. */
@Entity
@Table(name = "penalty_benchmark_level")
public class BenchmarkLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "entry_id")
	private @Nullable BenchmarkEntry entry;

	private int seq;

	@Enumerated(EnumType.STRING)
	private DiscretionLevel level;

	private String conditions;

	private BigDecimal fineMin;

	private BigDecimal fineMax;

	private @Nullable String extraMeasures;

	protected BenchmarkLevel() {
		this.level = DiscretionLevel.GENERAL;
		this.conditions = "";
		this.fineMin = BigDecimal.ZERO;
		this.fineMax = BigDecimal.ZERO;
	}

	BenchmarkLevel(BenchmarkEntry entry, int seq, DiscretionLevel level, String conditions, BigDecimal fineMin,
			BigDecimal fineMax, @Nullable String extraMeasures) {
		this.entry = entry;
		this.seq = seq;
		this.level = level;
		this.conditions = conditions;
		this.fineMin = fineMin;
		this.fineMax = fineMax;
		this.extraMeasures = extraMeasures;
	}

	/** Whether the amount (in the entry's unit) lies inside the band. */
	boolean admits(BigDecimal amount) {
		return amount.compareTo(fineMin) >= 0 && amount.compareTo(fineMax) <= 0;
	}

	public DiscretionLevel getLevel() {
		return level;
	}

	public String getConditions() {
		return conditions;
	}

	public BigDecimal getFineMin() {
		return fineMin;
	}

	public BigDecimal getFineMax() {
		return fineMax;
	}

	public @Nullable String getExtraMeasures() {
		return extraMeasures;
	}

	int getSeq() {
		return seq;
	}
}
