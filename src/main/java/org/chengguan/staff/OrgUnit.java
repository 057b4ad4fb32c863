package org.chengguan.staff;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A unit of the bureau's organisation tree, with the 辖区 (region codes) assigned to it. */
@Entity
@Table(name = "staff_org_unit")
public class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrgUnitType type;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private @Nullable OrgUnit parent;

	private int sortOrder;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_org_unit_region", joinColumns = @JoinColumn(name = "org_unit_id"))
	@Column(name = "region_code")
	private Set<String> regionCodes = new LinkedHashSet<>();

	@Version
	private long version;

	protected OrgUnit() {
		this.code = "";
		this.name = "";
		this.type = OrgUnitType.SECTION;
	}

	OrgUnit(String code, String name, OrgUnitType type, @Nullable OrgUnit parent) {
		this.code = code;
		this.name = name;
		this.type = type;
		this.parent = parent;
	}

	void update(String name, int sortOrder, Set<String> regionCodes) {
		this.name = name;
		this.sortOrder = sortOrder;
		this.regionCodes = new LinkedHashSet<>(regionCodes);
	}

	public @Nullable Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public OrgUnitType getType() {
		return type;
	}

	public @Nullable Long getParentId() {
		return parent == null ? null : parent.getId();
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public Set<String> getRegionCodes() {
		return Set.copyOf(regionCodes);
	}

	public long getVersion() {
		return version;
	}

	String describe() {
		return "code=" + code + ", name=" + name + ", type=" + type + ", parent=" + getParentId() + ", regions="
				+ regionCodes;
	}
}
