package org.chengguan.grid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A district, street or community with its boundary. */
@Entity
@Table(name = "grid_region")
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	private @Nullable Long parentId;

	private byte[] geometry;

	private double areaM2;

	protected Region() {
		this.code = "";
		this.name = "";
		this.level = RegionLevel.DISTRICT;
		this.geometry = new byte[0];
	}

	Region(String code, String name, RegionLevel level, @Nullable Long parentId, byte[] geometry, double areaM2) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.parentId = parentId;
		this.geometry = geometry;
		this.areaM2 = areaM2;
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

	public RegionLevel getLevel() {
		return level;
	}

	public @Nullable Long getParentId() {
		return parentId;
	}

	byte[] getGeometry() {
		return geometry;
	}

	public double getAreaM2() {
		return areaM2;
	}
}
