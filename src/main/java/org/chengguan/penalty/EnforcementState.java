package org.chengguan.penalty;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * 非诉强制执行 of an unpaid fine (domain.md §8.12): the 催告书 served, the application to the court with its materials,
 * and what the court did with it.
 */
@Embeddable
public class EnforcementState {

	private @Nullable LocalDate reminderServedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable ServiceMethod reminderMethod;

	private @Nullable LocalDate appliedOn;

	private @Nullable String court;

	private @Nullable String materials;

	private @Nullable LocalDate acceptedOn;

	private @Nullable String courtCaseNumber;

	@Enumerated(EnumType.STRING)
	private @Nullable CourtStep courtStep;

	private @Nullable LocalDate courtStepOn;

	void reminded(LocalDate servedOn, ServiceMethod method) {
		this.reminderServedOn = servedOn;
		this.reminderMethod = method;
	}

	void applied(LocalDate day, String court, Set<EnforcementMaterial> materials) {
		this.appliedOn = day;
		this.court = court;
		this.materials = materials.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	void court(CourtStep step, LocalDate day, @Nullable String caseNumber) {
		if (step == CourtStep.ACCEPTED) {
			this.acceptedOn = day;
			this.courtCaseNumber = caseNumber;
		}
		this.courtStep = step;
		this.courtStepOn = day;
	}

	public @Nullable LocalDate getReminderServedOn() {
		return reminderServedOn;
	}

	public @Nullable ServiceMethod getReminderMethod() {
		return reminderMethod;
	}

	public @Nullable LocalDate getAppliedOn() {
		return appliedOn;
	}

	public @Nullable String getCourt() {
		return court;
	}

	public Set<EnforcementMaterial> getMaterials() {
		var set = EnumSet.noneOf(EnforcementMaterial.class);
		if (materials != null && !materials.isBlank()) {
			Arrays.stream(materials.split(",")).map(EnforcementMaterial::valueOf).forEach(set::add);
		}
		return set;
	}

	public @Nullable LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	public @Nullable String getCourtCaseNumber() {
		return courtCaseNumber;
	}

	public @Nullable CourtStep getCourtStep() {
		return courtStep;
	}

	public @Nullable LocalDate getCourtStepOn() {
		return courtStepOn;
	}
}
