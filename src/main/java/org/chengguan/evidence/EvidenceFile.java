package org.chengguan.evidence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A stored evidence file: what it is, where it came from, and the hash that proves it unchanged. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String sha256;

	private long sizeBytes;

	private String mediaType;

	private String originalName;

	private String source;

	private @Nullable Instant capturedAt;

	private String capturedBy;

	private Instant storedAt;

	protected EvidenceFile() {
		this.sha256 = "";
		this.mediaType = "";
		this.originalName = "";
		this.source = "";
		this.capturedBy = "";
		this.storedAt = Instant.EPOCH;
	}

	EvidenceFile(String sha256, long sizeBytes, String mediaType, String originalName, EvidenceSource source,
			Instant storedAt) {
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
		this.mediaType = mediaType;
		this.originalName = originalName;
		this.source = source.channel();
		this.capturedAt = source.capturedAt();
		this.capturedBy = source.capturedBy();
		this.storedAt = storedAt;
	}

	public @Nullable Long getId() {
		return id;
	}

	public String getSha256() {
		return sha256;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getMediaType() {
		return mediaType;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getSource() {
		return source;
	}

	public @Nullable Instant getCapturedAt() {
		return capturedAt;
	}

	public String getCapturedBy() {
		return capturedBy;
	}

	public Instant getStoredAt() {
		return storedAt;
	}
}
