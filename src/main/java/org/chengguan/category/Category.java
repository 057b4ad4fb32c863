package org.chengguan.category;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A 大类 (2-digit code) or 小类 (5 digits) of 部件 or 事项, with its 立案条件. */
@Entity
@Table(name = "category_item")
public class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private CategoryKind kind;

	private String code;

	private String name;

	/** How V11 marked the codes of the standard it transcribed from a single unofficial source. */
	private static final String TRANSCRIPTION = "(unverified transcription)";

	private String standardRef;

	private boolean localExtension;

	private boolean enabled = true;

	/** Whether the public may report it (Open311 lists it). */
	private boolean publicIntake;

	@OneToMany(mappedBy = "category", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<CaseCondition> conditions = new ArrayList<>();

	@Version
	private long version;

	protected Category() {
		this.kind = CategoryKind.EVENT;
		this.code = "";
		this.name = "";
		this.standardRef = "";
	}

	/**
	 * A local extension in 大类 90–99 (domain.md §5.1); {@code standardRef} is the bureau's own mark for them
	 * ({@code category.localStandard}).
	 */
	static Category localExtension(CategoryKind kind, String code, String name, String standardRef) {
		if (!code.matches("9\\d(\\d{3})?")) {
			throw new CategoryRuleException("category.error.localRange");
		}
		var category = new Category();
		category.kind = kind;
		category.code = code;
		category.name = name;
		category.standardRef = standardRef;
		category.localExtension = true;
		return category;
	}

	CaseCondition addCondition(CaseCondition.Terms terms) {
		if (isHeader()) {
			throw new CategoryRuleException("category.error.conditionOnClass");
		}
		var condition = new CaseCondition(this, terms);
		conditions.add(condition);
		return condition;
	}

	/** A 大类 header: cases are registered against 小类 only. */
	public boolean isHeader() {
		return code.length() == 2;
	}

	public @Nullable Long getId() {
		return id;
	}

	public CategoryKind getKind() {
		return kind;
	}

	public String getCode() {
		return code;
	}

	/** The key cases and platforms name it by: {@code E} or {@code C} and the code ({@code E06010}). */
	public String getKey() {
		return (kind == CategoryKind.COMPONENT ? "C" : "E") + code;
	}

	public String getMajorCode() {
		return code.substring(0, 2);
	}

	public String getName() {
		return name;
	}

	/** The standard without the transcription note ({@code GB/T 47678.5-2026}), as pages show it. */
	public String getStandardCode() {
		return standardRef.replace(TRANSCRIPTION, "").strip();
	}

	/** Whether the code comes from an unofficial transcription of the standard, to be checked (domain.md §5.1). */
	public boolean isTranscribed() {
		return standardRef.endsWith(TRANSCRIPTION);
	}

	public String getStandardRef() {
		return standardRef;
	}

	public boolean isLocalExtension() {
		return localExtension;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isPublicIntake() {
		return publicIntake;
	}

	public List<CaseCondition> getConditions() {
		return List.copyOf(conditions);
	}

	public long getVersion() {
		return version;
	}
}
