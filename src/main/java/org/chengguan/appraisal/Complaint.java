package org.chengguan.appraisal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A complaint against an auxiliary, recorded by the 执法股 with whether it was found true (查实); kept as recorded. */
@Entity
@Table(name = "appraisal_complaint")
public class Complaint {

	/** Where it came from. */
	public enum Source {
		HOTLINE, VISIT, LETTER, INSPECTION
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long staffId;

	private long unitId;

	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private Source source;

	private String summary;

	private @Nullable String caseNumber;

	private boolean upheld;

	private String recordedBy;

	private Instant recordedAt;

	protected Complaint() {
		this.receivedOn = LocalDate.EPOCH;
		this.source = Source.HOTLINE;
		this.summary = "";
		this.recordedBy = "";
		this.recordedAt = Instant.EPOCH;
	}

	Complaint(long staffId, long unitId, LocalDate receivedOn, Source source, String summary,
			@Nullable String caseNumber, boolean upheld, String recordedBy, Instant recordedAt) {
		this.staffId = staffId;
		this.unitId = unitId;
		this.receivedOn = receivedOn;
		this.source = source;
		this.summary = summary;
		this.caseNumber = caseNumber;
		this.upheld = upheld;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public @Nullable Long getId() {
		return id;
	}

	public long getStaffId() {
		return staffId;
	}

	public long getUnitId() {
		return unitId;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public Source getSource() {
		return source;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable String getCaseNumber() {
		return caseNumber;
	}

	public boolean isUpheld() {
		return upheld;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
