package org.chengguan.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to serve the decision, as its 送达回证 records it (domain.md §8.19): the way, the time to the minute, the
 * place, who received it and how they relate to the party, the witness, the two officers and the evidence.
 */
@Embeddable
public class ServiceAttempt {

	private int attemptNo;

	@Enumerated(EnumType.STRING)
	private ServiceMethod method;

	@Enumerated(EnumType.STRING)
	private ServiceResult result;

	private Instant attemptedAt;

	private String place;

	private @Nullable String recipient;

	private @Nullable String relation;

	private @Nullable String witness;

	private @Nullable LocalDate receivedOn;

	private long officerId;

	private long secondOfficerId;

	private @Nullable String evidenceIds;

	private @Nullable String note;

	protected ServiceAttempt() {
		this.method = ServiceMethod.DIRECT;
		this.result = ServiceResult.SERVED;
		this.attemptedAt = Instant.EPOCH;
		this.place = "";
	}

	ServiceAttempt(int attemptNo, NewServiceAttempt attempt, long officerId) {
		this.attemptNo = attemptNo;
		this.method = attempt.method();
		this.result = attempt.result();
		this.attemptedAt = attempt.attemptedAt();
		this.place = attempt.place().strip();
		this.recipient = NewServiceAttempt.blankToNull(attempt.recipient());
		this.relation = NewServiceAttempt.blankToNull(attempt.relation());
		this.witness = NewServiceAttempt.blankToNull(attempt.witness());
		this.receivedOn = attempt.receivedOn();
		this.officerId = officerId;
		this.secondOfficerId = attempt.secondOfficerId();
		this.evidenceIds = attempt.evidenceIds().isEmpty() ? null
				: String.join(",", attempt.evidenceIds().stream().map(String::valueOf).toList());
		this.note = NewServiceAttempt.blankToNull(attempt.note());
	}

	public int getAttemptNo() {
		return attemptNo;
	}

	public ServiceMethod getMethod() {
		return method;
	}

	public ServiceResult getResult() {
		return result;
	}

	public Instant getAttemptedAt() {
		return attemptedAt;
	}

	public String getPlace() {
		return place;
	}

	public @Nullable String getRecipient() {
		return recipient;
	}

	public @Nullable String getRelation() {
		return relation;
	}

	public @Nullable String getWitness() {
		return witness;
	}

	public @Nullable LocalDate getReceivedOn() {
		return receivedOn;
	}

	public long getOfficerId() {
		return officerId;
	}

	public long getSecondOfficerId() {
		return secondOfficerId;
	}

	public List<Long> getEvidenceIds() {
		return evidenceIds == null ? List.of() : Arrays.stream(evidenceIds.split(",")).map(Long::valueOf).toList();
	}

	public @Nullable String getNote() {
		return note;
	}
}
