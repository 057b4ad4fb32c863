package org.chengguan.grid;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 万米单元网格: the base cell every case lands in. */
@Entity
@Table(name = "grid_unit_grid")
public class UnitGrid {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private long communityId;

	private byte[] geometry;

	private double areaM2;

	private double centroidLon;

	private double centroidLat;

	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	protected UnitGrid() {
		this.code = "";
		this.geometry = new byte[0];
		this.validFrom = LocalDate.EPOCH;
	}

	UnitGrid(String code, long communityId, byte[] geometry, double areaM2, double centroidLon, double centroidLat,
			LocalDate validFrom) {
		this.code = code;
		this.communityId = communityId;
		this.geometry = geometry;
		this.areaM2 = areaM2;
		this.centroidLon = centroidLon;
		this.centroidLat = centroidLat;
		this.validFrom = validFrom;
	}

	public @Nullable Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public long getCommunityId() {
		return communityId;
	}

	byte[] getGeometry() {
		return geometry;
	}

	public double getAreaM2() {
		return areaM2;
	}

	public double getCentroidLon() {
		return centroidLon;
	}

	public double getCentroidLat() {
		return centroidLat;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}
}
