package org.chengguan.grid;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A person with a role in a responsibility grid. Refers to staff by id only. */
@Entity
@Table(name = "grid_member")
public class GridMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne
	@JoinColumn(name = "responsibility_grid_id")
	private ResponsibilityGrid responsibilityGrid;

	private long staffId;

	@Enumerated(EnumType.STRING)
	private GridMemberRole role;

	private LocalDate since;

	protected GridMember() {
		this.responsibilityGrid = new ResponsibilityGrid();
		this.role = GridMemberRole.GRID_OFFICER;
		this.since = LocalDate.EPOCH;
	}

	GridMember(ResponsibilityGrid grid, long staffId, GridMemberRole role, LocalDate since) {
		this.responsibilityGrid = grid;
		this.staffId = staffId;
		this.role = role;
		this.since = since;
	}

	public @Nullable Long getId() {
		return id;
	}

	public long getStaffId() {
		return staffId;
	}

	public GridMemberRole getRole() {
		return role;
	}

	public LocalDate getSince() {
		return since;
	}
}
