package org.chengguan.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An issued document: its kind, 文号 and version, what it belongs to, and its PDF in the evidence store with the
 * SHA-256 that proves it unchanged. Rows are never updated (the database refuses it).
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private String number;

	private int version;

	private @Nullable Long replacesId;

	private @Nullable String correctionReason;

	private String subjectType;

	private long subjectId;

	private @Nullable Integer item;

	private @Nullable String label;

	private long evidenceId;

	private String sha256;

	private long sizeBytes;

	private String sealedBy;

	private Instant issuedAt;

	private String issuedBy;

	protected IssuedDocument() {
		this.kind = DocumentKind.DECISION;
		this.number = "";
		this.subjectType = "";
		this.sha256 = "";
		this.sealedBy = "";
		this.issuedAt = Instant.EPOCH;
		this.issuedBy = "";
	}

	IssuedDocument(DocumentRequest request, String number, @Nullable IssuedDocument replaced,
			@Nullable String correctionReason, Stored stored, String sealedBy, Instant issuedAt) {
		this.kind = request.kind();
		this.number = number;
		this.version = replaced == null ? 1 : replaced.version + 1;
		this.replacesId = replaced == null ? null : replaced.getId();
		this.correctionReason = correctionReason;
		this.subjectType = request.subjectType();
		this.subjectId = request.subjectId();
		this.item = request.item();
		this.label = request.label();
		this.evidenceId = stored.evidenceId();
		this.sha256 = stored.sha256();
		this.sizeBytes = stored.sizeBytes();
		this.sealedBy = sealedBy;
		this.issuedAt = issuedAt;
		this.issuedBy = request.issuedBy();
	}

	/** Where the PDF was stored. */
	record Stored(long evidenceId, String sha256, long sizeBytes) {
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public String getNumber() {
		return number;
	}

	public int getVersion() {
		return version;
	}

	public @Nullable Long getReplacesId() {
		return replacesId;
	}

	public @Nullable String getCorrectionReason() {
		return correctionReason;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public long getSubjectId() {
		return subjectId;
	}

	/** The item of the subject the document is of (a record's number), if it is of one. */
	public @Nullable Integer getItem() {
		return item;
	}

	public @Nullable String getLabel() {
		return label;
	}

	public long getEvidenceId() {
		return evidenceId;
	}

	public String getSha256() {
		return sha256;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSealedBy() {
		return sealedBy;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public String getIssuedBy() {
		return issuedBy;
	}
}
