package org.chengguan.credit;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.chengguan.penalty.CreditFacts;
import org.chengguan.penalty.DiscretionLevel;
import org.jspecify.annotations.Nullable;

/**
 * A row of the 法制股's credit table: a decision matches when each condition it sets holds (the benchmark, the 裁量
 * level, the harm removed, a least fine); an empty condition matches every decision.
 */
@Entity
@Table(name = "credit_rule")
public class CreditRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int seq;

	private @Nullable String benchmarkCode;

	@Enumerated(EnumType.STRING)
	private @Nullable DiscretionLevel discretionLevel;

	private @Nullable Boolean harmRemoved;

	private @Nullable BigDecimal minFine;

	@Enumerated(EnumType.STRING)
	private CreditClass classification;

	private String note;

	private boolean enabled;

	private String changedBy;

	private Instant changedAt;

	protected CreditRule() {
		this.classification = CreditClass.GENERAL;
		this.note = "";
		this.changedBy = "";
		this.changedAt = Instant.EPOCH;
	}

	CreditRule(CreditRuleForm form, String by, Instant at) {
		this.seq = form.seq();
		this.benchmarkCode = form.benchmarkCode() == null || form.benchmarkCode().isBlank() ? null
				: form.benchmarkCode().strip();
		this.discretionLevel = form.discretionLevel();
		this.harmRemoved = form.harmRemoved();
		this.minFine = form.minFine();
		this.classification = form.classification();
		this.note = form.note().strip();
		this.enabled = true;
		this.changedBy = by;
		this.changedAt = at;
	}

	boolean matches(CreditFacts facts) {
		return enabled && (benchmarkCode == null || benchmarkCode.equals(facts.benchmarkCode()))
				&& (discretionLevel == null || discretionLevel == facts.level())
				&& (harmRemoved == null || harmRemoved == facts.harmRemoved())
				&& (minFine == null || facts.fine().compareTo(minFine) >= 0);
	}

	void disable(String by, Instant at) {
		this.enabled = false;
		this.changedBy = by;
		this.changedAt = at;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public int getSeq() {
		return seq;
	}

	public @Nullable String getBenchmarkCode() {
		return benchmarkCode;
	}

	public @Nullable DiscretionLevel getDiscretionLevel() {
		return discretionLevel;
	}

	public @Nullable Boolean getHarmRemoved() {
		return harmRemoved;
	}

	public @Nullable BigDecimal getMinFine() {
		return minFine;
	}

	public CreditClass getClassification() {
		return classification;
	}

	public String getNote() {
		return note;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
