package org.chengguan.category;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.jspecify.annotations.Nullable;

/**
 * 立案条件: when a problem of this category is registered, with the 处置时限 it then gets and the 结案条件 that closes it
 * (domain.md §5.3). 立案 and 结案 must choose one.
 */
@Entity
@Table(name = "category_condition")
public class CaseCondition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne
	@JoinColumn(name = "category_id")
	private Category category;

	private String description;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	private int limitAmount;

	@Enumerated(EnumType.STRING)
	private DeadlineUnit limitUnit;

	private String closeCondition;

	private boolean enabled = true;

	@Version
	private long version;

	protected CaseCondition() {
		this.category = new Category();
		this.description = "";
		this.priority = Priority.NORMAL;
		this.limitUnit = DeadlineUnit.WORKING_DAY;
		this.closeCondition = "";
	}

	CaseCondition(Category category, Terms terms) {
		this.category = category;
		this.description = terms.description();
		this.priority = terms.priority();
		this.limitAmount = terms.limit().amount();
		this.limitUnit = terms.limit().unit();
		this.closeCondition = terms.closeCondition();
	}

	/** What a condition says. The 处置时限 counts in 紧急工作时, 工作时 or 工作日, never in calendar days or minutes. */
	record Terms(String description, Priority priority, Deadline limit, String closeCondition) {

		Terms {
			if (limit.unit() == DeadlineUnit.NATURAL_DAY || limit.unit() == DeadlineUnit.URGENT_MINUTE) {
				throw new CategoryRuleException("category.error.naturalDayLimit");
			}
		}
	}

	void revise(Terms terms, boolean enabled) {
		this.description = terms.description();
		this.priority = terms.priority();
		this.limitAmount = terms.limit().amount();
		this.limitUnit = terms.limit().unit();
		this.closeCondition = terms.closeCondition();
		this.enabled = enabled;
	}

	public @Nullable Long getId() {
		return id;
	}

	public long getCategoryId() {
		return java.util.Objects.requireNonNull(category.getId());
	}

	public String getDescription() {
		return description;
	}

	public Priority getPriority() {
		return priority;
	}

	/** The 处置时限 this condition sets. */
	public Deadline getLimit() {
		return new Deadline(limitAmount, limitUnit);
	}

	public String getCloseCondition() {
		return closeCondition;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public long getVersion() {
		return version;
	}

	String describe() {
		return description + " | " + priority + " | " + limitAmount + " " + limitUnit + " | " + closeCondition
				+ (enabled ? "" : " | disabled");
	}
}
