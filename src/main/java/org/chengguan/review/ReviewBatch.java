package org.chengguan.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A sample drawn: the period its files closed in, how many were asked for, by whom and when. */
@Entity
@Table(name = "review_batch")
public class ReviewBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private LocalDate closedFrom;

	private LocalDate closedTo;

	private int requested;

	private String drawnBy;

	private Instant drawnAt;

	protected ReviewBatch() {
		this.closedFrom = LocalDate.EPOCH;
		this.closedTo = LocalDate.EPOCH;
		this.drawnBy = "";
		this.drawnAt = Instant.EPOCH;
	}

	ReviewBatch(LocalDate closedFrom, LocalDate closedTo, int requested, String drawnBy, Instant drawnAt) {
		this.closedFrom = closedFrom;
		this.closedTo = closedTo;
		this.requested = requested;
		this.drawnBy = drawnBy;
		this.drawnAt = drawnAt;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public LocalDate getClosedFrom() {
		return closedFrom;
	}

	public LocalDate getClosedTo() {
		return closedTo;
	}

	public int getRequested() {
		return requested;
	}

	public String getDrawnBy() {
		return drawnBy;
	}

	public Instant getDrawnAt() {
		return drawnAt;
	}
}
