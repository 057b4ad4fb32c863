package org.chengguan.road;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.grid.Shapes;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/** 路段 (domain.md §3.2): its centre line, how far the road reaches from it, its 路长 and the three duties. */
@Entity
@Table(name = "road_segment")
public class RoadSegment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private byte[] centreLine;

	private double minLon;

	private double minLat;

	private double maxLon;

	private double maxLat;

	private int lengthMetres;

	private int reachMetres;

	private String streetCode;

	private long chiefId;

	private String dutyAppearance;

	private String dutySanitation;

	private String dutyFacilities;

	private boolean active = true;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected RoadSegment() {
		this.code = "";
		this.name = "";
		this.centreLine = new byte[0];
		this.streetCode = "";
		this.dutyAppearance = "";
		this.dutySanitation = "";
		this.dutyFacilities = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	RoadSegment(String code, String name, Geometry line, int reachMetres, String streetCode, long chiefId,
			String[] duties, String createdBy, Instant createdAt) {
		this.code = code;
		this.name = name;
		this.centreLine = Shapes.wkb(line);
		var envelope = line.getEnvelopeInternal();
		this.minLon = envelope.getMinX();
		this.minLat = envelope.getMinY();
		this.maxLon = envelope.getMaxX();
		this.maxLat = envelope.getMaxY();
		this.lengthMetres = (int) Math.max(1, Math.round(Shapes.lengthMetres(line)));
		this.reachMetres = reachMetres;
		this.streetCode = streetCode;
		this.chiefId = chiefId;
		this.dutyAppearance = duties[0];
		this.dutySanitation = duties[1];
		this.dutyFacilities = duties[2];
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A new 路长 takes the segment over. */
	void handOver(long chiefId) {
		this.chiefId = chiefId;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Geometry line() {
		return Shapes.read(centreLine);
	}

	public String getLineJson() {
		return Shapes.geoJson(line());
	}

	public int getLengthMetres() {
		return lengthMetres;
	}

	public int getReachMetres() {
		return reachMetres;
	}

	public String getStreetCode() {
		return streetCode;
	}

	public long getChiefId() {
		return chiefId;
	}

	public String getDutyAppearance() {
		return dutyAppearance;
	}

	public String getDutySanitation() {
		return dutySanitation;
	}

	public String getDutyFacilities() {
		return dutyFacilities;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}
}
