package org.chengguan.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 责任网格: unit grids of one street with named staff, the unit of accountability. */
@Entity
@Table(name = "grid_responsibility_grid")
public class ResponsibilityGrid {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private long streetId;

	@ElementCollection
	@CollectionTable(name = "grid_responsibility_unit", joinColumns = @JoinColumn(name = "responsibility_grid_id"))
	@Column(name = "unit_grid_id")
	private Set<Long> unitGridIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "responsibilityGrid", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("role, id")
	private List<GridMember> members = new ArrayList<>();

	@Version
	private long version;

	protected ResponsibilityGrid() {
		this.code = "";
		this.name = "";
	}

	ResponsibilityGrid(String code, String name, long streetId, Set<Long> unitGridIds) {
		this.code = code;
		this.name = name;
		this.streetId = streetId;
		this.unitGridIds = new LinkedHashSet<>(unitGridIds);
	}

	/** Adds a member in a role; the same person may hold several roles (一员多能), each once. */
	void addMember(long staffId, GridMemberRole role, LocalDate since) {
		if (members.stream().anyMatch(m -> m.getStaffId() == staffId && m.getRole() == role)) {
			throw new GridRuleException("grid.error.memberExists");
		}
		members.add(new GridMember(this, staffId, role, since));
	}

	void removeMember(long memberId) {
		if (!members.removeIf(m -> m.getId() != null && m.getId() == memberId)) {
			throw new GridNotFoundException("grid member", memberId);
		}
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

	public long getStreetId() {
		return streetId;
	}

	public Set<Long> getUnitGridIds() {
		return Set.copyOf(unitGridIds);
	}

	public List<GridMember> getMembers() {
		return List.copyOf(members);
	}

	public long getVersion() {
		return version;
	}
}
