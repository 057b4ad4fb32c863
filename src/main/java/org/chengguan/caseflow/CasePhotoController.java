package org.chengguan.caseflow;

import java.io.IOException;

import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.CurrentStaff;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A photo of a case, only to those who may see the case, and only if it belongs to that case. */
@Controller
@PreAuthorize("hasAuthority('case:view')")
class CasePhotoController {

	private final CaseManagement cases;

	private final IntakeManagement intake;

	private final EvidenceManagement evidence;

	private final CurrentStaff currentStaff;

	CasePhotoController(CaseManagement cases, IntakeManagement intake, EvidenceManagement evidence,
			CurrentStaff currentStaff) {
		this.cases = cases;
		this.intake = intake;
		this.evidence = evidence;
		this.currentStaff = currentStaff;
	}

	@GetMapping("/cases/{id}/photos/{evidenceId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long evidenceId)
			throws IOException {
		var subject = cases.get(id, currentStaff.scope());
		var belongs = subject.getTransitions().stream().anyMatch(t -> t.getEvidenceIds().contains(evidenceId))
				|| intake.report(subject.getReportId())
					.getAttachments()
					.stream()
					.anyMatch(a -> Long.valueOf(evidenceId).equals(a.evidenceId()));
		var file = evidence.find(evidenceId).filter(f -> belongs).orElseThrow(() -> new CaseNotFoundException(
				"photo " + evidenceId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new InputStreamResource(evidence.open(file)));
	}
}
