package org.chengguan.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.chengguan.grid.GridLocation;
import org.jspecify.annotations.Nullable;

/**
 * 来件: a report exactly as it arrived, with where it was located. Never edited afterwards except to pin an unlocated
 * report on the map; the case that follows it lives in {@code caseflow}.
 */
@Entity
@Table(name = "intake_report")
public class Report {

	/** Photos kept per report; an alarm storm adds no more (each alarm keeps its own snapshot). */
	static final int ATTACHMENTS_MAX = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private Channel source;

	private @Nullable String externalRef;

	private @Nullable Long clientId;

	private Instant reportedAt;

	private Instant receivedAt;

	private @Nullable Long categoryId;

	private @Nullable String categoryText;

	private boolean urgent;

	private String description;

	private @Nullable String address;

	private @Nullable Place place;

	@Enumerated(EnumType.STRING)
	private LocationMethod locationMethod;

	/** AES-GCM ciphertext (Base64); see {@link ReporterCipher}. */
	private @Nullable String reporterName;

	private @Nullable String reporterPhone;

	private @Nullable String reporterPhoneHash;

	private @Nullable Long reportedBy;

	private boolean selfDisposed;

	/** The open case the 受理员 said, while entering it, this report is the same problem as. */
	private @Nullable String mergeInto;

	@ElementCollection
	@CollectionTable(name = "intake_attachment", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Attachment> attachments = new ArrayList<>();

	protected Report() {
		this.source = Channel.PHONE_WALKIN;
		this.reportedAt = Instant.EPOCH;
		this.receivedAt = Instant.EPOCH;
		this.description = "";
		this.locationMethod = LocationMethod.NONE;
	}

	Report(NewReport report, Instant receivedAt) {
		this.source = report.source();
		this.externalRef = report.externalRef();
		this.clientId = report.clientId();
		this.reportedAt = report.reportedAt();
		this.receivedAt = receivedAt;
		this.categoryId = report.categoryId();
		this.categoryText = report.categoryText();
		this.urgent = report.urgent();
		this.description = report.description();
		this.address = report.address();
		this.reportedBy = report.reportedBy();
		this.selfDisposed = report.selfDisposed();
		this.attachments = new ArrayList<>(report.attachments());
		this.locationMethod = LocationMethod.NONE;
	}

	void locate(double lon, double lat, GridLocation grid, LocationMethod method) {
		this.place = Place.at(lon, lat, grid);
		this.locationMethod = method;
	}

	/** Coordinates that fall outside every grid are kept, but the report still waits to be pinned. */
	void keepUnlocatedPoint(double lon, double lat) {
		this.place = Place.outside(lon, lat);
	}

	/** Adds a later photo (a merged alarm's snapshot, a merged report's media), up to {@link #ATTACHMENTS_MAX}. */
	boolean attach(Attachment attachment) {
		if (attachments.size() >= ATTACHMENTS_MAX) {
			return false;
		}
		return attachments.add(attachment);
	}

	void reporter(@Nullable String encryptedName, @Nullable String encryptedPhone, @Nullable String phoneHash) {
		this.reporterName = encryptedName;
		this.reporterPhone = encryptedPhone;
		this.reporterPhoneHash = phoneHash;
	}

	public boolean isLocated() {
		return getPlace().located();
	}

	public boolean hasReporter() {
		return reporterName != null || reporterPhone != null;
	}

	/** Its id, once {@link ReportRows} has written it. */
	void written(long id) {
		if (this.id != null) {
			throw new IllegalStateException("Report " + this.id + " written already");
		}
		this.id = id;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Report not saved yet");
		}
		return id;
	}

	public Channel getSource() {
		return source;
	}

	public @Nullable String getExternalRef() {
		return externalRef;
	}

	public @Nullable Long getClientId() {
		return clientId;
	}

	public Instant getReportedAt() {
		return reportedAt;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public @Nullable Long getCategoryId() {
		return categoryId;
	}

	public @Nullable String getCategoryText() {
		return categoryText;
	}

	public boolean isUrgent() {
		return urgent;
	}

	public String getDescription() {
		return description;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public Place getPlace() {
		return Place.orNowhere(place);
	}

	public LocationMethod getLocationMethod() {
		return locationMethod;
	}

	@Nullable String getReporterName() {
		return reporterName;
	}

	@Nullable String getReporterPhone() {
		return reporterPhone;
	}

	@Nullable String getReporterPhoneHash() {
		return reporterPhoneHash;
	}

	public @Nullable Long getReportedBy() {
		return reportedBy;
	}

	void mergeInto(@Nullable String caseNumber) {
		this.mergeInto = caseNumber;
	}

	public @Nullable String getMergeInto() {
		return mergeInto;
	}

	public boolean isSelfDisposed() {
		return selfDisposed;
	}

	public List<Attachment> getAttachments() {
		return List.copyOf(attachments);
	}
}
