package org.chengguan.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 班次: who of a unit is on duty when, led by whom, covering which responsibility grids. */
@Entity
@Table(name = "duty_shift")
public class DutyShift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long unitId;

	private String name;

	private LocalDate day;

	private Instant startsAt;

	private Instant endsAt;

	private long leaderId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "duty_shift_member", joinColumns = @JoinColumn(name = "shift_id"))
	@Column(name = "staff_id")
	private Set<Long> members = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "duty_shift_grid", joinColumns = @JoinColumn(name = "shift_id"))
	@Column(name = "responsibility_grid_id")
	private Set<Long> grids = new LinkedHashSet<>();

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected DutyShift() {
		this.name = "";
		this.day = LocalDate.EPOCH;
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	DutyShift(long unitId, String name, LocalDate day, Instant startsAt, Instant endsAt, long leaderId,
			Set<Long> members, Set<Long> grids, String createdBy, Instant createdAt) {
		this.unitId = unitId;
		this.name = name;
		this.day = day;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.leaderId = leaderId;
		this.members.addAll(members);
		this.grids.addAll(grids);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Whether a report at this time belongs to the shift: from {@code early} before it starts to as long after it ends. */
	boolean accepts(Instant at, java.time.Duration early) {
		return !at.isBefore(startsAt.minus(early)) && !at.isAfter(endsAt.plus(early));
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getName() {
		return name;
	}

	public LocalDate getDay() {
		return day;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public long getLeaderId() {
		return leaderId;
	}

	public Set<Long> getMembers() {
		return Set.copyOf(members);
	}

	public Set<Long> getGrids() {
		return Set.copyOf(grids);
	}

	public long getVersion() {
		return version;
	}
}
