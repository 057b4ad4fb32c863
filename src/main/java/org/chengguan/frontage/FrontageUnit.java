package org.chengguan.frontage;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.chengguan.grid.Shapes;

/**
 * 门前三包责任单位 (domain.md §3.2): a shop or organisation, its frontage on the map, the three duties it signed for, the
 * scanned 责任书 and the 共治码 token its 责任牌 carries.
 */
@Entity
@Table(name = "frontage_unit")
public class FrontageUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String token;

	private String name;

	private @Nullable String creditCode;

	private @Nullable String licenceNo;

	private String contactName;

	private String contactPhone;

	private String address;

	private String unitGridCode;

	private @Nullable Long squadId;

	@Column(name = "frontage")
	private byte[] frontageWkb;

	private double minLon;

	private double minLat;

	private double maxLon;

	private double maxLat;

	private String dutyAppearance;

	private String dutySanitation;

	private String dutyOrder;

	private @Nullable Long pledgeFileId;

	private @Nullable LocalDate signedOn;

	private boolean active = true;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected FrontageUnit() {
		this.code = "";
		this.token = "";
		this.name = "";
		this.contactName = "";
		this.contactPhone = "";
		this.address = "";
		this.unitGridCode = "";
		this.frontageWkb = new byte[0];
		this.dutyAppearance = "";
		this.dutySanitation = "";
		this.dutyOrder = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	/** A unit from a checked {@link NewFrontage}: every text already stripped, the duties filled in. */
	FrontageUnit(String code, String token, Checked checked, String unitGridCode, @Nullable Long squadId,
			String createdBy, Instant createdAt) {
		this.code = code;
		this.token = token;
		this.name = checked.name();
		this.creditCode = checked.creditCode();
		this.licenceNo = checked.licenceNo();
		this.contactName = checked.contactName();
		this.contactPhone = checked.contactPhone();
		this.address = checked.address();
		this.unitGridCode = unitGridCode;
		this.squadId = squadId;
		place(checked.frontage());
		this.dutyAppearance = checked.dutyAppearance();
		this.dutySanitation = checked.dutySanitation();
		this.dutyOrder = checked.dutyOrder();
		this.signedOn = checked.signedOn();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A {@link NewFrontage} that passed every rule. */
	record Checked(String name, @Nullable String creditCode, @Nullable String licenceNo, String contactName,
			String contactPhone, String address, Geometry frontage, String dutyAppearance, String dutySanitation,
			String dutyOrder, @Nullable LocalDate signedOn) {
	}

	private void place(Geometry frontage) {
		this.frontageWkb = Shapes.wkb(frontage);
		var envelope = frontage.getEnvelopeInternal();
		this.minLon = envelope.getMinX();
		this.minLat = envelope.getMinY();
		this.maxLon = envelope.getMaxX();
		this.maxLat = envelope.getMaxY();
	}

	/** The signed 责任书, scanned: its file and the day it was signed. */
	void pledge(long fileId, LocalDate signedOn) {
		this.pledgeFileId = fileId;
		this.signedOn = signedOn;
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

	public String getToken() {
		return token;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getCreditCode() {
		return creditCode;
	}

	public @Nullable String getLicenceNo() {
		return licenceNo;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getAddress() {
		return address;
	}

	public String getUnitGridCode() {
		return unitGridCode;
	}

	public @Nullable Long getSquadId() {
		return squadId;
	}

	public Geometry frontage() {
		return Shapes.read(frontageWkb);
	}

	/** Whether only the door is known (imported without its frontage): to be drawn on the map. */
	public boolean isPointOnly() {
		return minLon == maxLon && minLat == maxLat;
	}

	public String getFrontageJson() {
		return Shapes.geoJson(frontage());
	}

	public double getCentreLon() {
		return (minLon + maxLon) / 2;
	}

	public double getCentreLat() {
		return (minLat + maxLat) / 2;
	}

	public String getDutyAppearance() {
		return dutyAppearance;
	}

	public String getDutySanitation() {
		return dutySanitation;
	}

	public String getDutyOrder() {
		return dutyOrder;
	}

	public @Nullable Long getPledgeFileId() {
		return pledgeFileId;
	}

	public @Nullable LocalDate getSignedOn() {
		return signedOn;
	}

	public boolean isActive() {
		return active;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
